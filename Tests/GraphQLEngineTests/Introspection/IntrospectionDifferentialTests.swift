import Foundation
import Testing
@testable import GraphQLEngine

/// Differential test of introspection against graphql-js: for the project's design schema and the
/// bench schema, our result for the standard full introspection query (graphql-js
/// `getIntrospectionQuery` with every option on) is accepted by graphql-js' `buildClientSchema`,
/// and `printSchema` of it equals graphql-js' `printSchema` of the SDL. One node process; fails,
/// not skips, without node or node-graphql.
@Suite("Introspection against graphql-js")
struct IntrospectionDifferentialTests {
    struct OracleResult: Decodable {
        var name: String
        var ok: Bool
        var error: String?
        var ours: String?
        var theirs: String
    }

    static let corpus = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("__Corpus__")
    static let folder = corpus.appendingPathComponent("execution/introspection")
    /// The copies of the design and bench schemas that the schema differential test also reads.
    static let schemaFiles = ["typesystem/whole/design-schema.graphql", "typesystem/whole/bench-workload-schema.graphql"]

    static func read(_ name: String) throws -> String {
        try String(contentsOf: corpus.appendingPathComponent(name), encoding: .utf8)
    }

    /// Our response to the full introspection query.
    static func introspect(_ sdl: String) async throws -> String {
        let schema = try GraphQLSchema(sdl: sdl)
        let document = try Parser.parse(Source(try read("execution/introspection/full-introspection-query.graphql")))
        let errors = validate(schema: schema, document: document)
        #expect(errors.isEmpty, "\(errors)")
        return await Executor<Void>(schema: schema).execute(document: document, context: ()).json
    }

    @Test("buildClientSchema accepts our introspection and prints the same schema")
    func roundTripsThroughGraphQLJS() async throws {
        var input: [[String: String]] = []
        for file in Self.schemaFiles {
            let sdl = try Self.read(file)
            input.append(["name": file, "sdl": sdl, "response": try await Self.introspect(sdl)])
        }
        let inputURL = FileManager.default.temporaryDirectory.appendingPathComponent("introspection-\(UUID()).json")
        try JSONSerialization.data(withJSONObject: input).write(to: inputURL)
        defer { try? FileManager.default.removeItem(at: inputURL) }

        let oracle = try await OracleProcess.run(["node", Self.folder.appendingPathComponent("oracle.js").path, inputURL.path])
        #expect(oracle.status == 0, "node oracle.js failed: is node-graphql installed? \(String(decoding: oracle.errorOutput, as: UTF8.self))")
        let data = oracle.output
        let results = try JSONDecoder().decode([OracleResult].self, from: data)
        #expect(results.count == Self.schemaFiles.count)
        for r in results {
            #expect(r.error == nil, "\(r.name): \(r.error ?? "")")
            #expect(r.ours == r.theirs, "\(r.name) prints differently")
        }
    }
}
