import ArgumentParser
import Foundation
import GraphQLEngine
import HTTPTypes
import Hummingbird
import Logging
import Resolvers
import Schema
import Storage

/// `energygraph bench-serve`: serves the shared bench workload (`workload/schema.graphql` with
/// `data.json` as the root value) through the same GraphQL-over-HTTP stack as `serve`, beside
/// bare routes that return the same bytes without GraphQL, for load tests on loopback.
///
/// - `POST /graphql`: the workload, with the document cache (as `serve`).
/// - `POST /bare/{name}`: reads the body, answers the fixed response of query `name`
///   (`typename`, `a_small`, `b_nested_list`, …) computed once at start-up.
struct BenchServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-serve",
        abstract: "Serve the bench workload over HTTP beside bare fixed-response routes (load tests only).")

    @Option(help: "Folder with schema.graphql, data.json and queries/ (the shared bench workload).")
    var workload: String
    @Option(help: "Address to listen on.") var host = "127.0.0.1"
    @Option(help: "Port to listen on.") var port = 8090
    @Option(help: "Documents kept in the document cache (0 turns it off: every request parses and validates).")
    var documentCacheSize = 1000

    func run() async throws {
        var logger = Logger(label: "energygraph.bench")
        logger.logLevel = .warning
        let sdl = try SchemaSource.load(from: workload + "/schema.graphql")
        let schema = try GraphQLSchema(sdl: sdl)
        var registry = ResolverRegistry()
        for name in schema.typeNames where !name.hasPrefix("__") {
            if case .object = schema.type(named: name) { registry.useDefaultResolvers(for: name) }
        }
        let served = try ServedSchema(sdl: sdl, path: workload + "/schema.graphql", registry: registry)
        let dataBytes = FileManager.default.contents(atPath: workload + "/data.json").map { Array($0) } ?? []
        let root = try JSONReader.parse(bytes: dataBytes)
        var limits = GraphQLLimits()
        limits.documentCacheSize = max(1, documentCacheSize)
        limits.maxDepth = nil
        limits.maxCost = nil
        limits.maxAliases = nil
        limits.maxBodyBytes = 4 << 20
        // Storage is never touched by the workload; the pools connect lazily.
        let postgres = PostgresPool(configuration: PostgresConfiguration(url: "postgres://127.0.0.1:1/unused", poolSize: 1), logger: logger)
        let redis = RedisClient(configuration: RedisConfiguration(port: 1, poolSize: 1), logger: logger)
        let endpoint = GraphQLEndpoint(served: served, limits: limits, postgres: postgres, redis: redis,
                                       explorerAssets: nil, root: root, logger: logger)
        let bare = try await bareResponses(endpoint.service)
        let router = Router()
        endpoint.register(on: router)
        let maxBodyBytes = limits.maxBodyBytes
        router.post("bare/:name") { request, context in
            var request = request
            _ = try await request.collectBody(upTo: maxBodyBytes)
            guard let name = context.parameters.get("name"), let bytes = bare[name] else { throw HTTPError(.notFound) }
            return Response(status: .ok, headers: [.contentType: ResponseMediaType.json.contentType],
                            body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
        }
        let app = Application(router: router, configuration: .init(address: .hostname(host, port: port), serverName: "energygraph"),
                              logger: logger)
        print("bench-serve on http://\(host):\(port)/graphql; bare routes: " + bare.keys.sorted().map { "/bare/\($0)" }.joined(separator: " "))
        try await app.runService()
        await postgres.shutdown()
        await redis.shutdown()
    }

    /// The response bytes of each workload query and of `{ __typename }`, through the service.
    private func bareResponses(_ service: GraphQLService) async throws -> [String: [UInt8]] {
        var queries: [String: String] = ["typename": "{ __typename }"]
        let folder = workload + "/queries"
        for file in try FileManager.default.contentsOfDirectory(atPath: folder) where file.hasSuffix(".graphql") {
            queries[String(file.dropLast(".graphql".count))] = try SchemaSource.load(from: folder + "/" + file)
        }
        var responses: [String: [UInt8]] = [:]
        for (name, query) in queries {
            var body = JSONWriter()
            body.raw("{\"query\":")
            body.string(query)
            body.raw("}")
            let output = await service.handle(GraphQLService.Input(method: .post, accept: nil, contentType: "application/json",
                                                                   body: body.bytes, requestID: "bench"))
            guard output.status == 200, !output.failed else {
                throw ValidationError("query \(name) fails: \(String(decoding: output.body, as: UTF8.self).prefix(300))")
            }
            responses[name] = output.body
        }
        return responses
    }
}
