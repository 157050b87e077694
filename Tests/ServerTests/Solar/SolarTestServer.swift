import Foundation
import GraphQLEngine
import Hummingbird
import HummingbirdTesting
import Logging
import MonitoringSimulatorKit
import Resolvers
import Schema
import Storage
import TestSupport
@testable import Server

/// A live GraphQL server on 127.0.0.1 with the solar domain, a monitoring simulator served
/// in-process on its own port, and the job scheduler running against a fresh migrated
/// database; seeded with one user per role (see ``AccountsTestServer/seed(_:)``).
struct SolarTestServer: Sendable {
    let postgres: PostgresPool
    let simulator: MonitoringSimulator
    let simulatorURL: String
    let settings: SolarServerSettings
    let realtime: RealtimeSetup
    let users: [String: User]

    /// A token of a seeded user ("OPERATOR", "VIEWER", …).
    func token(_ role: String) throws -> String {
        try realtime.tokens.issue(userID: users[role]!.id, now: Date().timeIntervalSince1970).token
    }

    /// Fast retries and a short lease, so tests with failures finish in seconds.
    static func testSettings(simulatorURL: String) -> SolarServerSettings {
        var settings = SolarServerSettings()
        settings.solar.monitoringURL = simulatorURL
        settings.solar.requestTimeout = .milliseconds(1500)
        settings.solar.chunkBackoff = RetryBackoff(base: .milliseconds(5), cap: .milliseconds(40))
        settings.solar.jobBackoff = RetryBackoff(base: .milliseconds(20), cap: .milliseconds(200))
        settings.jobs.pollInterval = .milliseconds(50)
        settings.jobs.lease = .seconds(3)
        settings.dailySync = false
        return settings
    }

    /// Runs `body` against a live server, a simulator with `options` and `workers` job workers.
    /// - Parameters:
    ///   - now: the clock of GraphQL requests (createPlant syncs this clock's yesterday and today).
    ///   - configure: changes to ``testSettings(simulatorURL:)``.
    static func with(simulator options: SimulatorOptions = SimulatorOptions(), now: Date? = nil, workers: Int = 2,
                     configure: @Sendable (inout SolarServerSettings) -> Void = { _ in },
                     _ body: @Sendable (SolarTestServer, any TestClientProtocol) async throws -> Void) async throws {
        try await TestDatabase.with(poolSize: 8) { postgres in
            let users = try await AccountsTestServer.seed(postgres)
            try await RunningSimulator.with(options) { simulator, url in
                var configured = testSettings(simulatorURL: url)
                configured.jobs.workers = workers
                configure(&configured)
                let settings = configured
                let clock: @Sendable () -> Date = if let now { { now } } else { { Date() } }
                let redis = RedisClient(configuration: try TestServices.redisConfiguration(poolSize: 2))
                let logger = Logger(label: "solar-test")
                let realtime = RealtimeSetup(auth: AuthSettings(secret: AccountsTestServer.secret, tokenLifetime: .seconds(3600), bcryptCost: 4),
                                             postgres: postgres, redis: redis, eventNamespace: TestServices.uniqueName("eg-solar"),
                                             domainSettings: SolarJobs.domainSettings(settings), logger: logger)
                let endpoint = GraphQLEndpoint(served: try ServedSchema.load(), limits: GraphQLLimits(), postgres: postgres, redis: redis,
                                               authenticator: realtime.authenticator, explorerAssets: nil, services: realtime.services,
                                               now: clock, logger: logger)
                let router = Router()
                realtime.register(on: router, service: endpoint.service)
                endpoint.register(on: router)
                let app = Application(router: router, server: realtime.server(service: endpoint.service),
                                      configuration: .init(address: .hostname("127.0.0.1", port: 0)), logger: logger)
                let scheduler = SolarJobs.scheduler(postgres: postgres, settings: settings, events: realtime.bus,
                                                    workerID: "test-worker", logger: logger)
                let jobs = Task { try await scheduler.run() }
                do {
                    try await app.test(.live) { client in
                        try await body(SolarTestServer(postgres: postgres, simulator: simulator, simulatorURL: url, settings: settings,
                                                       realtime: realtime, users: users), client)
                    }
                } catch {
                    jobs.cancel()
                    _ = await jobs.result
                    await realtime.shutdown()
                    await redis.shutdown()
                    throw error
                }
                jobs.cancel()
                _ = await jobs.result
                await realtime.shutdown()
                await redis.shutdown()
            }
        }
    }

    /// The plant's local id from its global id.
    static func localID(_ globalID: String) throws -> Int64 {
        try GlobalID.int64(of: globalID, expecting: "Plant")
    }

    /// Waits until every sync run of the database has finished (or `timeout` passes).
    func waitForRuns(timeout: Duration = .seconds(120)) async throws {
        try await Self.waitUntil(timeout: timeout, what: "every sync run finishes") {
            try await postgres.query("SELECT count(*) FROM plant_sync_runs WHERE state IN ('QUEUED', 'RUNNING')").scalar(Int.self) == 0
        }
    }

    /// Polls `condition` every 50 ms until it holds.
    /// - Throws: `Timeout` after `timeout`.
    static func waitUntil(timeout: Duration, what: String, _ condition: () async throws -> Bool) async throws {
        let deadline = ContinuousClock.now + timeout
        while try await !condition() {
            guard ContinuousClock.now < deadline else { throw Timeout(what: what) }
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    struct Timeout: Error, CustomStringConvertible {
        let what: String
        var description: String { "timed out waiting until \(what)" }
    }
}

/// A monitoring simulator served in-process on a free port of 127.0.0.1.
enum RunningSimulator {
    /// Runs `body` with a live simulator and its base URL, then stops it.
    static func with<T: Sendable>(_ options: SimulatorOptions, _ body: (MonitoringSimulator, String) async throws -> T) async throws -> T {
        let simulator = MonitoringSimulator(options: options)
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        let app = simulator.application(port: 0, logger: Logger(label: "simulator")) { port in continuation.yield(port) }
        let server = Task { try await app.runService(gracefulShutdownSignals: []) }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else { throw SimulatorDidNotStart() }
        do {
            let value = try await body(simulator, "http://127.0.0.1:\(port)/")
            server.cancel()
            _ = await server.result
            return value
        } catch {
            server.cancel()
            _ = await server.result
            throw error
        }
    }

    struct SimulatorDidNotStart: Error {}
}
