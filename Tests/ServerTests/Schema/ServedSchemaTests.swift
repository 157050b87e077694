import Foundation
import GraphQLEngine
import Hummingbird
import Logging
import Resolvers
import Schema
import Storage
import Testing
import TestSupport
@testable import Server

/// The checked-in `schema.graphql` is what the server serves, and the start-up check refuses
/// schemas and resolvers that disagree.
@Suite("Served schema")
struct ServedSchemaTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let introspectionQuery = repositoryRoot
        .appendingPathComponent("Tests/GraphQLEngineTests/__Corpus__/execution/introspection/full-introspection-query.graphql")

    @Test("introspected over HTTP and printed by graphql-js, the served schema is schema.graphql as the engine prints it")
    func servedSchemaIsTheCheckedInFile() async throws {
        let path = Self.repositoryRoot.appendingPathComponent("schema.graphql").path
        let served = try ServedSchema.load(override: path)
        let expected = printSchema(served.schema)
        let query = try String(contentsOf: Self.introspectionQuery, encoding: .utf8)
        var body = JSONWriter()
        body.raw("{\"query\":")
        body.string(query)
        body.raw("}")
        let requestBody = body.text
        let postgres = PostgresPool(configuration: PostgresConfiguration(url: TestServices.databaseURL, poolSize: 1))
        let redis = RedisClient(configuration: try TestServices.redisConfiguration(poolSize: 1))
        let endpoint = GraphQLEndpoint(served: served, limits: GraphQLLimits(), postgres: postgres, redis: redis,
                                       explorerAssets: nil, logger: Logger(label: "test"))
        let router = Router()
        endpoint.register(on: router)
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        let response = try await app.test(.live) { client in
            try await client.post(requestBody).body
        }
        await postgres.shutdown()
        await redis.shutdown()
        let printed = try await Self.printWithGraphQLJS(introspection: response)
        #expect(printed == expected)
    }

    @Test func locatorFindsTheRootSchemaFromANestedDirectoryAndReportsWhereItLooked() throws {
        let nested = Self.repositoryRoot.appendingPathComponent("Sources/Schema").path
        let found = try SchemaLocator.locate(workingDirectory: nested, executablePath: nil)
        #expect(found == Self.repositoryRoot.appendingPathComponent("schema.graphql").path)
        #expect(throws: SchemaLocatorError.notFound(tried: ["/nonexistent/schema.graphql"])) {
            try SchemaLocator.locate(override: "/nonexistent/schema.graphql")
        }
    }

    @Test func startUpCheckListsEveryProblem() throws {
        var registry = ResolverRegistry()
        registry.field("Query", "a") { _, _, _, _ in .null }
        registry.field("Query", "gone") { _, _, _, _ in .null }
        registry.field("Ghost", "x") { _, _, _, _ in .null }
        registry.node("Plain") { _, _ in .null }
        let sdl = "type Query { a: Int b: Int plain: Plain } type Plain { id: ID! }"
        #expect(throws: SchemaBindingError.unbound(path: "t.graphql", problems: [
            "Field Query.b has no resolver.",
            "Field Query.plain has no resolver.",
            "Field Plain.id has no resolver.",
            "Resolvers are bound to Ghost, which is not an object type of the schema.",
            "A resolver is bound to Query.gone, which the schema does not define.",
            "node(id:) can fetch Plain, which does not implement Node.",
        ])) {
            try ServedSchema(sdl: sdl, path: "t.graphql", registry: registry)
        }
    }

    /// graphql-js `printSchema(buildClientSchema(data))` of an introspection response.
    ///
    /// The current spec lists `@oneOf` among the specified directives, so the engine leaves it
    /// out of printed schemas; Debian's graphql-js 16 prints it as a custom one, so it is
    /// dropped here before printing.
    static func printWithGraphQLJS(introspection response: String) async throws -> String {
        let script = """
            const { buildClientSchema, printSchema, GraphQLSchema } = require('/usr/share/nodejs/graphql');
            let input = '';
            process.stdin.on('data', c => input += c);
            process.stdin.on('end', () => {
              const r = JSON.parse(input);
              if (r.errors) { console.error(JSON.stringify(r.errors)); process.exit(2); }
              const config = buildClientSchema(r.data).toConfig();
              config.directives = config.directives.filter(d => d.name !== 'oneOf');
              process.stdout.write(printSchema(new GraphQLSchema(config)));
            });
            """
        let ended = try await ProcessRunner.capture(["/usr/bin/env", "node", "-e", script], input: Array(response.utf8))
        #expect(ended.exitCode == 0, "node failed: is node-graphql installed? \(ended.errorText)")
        return ended.outputText
    }
}
