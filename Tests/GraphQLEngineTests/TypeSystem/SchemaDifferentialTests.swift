import Foundation
import Testing
@testable import GraphQLEngine

/// Differential test against graphql-js: for every schema of `__Corpus__/typesystem` (which holds
/// copies of the project's design and bench schemas under `whole/`), our `buildSchema` and graphql-js (`assertValidSDL`,
/// `buildASTSchema`, `validateSchema`) agree on accept or reject and on every error message and
/// location, and `printSchema` prints every valid schema byte for byte as graphql-js does, with
/// the same type order and directives (what introspection lists).
///
/// `oracle.js` runs graphql-js once over the whole corpus (emulating graphql-js 16.9's `@oneOf`,
/// which Debian's 16.6 lacks). The test fails, not skips, when node or node-graphql is missing.
@Suite("Schema building and printing against graphql-js")
struct SchemaDifferentialTests {
    struct OracleOutput: Decodable {
        var graphqlVersion: String
        var results: [OracleResult]
    }

    struct OracleResult: Decodable {
        var name: String
        var text: String
        var printed: String?
        var errors: [OracleError]?
        var types: [String]?
        var directives: [String]?
        /// `types` when the errors come from validating an extended schema.
        var phase: String?
    }

    struct OracleError: Decodable, Equatable, CustomStringConvertible {
        var message: String
        var locations: [GraphQLEngine.SourceLocation]
        var description: String {
            message + " @ " + locations.map { "\($0.line):\($0.column)" }.joined(separator: ",")
        }
    }

    static let corpusFolder = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("__Corpus__/typesystem")
    /// Copies of `design/schema.graphql` and `bench/workload/schema.graphql`, one case each.
    static let projectSchemas = ["whole/design-schema.graphql", "whole/bench-workload-schema.graphql"]
    /// The live design and bench schemas of the shared workspace, checked too when present.
    /// (`../shared` beside the package, as in CI and in a developer's checkout.)
    static let liveSchemas = ["design/schema.graphql", "bench/workload/schema.graphql"]
        .map { corpusFolder.appendingPathComponent("../../../../../shared/\($0)").standardizedFileURL.path }
        .filter { FileManager.default.fileExists(atPath: $0) }

    /// The oracle's output, computed once for both tests.
    static let oracleOutput = Task { () async -> Result<OracleOutput, any Error> in
        do { return .success(try await runOracle()) } catch { return .failure(error) }
    }

    static func runOracle() async throws -> OracleOutput {
        let oracle = try await OracleProcess.run(["node", corpusFolder.appendingPathComponent("oracle.js").path, corpusFolder.path] + liveSchemas)
        guard oracle.status == 0 else { throw OracleFailure(status: oracle.status) }
        return try JSONDecoder().decode(OracleOutput.self, from: oracle.output)
    }

    struct OracleFailure: Error, CustomStringConvertible {
        var status: Int32
        var description: String { "node oracle.js exited with \(status): is node-graphql installed?" }
    }

    /// Our result for one case: the printed schema or the errors.
    /// Our result for one case: a schema built from the text, or, for a case with a line `# extend`,
    /// the schema built from the part above extended with the part below.
    static func ours(_ text: String) -> Result<GraphQLSchema, SchemaBuildError> {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let marker = lines.firstIndex(of: "# extend") else {
            return Result { () throws(SchemaBuildError) in try GraphQLSchema(sdl: text) }
        }
        let base = lines[..<marker].joined(separator: "\n") + "\n"
        let extensionText = "\n" + lines[(marker + 1)...].joined(separator: "\n")
        return Result { () throws(SchemaBuildError) in
            let schema = try GraphQLSchema(sdl: base)
            let document: Document
            do throws(GraphQLError) {
                document = try Parser.parse(Source(extensionText))
            } catch {
                throw SchemaBuildError(errors: [error])
            }
            return try extendSchema(schema, document)
        }
    }

    @Test("agrees with graphql-js on every corpus schema")
    func agreesWithGraphQLJS() async throws {
        let oracle = try await Self.oracleOutput.value.get()
        #expect(oracle.results.count >= 100, "the corpus should hold at least 100 schemas")
        var accepted = 0, rejected = 0
        for expected in oracle.results {
            switch (Self.ours(expected.text), expected.printed, expected.errors) {
            case let (.success(schema), theirs?, nil):
                accepted += 1
                #expect(printSchema(schema) == theirs, "\(expected.name): printed schema differs")
                #expect(schema.typeNames == expected.types, "\(expected.name): type order differs")
                #expect(schema.directives.map(\.name) == expected.directives, "\(expected.name): directives differ")
            case let (.failure(error), nil, theirs?):
                rejected += 1
                let mine = error.errors.map { OracleError(message: $0.message, locations: $0.locations) }
                if expected.phase == "types" {
                    // Validation errors of an extended schema: nodes come from two documents, and our
                    // locations resolve against the first one only, so compare the messages.
                    #expect(mine.map(\.message) == theirs.map(\.message), "\(expected.name): errors differ")
                } else {
                    #expect(mine == theirs, "\(expected.name): errors differ")
                }
            case let (.success(schema), nil, theirs?):
                Issue.record("\(expected.name): we accept, graphql-js rejects with \(theirs); we print \(printSchema(schema))")
            case let (.failure(error), _, _):
                Issue.record("\(expected.name): we reject with \(error.errors.map(\.message)), graphql-js accepts")
            default:
                Issue.record("\(expected.name): malformed oracle result")
            }
        }
        #expect(accepted >= 30 && rejected >= 50, "accepted \(accepted), rejected \(rejected)")
    }

    @Test("prints the project's schemas as graphql-js does")
    func printsProjectSchemas() async throws {
        let oracle = try await Self.oracleOutput.value.get()
        for path in Self.projectSchemas + Self.liveSchemas {
            let expected = try #require(oracle.results.first { $0.name == path }, "\(path) missing from the oracle output")
            let printed = try #require(expected.printed, "graphql-js rejects \(path): \(expected.errors ?? [])")
            #expect(try printSchema(GraphQLSchema(sdl: expected.text)) == printed)
        }
    }
}
