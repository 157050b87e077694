import Foundation
import Testing
@testable import GraphQLEngine

/// Differential test against graphql-js: every case of `__Corpus__/execution/cases.json`
/// (schema, root data, document, variables, operation name; written by `generate_cases.py`) runs
/// through graphql-js' `graphqlSync` with default resolvers (`oracle.js`, one node process for the
/// whole corpus) and through our executor. The whole response JSON must be identical byte for
/// byte: data with its key order, error messages, locations and paths, and the numbers' form.
/// Fails, not skips, when node or node-graphql is missing.
@Suite("Execution against graphql-js")
struct ExecutionDifferentialTests {
    struct Corpus: Decodable {
        var schemas: [String: String]
        var cases: [Case]
    }

    struct Case: Decodable {
        var name: String
        var schema: String
        var query: String
    }

    struct OracleResult: Decodable {
        var name: String
        var valid: Bool
        var response: String
    }

    static let folder = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("__Corpus__/execution")
    static let corpusURL = folder.appendingPathComponent("cases.json")

    /// The cases as raw JSON values (data and variables keep their exact form and key order).
    static let rawCases: [GraphQLObjectValue] = {
        guard let data = FileManager.default.contents(atPath: corpusURL.path),
              case let .object(root)? = try? JSONReader.parse(bytes: Array(data)),
              case let .list(cases)? = root["cases"] else { return [] }
        return cases.compactMap { if case let .object(o) = $0 { return o } else { return nil } }
    }()

    static let corpus: Corpus? = {
        guard let data = FileManager.default.contents(atPath: corpusURL.path) else { return nil }
        return try? JSONDecoder().decode(Corpus.self, from: data)
    }()

    /// graphql-js' responses, computed once for the whole corpus.
    static let oracle = Task { () async -> Result<[String: OracleResult], OracleFailure> in
        guard let oracle = try? await OracleProcess.run(["node", folder.appendingPathComponent("oracle.js").path, corpusURL.path]) else {
            return .failure(OracleFailure(status: -1))
        }
        guard oracle.status == 0,
              let results = try? JSONDecoder().decode([OracleResult].self, from: oracle.output) else {
            return .failure(OracleFailure(status: oracle.status))
        }
        return .success(Dictionary(uniqueKeysWithValues: results.map { ($0.name, $0) }))
    }

    struct OracleFailure: Error, CustomStringConvertible {
        var status: Int32
        var description: String { "node oracle.js exited with \(status): is node-graphql installed?" }
    }

    static var caseNames: [String] { corpus?.cases.map(\.name) ?? ["<cases.json missing>"] }

    @Test("the corpus holds at least 150 cases, all valid for graphql-js")
    func corpusIsLargeAndValid() async throws {
        let oracle = try await Self.oracle.value.get()
        #expect(Self.caseNames.count >= 150)
        #expect(oracle.count == Self.caseNames.count)
        let invalid = oracle.values.filter { !$0.valid }.map(\.name).sorted()
        #expect(invalid.isEmpty, "invalid documents: \(invalid)")
    }

    @Test("responses are identical to graphql-js'", arguments: caseNames)
    func sameResponse(name: String) async throws {
        let oracle = try await Self.oracle.value.get()
        let corpus = try #require(Self.corpus)
        let testCase = try #require(corpus.cases.first { $0.name == name })
        let raw = try #require(Self.rawCases.first { $0["name"] == .string(name) })
        let expected = try #require(oracle[name]).response
        let actual = try Self.execute(sdl: try #require(corpus.schemas[testCase.schema]), raw: raw, query: testCase.query)
        #expect(actual == expected)
    }

    /// Our response: parse, validate, execute with JSON default resolvers, serialize.
    static func execute(sdl: String, raw: GraphQLObjectValue, query: String) throws -> String {
        let schema = try GraphQLSchema(sdl: sdl)
        let document = try Parser.parse(Source(query))
        let errors = validate(schema: schema, document: document)
        if !errors.isEmpty { return ExecutionResult.requestErrors(errors).json }
        var variables = GraphQLObjectValue()
        if case let .object(v)? = raw["variables"] { variables = v }
        var operationName: String?
        if case let .string(n)? = raw["operationName"] { operationName = n }
        let executor = Executor<Void>(schema: schema)
        switch executor.prepare(document: document, operationName: operationName, variables: variables) {
        case let .finished(result): return result.json
        case let .prepared(prepared):
            let result = try #require(executor.executeSynchronously(prepared, root: raw["data"] ?? .null, context: ()))
            return result.json
        }
    }
}
