import Foundation
import GraphQLEngine
import Hummingbird
import HummingbirdTesting
import Logging
import NIOPosix
import Resolvers
import Schema
import Storage
import TestSupport
@testable import Server

/// A live server on 127.0.0.1 for the parking tests: every domain, real JWT authentication,
/// subscriptions, a fresh migrated database, Redis keys and event channels under a namespace
/// of its own, a hand-driven parking clock (also the request clock), and URL imports allowed
/// to fetch from loopback (the tests serve files from 127.0.0.1).
struct ParkingTestServer: Sendable {
    /// 2026-03-01T08:00:00Z.
    static let startMs: Int64 = 1_772_352_000_000

    let port: Int
    let postgres: PostgresPool
    let redis: RedisClient
    let parking: ParkingServices
    let clock: ManualParkingClock
    let namespace: String
    let operatorToken: String
    let viewerToken: String

    /// An application serving the schema with parking wired to `clock` and `namespace`.
    static func application(postgres: PostgresPool, redis: RedisClient, namespace: String, clock: ManualParkingClock)
        async throws -> (some ApplicationProtocol, RealtimeSetup, ParkingServices) {
        let logger = Logger(label: "parking-test")
        let parking = ParkingServices(postgres: postgres, redis: redis, namespace: namespace, clock: clock, logger: logger)
        await parking.start()
        let realtime = RealtimeSetup(auth: AuthSettings(secret: AccountsTestServer.secret, tokenLifetime: .seconds(3600), bcryptCost: 4),
                                     postgres: postgres, redis: redis, eventNamespace: namespace, parking: parking, logger: logger)
        let served = try ServedSchema.load()
        let endpoint = GraphQLEndpoint(served: served, limits: GraphQLLimits(), postgres: postgres, redis: redis,
                                       authenticator: realtime.authenticator, explorerAssets: nil,
                                       services: realtime.services, now: { clock.date },
                                       remoteFiles: RemoteFilePolicy(allowPrivateAddresses: true), logger: logger)
        let router = Router()
        realtime.register(on: router, service: endpoint.service)
        endpoint.register(on: router)
        let app = Application(router: router, server: realtime.server(service: endpoint.service),
                              configuration: .init(address: .hostname("127.0.0.1", port: 0)), logger: logger)
        return (app, realtime, parking)
    }

    /// Runs `body` against a live server on a fresh database; `redis` defaults to the shared one.
    static func with(redis given: RedisClient? = nil, namespace: String = TestServices.uniqueName("eg-parking"),
                     _ body: @Sendable (ParkingTestServer, any TestClientProtocol) async throws -> Void) async throws {
        try await TestDatabase.with { postgres in
            let users = try await AccountsTestServer.seed(postgres)
            let redis = try given ?? RedisClient(configuration: TestServices.redisConfiguration(poolSize: 4))
            let clock = ManualParkingClock(startMs: startMs)
            let (app, realtime, parking) = try await application(postgres: postgres, redis: redis, namespace: namespace, clock: clock)
            let tokens = realtime.tokens
            func token(_ role: String) throws -> String {
                try tokens.issue(userID: users[role]!.id, now: Date().timeIntervalSince1970).token
            }
            let (operatorToken, viewerToken) = (try token("OPERATOR"), try token("VIEWER"))
            do {
                try await app.test(.live) { client in
                    let server = ParkingTestServer(port: client.port!, postgres: postgres, redis: redis, parking: parking, clock: clock,
                                                   namespace: namespace, operatorToken: operatorToken, viewerToken: viewerToken)
                    try await body(server, client)
                }
            } catch {
                parking.shutdown()
                await realtime.shutdown()
                if given == nil { await redis.shutdown() }
                throw error
            }
            parking.shutdown()
            await realtime.shutdown()
            if given == nil { await redis.shutdown() }
        }
    }

    static let importMutation = """
        mutation($input: ImportVehiclesInput!) { importVehicles(input: $input) {
          report { accepted rejected rejectedLines { line message content } duplicate }
          vehicles { plate } userErrors { field message code } } }
        """

    static let statusQuery = """
        query($plate: String!) { chargingStatus(plate: $plate) {
          plate state chargeKwh chargePercent desiredPercent ready readyAt secondsToReady asOf } }
        """

    /// Imports CSV text as the operator.
    func importCSV(_ csv: String, client: any TestClientProtocol) async throws -> GraphQLValue {
        try await client.graphQL(Self.importMutation, variables: ["input": .object(["csv": .string(csv)])], token: operatorToken)
    }

    /// `chargingStatus(plate)` as an anonymous caller; the status object or null.
    func status(_ plate: String, client: any TestClientProtocol) async throws -> GraphQLValue? {
        let response = try await client.graphQL(Self.statusQuery, variables: ["plate": .string(plate)])
        return response.at("data", "chargingStatus")
    }
}

/// The parking seed files (`../shared/data/seeds/parking` beside the repository).
enum ParkingSeedFiles {
    static var directory: URL {
        get throws { try SharedSeeds.url("parking") }
    }

    /// A seed file's bytes, read on NIO's thread pool.
    static func bytes(_ name: String) async throws -> [UInt8] {
        let url = try directory.appendingPathComponent(name)
        return try await NIOThreadPool.singleton.runIfActive { Array(try Data(contentsOf: url)) }
    }

    static func text(_ name: String) async throws -> String {
        String(decoding: try await bytes(name), as: UTF8.self)
    }
}

/// A static file server on 127.0.0.1 for URL imports: `GET /<name>` answers the bytes given.
enum TestFileServer {
    static func with(_ files: [String: [UInt8]], _ body: @Sendable (_ baseURL: String) async throws -> Void) async throws {
        let router = Router()
        router.get("/:name") { _, context -> Response in
            guard let name = context.parameters.get("name"), let bytes = files[name] else { return Response(status: .notFound) }
            return Response(status: .ok, headers: [.contentType: "text/csv"], body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
        }
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { client in
            try await body("http://127.0.0.1:\(client.port!)")
        }
    }
}
