import Foundation
import Testing
@testable import GraphQLEngine

/// Differential test against graphql-js, the reference implementation: for every document of the
/// corpus in `__Corpus__/language`, our parser and graphql-js agree on accept or reject, on the
/// error message and location, and on the printed form of every valid document.
///
/// `oracle.js` runs graphql-js once over the whole corpus. The test fails (it does not skip) when
/// node or node-graphql is missing.
@Suite("Parser against graphql-js")
struct ParserDifferentialTests {
    struct OracleOutput: Decodable {
        var graphqlVersion: String
        var results: [OracleResult]
    }

    struct OracleResult: Decodable {
        var name: String
        var text: String
        var printed: String?
        var error: OracleError?
    }

    struct OracleError: Decodable, Equatable {
        var message: String
        var line: Int
        var column: Int
    }

    static let corpusFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("__Corpus__/language")

    /// Runs `node oracle.js` over the corpus and decodes its output.
    static func runOracle() async throws -> OracleOutput {
        let oracle = try await OracleProcess.run(["node", corpusFolder.appendingPathComponent("oracle.js").path, corpusFolder.path])
        guard oracle.status == 0 else {
            throw OracleFailure(status: oracle.status)
        }
        return try JSONDecoder().decode(OracleOutput.self, from: oracle.output)
    }

    struct OracleFailure: Error, CustomStringConvertible {
        var status: Int32
        var description: String { "node oracle.js exited with \(status): is node-graphql installed?" }
    }

    @Test("agrees with graphql-js on every corpus document")
    func agreesWithGraphQLJS() async throws {
        let oracle = try await Self.runOracle()
        #expect(oracle.results.count >= 300, "the corpus should hold at least 300 documents")
        var accepted = 0, rejected = 0
        for expected in oracle.results {
            let source = Source(expected.text)
            let ours: Result<Document, GraphQLError> = Result { () throws(GraphQLError) in try Parser.parse(source) }
            switch (ours, expected.printed, expected.error) {
            case let (.success(document), printed?, nil):
                accepted += 1
                let ourPrint = Printer.print(document)
                #expect(ourPrint == printed, "\(expected.name): printed form differs")
                let reparsed = try? Parser.parse(ourPrint)
                #expect(reparsed == document, "\(expected.name): parse(print(doc)) != doc")
            case let (.failure(error), nil, oracleError?):
                rejected += 1
                let ourError = OracleError(message: error.message, line: error.locations.first?.line ?? 0,
                                           column: error.locations.first?.column ?? 0)
                #expect(ourError == oracleError, "\(expected.name): error differs")
            case let (.success(document), nil, oracleError?):
                Issue.record("\(expected.name): we accept, graphql-js rejects with \(oracleError); we print \(Printer.print(document))")
            case let (.failure(error), _, _):
                Issue.record("\(expected.name): we reject with \(error.message) \(error.locations), graphql-js accepts")
            default:
                Issue.record("\(expected.name): malformed oracle result")
            }
        }
        // Both kinds are well represented, so the agreement above means something.
        #expect(accepted >= 150)
        #expect(rejected >= 150)
    }
}
