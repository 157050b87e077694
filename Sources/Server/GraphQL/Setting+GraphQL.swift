import Foundation

/// The settings of the GraphQL endpoint, the explorer and the schema file.
extension Setting {
    static let schemaPath = Setting(
        option: "schema-path", environment: "SCHEMA_PATH", defaultValue: nil,
        help: "The schema.graphql to serve; unset: found in the working directory or above, beside the executable or above, or /app.")
    static let graphQLMaxBodyBytes = Setting(
        option: "graphql-max-body-bytes", environment: "GRAPHQL_MAX_BODY_BYTES", defaultValue: "1048576",
        help: "Largest GraphQL request body in bytes; larger ones get 413.")
    static let graphQLMaxQueryBytes = Setting(
        option: "graphql-max-query-bytes", environment: "GRAPHQL_MAX_QUERY_BYTES", defaultValue: "100000",
        help: "Longest query text in bytes (QUERY_TOO_COMPLEX above it).")
    static let graphQLMaxDepth = Setting(
        option: "graphql-max-depth", environment: "GRAPHQL_MAX_DEPTH", defaultValue: "15",
        help: "Deepest selection nesting allowed; 0 for no limit.")
    static let graphQLMaxAliases = Setting(
        option: "graphql-max-aliases", environment: "GRAPHQL_MAX_ALIASES", defaultValue: "100",
        help: "Most aliased fields in one operation; 0 for no limit.")
    static let graphQLMaxCost = Setting(
        option: "graphql-max-cost", environment: "GRAPHQL_MAX_COST", defaultValue: "50000",
        help: "Highest estimated cost (1 per field, times the expected list sizes); 0 for no limit.")
    static let graphQLTimeout = Setting(
        option: "graphql-timeout", environment: "GRAPHQL_TIMEOUT", defaultValue: "30",
        help: "Seconds one operation may execute before it stops with a TIMEOUT error; 0 for none.")
    static let graphQLIntrospection = Setting(
        option: "graphql-introspection", environment: "GRAPHQL_INTROSPECTION", defaultValue: "true",
        help: "Whether clients may query __schema and __type (true/false).")
    static let graphQLDocumentCacheSize = Setting(
        option: "graphql-document-cache-size", environment: "GRAPHQL_DOCUMENT_CACHE_SIZE", defaultValue: "1000",
        help: "Parsed and validated documents kept (LRU), 1–1000000.")
    static let explorer = Setting(
        option: "explorer", environment: "EXPLORER", defaultValue: "true",
        help: "Whether GET /graphql from a browser serves the GraphiQL explorer (true/false).")
    static let explorerAssetsDir = Setting(
        option: "explorer-assets-dir", environment: "EXPLORER_ASSETS_DIR", defaultValue: nil,
        help: "Folder with GraphiQL's files; unset: the project's .venv (scripts/explorer-assets.sh), else a CDN.")

    /// The settings above, in the order the docs list them.
    static let graphQLSettings: [Setting] = [
        schemaPath, graphQLMaxBodyBytes, graphQLMaxQueryBytes, graphQLMaxDepth, graphQLMaxAliases, graphQLMaxCost,
        graphQLTimeout, graphQLIntrospection, graphQLDocumentCacheSize, explorer, explorerAssetsDir,
    ]
}

/// The GraphQL endpoint's part of the configuration, resolved like every setting: an option's
/// value, else its environment variable, else its default.
struct GraphQLSettings: Sendable {
    var limits = GraphQLLimits()
    var schemaPath: String?
    var explorer = true
    var explorerAssetsDir: String?

    init() {}

    /// - Throws: `ConfigurationError` naming the setting and what was expected.
    init(options: [String: String], environment: [String: String]) throws {
        func value(_ setting: Setting) -> (text: String, source: String)? {
            if let text = options[setting.option] { return (text, "--\(setting.option)") }
            if let text = environment[setting.environment], !text.isEmpty { return (text, setting.environment) }
            return setting.defaultValue.map { ($0, "default of \(setting.environment)") }
        }
        func integer(_ setting: Setting, _ range: ClosedRange<Int>) throws -> Int {
            let (raw, source) = value(setting)!
            guard let n = Int(raw.trimmingCharacters(in: .whitespaces)), range.contains(n) else {
                throw ConfigurationError(source: source, value: raw, expected: "an integer from \(range.lowerBound) to \(range.upperBound)")
            }
            return n
        }
        func optionalLimit(_ setting: Setting) throws -> Int? {
            let n = try integer(setting, 0...100_000_000)
            return n == 0 ? nil : n
        }
        func flag(_ setting: Setting) throws -> Bool {
            let (raw, source) = value(setting)!
            switch raw.lowercased() {
            case "true", "1", "yes": return true
            case "false", "0", "no": return false
            default: throw ConfigurationError(source: source, value: raw, expected: "true or false")
            }
        }
        schemaPath = value(.schemaPath)?.text
        explorerAssetsDir = value(.explorerAssetsDir)?.text
        explorer = try flag(.explorer)
        limits.maxBodyBytes = try integer(.graphQLMaxBodyBytes, 1024...(64 << 20))
        limits.maxQueryBytes = try integer(.graphQLMaxQueryBytes, 64...(16 << 20))
        limits.maxDepth = try optionalLimit(.graphQLMaxDepth)
        limits.maxAliases = try optionalLimit(.graphQLMaxAliases)
        limits.maxCost = try optionalLimit(.graphQLMaxCost)
        let (rawTimeout, timeoutSource) = value(.graphQLTimeout)!
        guard let seconds = Double(rawTimeout.trimmingCharacters(in: .whitespaces)), seconds >= 0, seconds <= 86_400 else {
            throw ConfigurationError(source: timeoutSource, value: rawTimeout, expected: "a number of seconds (0 for none), at most 86400")
        }
        limits.timeout = seconds == 0 ? nil : .milliseconds(Int64((seconds * 1000).rounded()))
        limits.introspection = try flag(.graphQLIntrospection)
        limits.documentCacheSize = try integer(.graphQLDocumentCacheSize, 1...1_000_000)
    }
}
