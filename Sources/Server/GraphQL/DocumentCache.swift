import GraphQLEngine
import Synchronization

/// Parsed and validated documents by query text, so a repeated query skips parsing and
/// validation and reuses its execution plans.
///
/// Documents with syntax or validation errors are cached too (with their errors), so a client
/// repeating a bad query costs a lookup.
final class DocumentCache: Sendable {
    /// One query's parse and validation outcome.
    struct Entry: Sendable {
        /// The document, or nil when it did not parse.
        let document: Document?
        /// Syntax errors (code GRAPHQL_PARSE_FAILED) or validation errors (GRAPHQL_VALIDATION_FAILED).
        let errors: [GraphQLError]
        /// Execution plans of the document, reused across requests.
        let plans: DocumentPlans
        /// The operation types in the document, by operation name ("" for an anonymous one).
        let operationTypes: [String: OperationType]
    }

    private let entries: LRUCache<String, Entry>
    private let validator: DocumentValidator
    private let parseOptions: ParseOptions
    private let extraCheck: @Sendable (Document) -> [GraphQLError]
    private let counters = Mutex((hits: 0, misses: 0))

    /// - Parameters:
    ///   - capacity: most documents kept.
    ///   - extraCheck: checks run after validation (e.g. introspection switched off).
    init(schema: GraphQLSchema, capacity: Int, parseOptions: ParseOptions,
         extraCheck: @escaping @Sendable (Document) -> [GraphQLError] = { _ in [] }) {
        entries = LRUCache(capacity: capacity)
        validator = DocumentValidator(schema: schema)
        self.parseOptions = parseOptions
        self.extraCheck = extraCheck
    }

    /// The cached entry for `query`, else a new one (parsed, validated, stored).
    /// - Returns: the entry and whether it came from the cache.
    func entry(for query: String) -> (entry: Entry, hit: Bool) {
        if let cached = entries.value(for: query) {
            counters.withLock { $0.hits += 1 }
            return (cached, true)
        }
        counters.withLock { $0.misses += 1 }
        let entry = build(query)
        entries.set(entry, for: query)
        return (entry, false)
    }

    /// Hits and misses since start.
    var statistics: (hits: Int, misses: Int) { counters.withLock { $0 } }

    var count: Int { entries.count }

    private func build(_ query: String) -> Entry {
        let document: Document
        do {
            document = try Parser.parse(Source(query), options: parseOptions)
        } catch {
            var e = error
            e.extensions = [(key: "code", value: "GRAPHQL_PARSE_FAILED")]
            return Entry(document: nil, errors: [e], plans: DocumentPlans(), operationTypes: [:])
        }
        var errors = validator.validate(document)
        if errors.isEmpty { errors = extraCheck(document) }
        for i in errors.indices where errors[i].code == nil {
            errors[i].extensions.append((key: "code", value: "GRAPHQL_VALIDATION_FAILED"))
        }
        var types: [String: OperationType] = [:]
        for case let .operation(o) in document.definitions { types[o.name?.value ?? ""] = o.operation }
        return Entry(document: document, errors: errors, plans: DocumentPlans(), operationTypes: types)
    }
}
