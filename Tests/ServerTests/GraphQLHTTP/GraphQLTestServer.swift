import Foundation
import GraphQLEngine
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import Resolvers
import Schema
import Storage
import TestSupport
@testable import Server

/// A live GraphQL server on 127.0.0.1 over a small test schema, for the HTTP tests.
enum GraphQLTestServer {
    static let sdl = #"""
        schema { query: Query mutation: Mutation }
        scalar DateTime
        interface Node { id: ID! }
        type Thing implements Node { id: ID! name: String! }
        type Deep { deep: Deep n: Int }
        type Query {
          hello(name: String = "world"): String
          boom: String
          later: Int
          deep: Deep
          echo(at: DateTime): DateTime
          secret: String
          operatorOnly: String
          node(id: ID!): Node
          nodes(ids: [ID!]!): [Node]!
        }
        type Mutation { bump: Int }
        """#

    struct Failure: Error {}

    /// Bearer tokens of the form `test-<ROLE>-<id>`; anything else is refused.
    struct TestAuthenticator: GraphQLAuthenticator {
        func authenticate(authorization: String?) async -> Authentication {
            guard let authorization else { return .anonymous }
            let parts = authorization.replacingOccurrences(of: "Bearer ", with: "").split(separator: "-")
            guard parts.count == 3, parts[0] == "test", let role = Role(rawValue: String(parts[1])), let id = Int64(parts[2]) else {
                return Authentication(viewer: nil, problem: "malformed token")
            }
            return Authentication(viewer: Viewer(userID: id, role: role), problem: nil)
        }
    }

    static func registry() -> ResolverRegistry {
        var r = ResolverRegistry()
        r.field("Query", "hello", access: .anyone) { _, args, _, _ in
            if case let .string(name)? = args["name"] { return .string("hello \(name)") }
            return .null
        }
        r.field("Query", "boom", access: .anyone) { _, _, _, _ in throw Failure() }
        r.field("Query", "later", access: .anyone) { _, _, _, _ in
            .async {
                try await Task.sleep(for: .milliseconds(1))
                return .int(42)
            }
        }
        r.field("Query", "deep", access: .anyone) { _, _, _, _ in .value(.object([:])) }
        r.field("Deep", "deep") { _, _, _, _ in .value(.object([:])) }
        r.field("Deep", "n") { _, _, _, _ in .int(1) }
        r.field("Query", "echo", access: .anyone) { _, args, _, _ in .value(args["at"] ?? .null) }
        r.field("Query", "secret") { _, _, context, _ in .string("for user \(context.viewer!.userID)") }
        r.field("Query", "operatorOnly", access: .role(.operator)) { _, _, _, _ in .string("ok") }
        r.field("Mutation", "bump", access: .anyone) { _, _, _, _ in .int(1) }
        r.field("Thing", "id", on: String.self) { local, _, _ in .string(GlobalID("Thing", local).encoded) }
        r.field("Thing", "name", on: String.self) { local, _, _ in .string("thing \(local)") }
        r.node("Thing", access: .anyone) { local, _ in local == "404" ? .null : .object(local) }
        NodeResolvers.register(into: &r)
        return r
    }

    /// Runs `body` against a live server with these limits.
    static func withServer(limits: GraphQLLimits = GraphQLLimits(), explorer: ExplorerAssets? = nil,
                           _ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let served = try ServedSchema(sdl: sdl, path: "test.graphql", registry: registry())
        let postgres = PostgresPool(configuration: PostgresConfiguration(url: TestServices.databaseURL, poolSize: 1))
        let redis = RedisClient(configuration: try TestServices.redisConfiguration(poolSize: 1))
        let endpoint = GraphQLEndpoint(served: served, limits: limits, postgres: postgres, redis: redis,
                                       authenticator: TestAuthenticator(), explorerAssets: explorer,
                                       logger: Logger(label: "test"))
        let router = Router()
        endpoint.register(on: router)
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
                              logger: Logger(label: "test"))
        try await app.test(.live, body)
        await postgres.shutdown()
        await redis.shutdown()
    }
}

/// One request and what came back.
struct HTTPExchange: Sendable {
    var status: Int
    var contentType: String?
    var allow: String?
    var requestID: String?
    var body: String
}

extension TestClientProtocol {
    /// POSTs `body` to `/graphql`.
    func post(_ body: String, contentType: String? = "application/json", accept: String? = nil,
              authorization: String? = nil, uri: String = "/graphql") async throws -> HTTPExchange {
        var headers: HTTPFields = [:]
        if let contentType { headers[.contentType] = contentType }
        if let accept { headers[.accept] = accept }
        if let authorization { headers[.authorization] = authorization }
        return try await send(uri, .post, headers, ByteBuffer(string: body))
    }

    /// GETs `/graphql` with these query parameters.
    func get(_ parameters: [(String, String)], accept: String? = nil) async throws -> HTTPExchange {
        var components = URLComponents()
        components.path = "/graphql"
        components.queryItems = parameters.map { URLQueryItem(name: $0.0, value: $0.1) }
        var headers: HTTPFields = [:]
        if let accept { headers[.accept] = accept }
        let uri = components.percentEncodedQuery.map { "/graphql?" + $0.replacingOccurrences(of: "+", with: "%2B") } ?? "/graphql"
        return try await send(uri, .get, headers, nil)
    }

    func send(_ uri: String, _ method: HTTPRequest.Method, _ headers: HTTPFields, _ body: ByteBuffer?) async throws -> HTTPExchange {
        try await execute(uri: uri, method: method, headers: headers, body: body) { response in
            HTTPExchange(status: Int(response.status.code), contentType: response.headers[.contentType],
                         allow: response.headers[.allow], requestID: response.headers[HTTPField.Name("X-Request-ID")!],
                         body: String(buffer: response.body))
        }
    }
}
