import Foundation
import Testing
@testable import GraphQLEngine

/// Differential test against graphql-js: for every (schema, document) case of
/// `__Corpus__/validation/cases`, our validator and graphql-js' `validate` report the same errors —
/// same messages, same locations, same order (so the same valid/invalid verdict).
///
/// `oracle.js` runs graphql-js once over the whole corpus; our validator runs in-process. The test
/// fails (it does not skip) when node or node-graphql is missing.
@Suite("Validation against graphql-js")
struct ValidationDifferentialTests {
    struct OracleOutput: Decodable {
        var graphqlVersion: String
        var results: [OracleCase]
    }

    struct OracleCase: Decodable {
        var name: String
        var schema: String
        var text: String
        var errors: [OracleError]?
        var syntaxError: String?
    }

    struct OracleError: Decodable, Equatable, CustomStringConvertible {
        var message: String
        var locations: [[Int]]
        var description: String { "\(message) \(locations)" }
    }

    static func runOracle() async throws -> OracleOutput {
        let folder = ValidationHarness.corpusFolder
        let oracle = try await OracleProcess.run(["node", folder.appendingPathComponent("oracle.js").path, folder.path])
        guard oracle.status == 0 else { throw OracleFailure(status: oracle.status) }
        return try JSONDecoder().decode(OracleOutput.self, from: oracle.output)
    }

    struct OracleFailure: Error, CustomStringConvertible {
        var status: Int32
        var description: String { "node oracle.js exited with \(status): is node-graphql installed?" }
    }

    @Test("reports the same errors as graphql-js on every corpus case")
    func agreesWithGraphQLJS() async throws {
        let oracle = try await Self.runOracle()
        #expect(oracle.results.count >= 400, "the corpus should hold at least 400 cases")
        var schemas: [String: GraphQLSchema] = [:]
        var perFile: [String: Int] = [:]
        var invalid = 0
        for expected in oracle.results {
            perFile[String(expected.name.prefix { $0 != "/" }), default: 0] += 1
            guard let oracleErrors = expected.errors else {
                Issue.record("\(expected.name): corpus document does not parse in graphql-js: \(expected.syntaxError ?? "")")
                continue
            }
            if schemas[expected.schema] == nil {
                schemas[expected.schema] = try GraphQLSchema(sdl: ValidationHarness.sdl(expected.schema))
            }
            let document = try Parser.parse(Source(expected.text))
            let ours = validate(schema: schemas[expected.schema]!, document: document).map {
                OracleError(message: $0.message, locations: $0.locations.map { [$0.line, $0.column] })
            }
            if !oracleErrors.isEmpty { invalid += 1 }
            #expect(ours == oracleErrors, "\(expected.name)\n\(expected.text)")
        }
        for (file, count) in perFile {
            #expect(count >= 10, "\(file) should hold at least ten cases, holds \(count)")
        }
        #expect(invalid >= oracle.results.count / 3, "most cases should exercise errors")
    }
}
