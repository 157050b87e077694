import Foundation
import GraphQLEngine
import Hummingbird
import HummingbirdTesting
import Logging
import Resolvers
import Schema
import Storage
import TestSupport
@testable import Server

/// A live server on 127.0.0.1 serving the checked-in `schema.graphql` with every domain, real
/// JWT authentication, subscriptions over WebSocket and SSE, against a fresh migrated database
/// and the shared Redis; seeded with one active user per role and one deactivated user.
struct AccountsTestServer: Sendable {
    static let password = "correct horse battery staple"
    static let secret = Array("test-secret-for-accounts-tests-0123456789".utf8)

    let port: Int
    let postgres: PostgresPool
    let realtime: RealtimeSetup
    /// Users by role, plus "inactive".
    let users: [String: User]

    /// A signed token for a seeded user, as `login` would issue it.
    func token(_ key: String, now: Date = Date()) throws -> String {
        try realtime.tokens.issue(userID: users[key]!.id, now: now.timeIntervalSince1970).token
    }

    /// Migrates `postgres` and inserts the seeded users (bcrypt cost 4).
    static func seed(_ postgres: PostgresPool) async throws -> [String: User] {
        _ = try await Migrator(migrations: Migration.bundled(), logger: Logger(label: "test")).migrate(postgres)
        let repository = UserRepository(postgres: postgres)
        let hash = try Bcrypt.hash(password, cost: 4)
        var users: [String: User] = [:]
        for role in Role.allCases {
            users[role.rawValue] = try await repository.insert(
                NewUser(name: "The \(role.rawValue.lowercased())", email: "\(role.rawValue.lowercased())@example.com", role: role, passwordHash: hash),
                at: Date())
        }
        let inactive = try await repository.insert(NewUser(name: "Gone", email: "gone@example.com", role: .operator, passwordHash: hash), at: Date())
        users["inactive"] = try await repository.update(id: inactive.id, UserChanges(active: false), at: Date())
        return users
    }

    /// The application: SSE middleware, then the GraphQL routes; WebSocket upgrades on /graphql.
    /// `namespace` keeps each test's events apart on the shared Redis (instances that share
    /// events share it).
    static func application(postgres: PostgresPool, redis: RedisClient, namespace: String, initTimeout: Duration = .seconds(10),
                            tokenLifetime: Duration = .seconds(3600)) throws -> (some ApplicationProtocol, RealtimeSetup) {
        let logger = Logger(label: "test")
        var realtime = RealtimeSetup(auth: AuthSettings(secret: secret, tokenLifetime: tokenLifetime, bcryptCost: 4),
                                     postgres: postgres, redis: redis, eventNamespace: namespace, logger: logger)
        realtime.connectionInitTimeout = initTimeout
        let served = try ServedSchema.load()
        let endpoint = GraphQLEndpoint(served: served, limits: GraphQLLimits(), postgres: postgres, redis: redis,
                                       authenticator: realtime.authenticator, explorerAssets: nil,
                                       services: realtime.services, logger: logger)
        let router = Router()
        realtime.register(on: router, service: endpoint.service)
        endpoint.register(on: router)
        let app = Application(router: router, server: realtime.server(service: endpoint.service),
                              configuration: .init(address: .hostname("127.0.0.1", port: 0)), logger: logger)
        return (app, realtime)
    }

    /// Runs `body` against a live server on a fresh database.
    static func with(initTimeout: Duration = .seconds(10), _ body: @Sendable (AccountsTestServer, any TestClientProtocol) async throws -> Void) async throws {
        try await TestDatabase.with { postgres in
            let users = try await seed(postgres)
            let redis = RedisClient(configuration: try TestServices.redisConfiguration(poolSize: 2))
            let (app, realtime) = try application(postgres: postgres, redis: redis, namespace: TestServices.uniqueName("eg-test"),
                                                  initTimeout: initTimeout)
            do {
                try await app.test(.live) { client in
                    let server = AccountsTestServer(port: client.port!, postgres: postgres, realtime: realtime, users: users)
                    try await body(server, client)
                }
            } catch {
                await realtime.shutdown()
                await redis.shutdown()
                throw error
            }
            await realtime.shutdown()
            await redis.shutdown()
        }
    }
}

extension TestClientProtocol {
    /// POSTs a GraphQL operation and returns the parsed JSON response.
    func graphQL(_ query: String, variables: GraphQLObjectValue = [:], token: String? = nil) async throws -> GraphQLValue {
        var json = JSONWriter()
        json.raw("{\"query\":")
        json.string(query)
        json.raw(",\"variables\":")
        json.value(.object(variables))
        json.raw(UInt8(ascii: "}"))
        var headers: HTTPFields = [.contentType: "application/json", .accept: "application/json"]
        if let token { headers[.authorization] = "Bearer " + token }
        let body = try await execute(uri: "/graphql", method: .post, headers: headers, body: ByteBuffer(bytes: json.bytes)) { response in
            String(buffer: response.body)
        }
        return try JSONReader.parse(body)
    }
}

extension GraphQLValue {
    /// The value at a path of object keys and list indices, or nil.
    func at(_ path: Any...) -> GraphQLValue? {
        var current: GraphQLValue? = self
        for step in path {
            switch (current, step) {
            case let (.object(o)?, key as String): current = o[key]
            case let (.list(l)?, index as Int): current = index < l.count ? l[index] : nil
            default: return nil
            }
        }
        return current
    }
}
