import Foundation
import GraphQLEngine
import Hummingbird
import HummingbirdTesting
import Logging
import Resolvers
import Schema
import Storage
import Synchronization
import TestSupport
@testable import Server

/// A clock the test moves by hand; resolvers read it as `RequestContext.now`.
final class TestClock: Sendable {
    private let current: Mutex<Date>

    init(_ start: Date) {
        current = Mutex(start)
    }

    var now: Date { current.withLock { $0 } }

    func set(_ date: Date) {
        current.withLock { $0 = date }
    }

    /// "2016-08-08T09:00:00Z" → Date.
    static func at(_ text: String) -> Date {
        try! Date(text, strategy: Date.ISO8601FormatStyle())
    }
}

/// A live server on 127.0.0.1 with the charging-plots sample imported (through
/// ``PileSeedImport``, as `energygraph import-piles` does) on top of the accounts test users,
/// with an injected clock and, optionally, the OVERDUE sweep running in the background.
struct PilesTestServer: Sendable {
    let postgres: PostgresPool
    let realtime: RealtimeSetup
    let clock: TestClock
    let seed: PileSeed
    /// Accounts test users by role ("ADMIN", "VIEWER", …) and the sample's users by sample id ("1" … "6").
    let users: [String: User]

    /// The sample's charging_plots_seed.json.
    static var seedFile: URL {
        get throws { try SharedSeeds.url("charging-plots/charging_plots_seed.json") }
    }

    static func loadSeed() throws -> PileSeed {
        try PileSeed.decode(Data(contentsOf: seedFile))
    }

    func token(_ key: String) throws -> String {
        guard let user = users[key] else { throw PileSeedError.invalid("no test user \(key)") }
        return try realtime.tokens.issue(userID: user.id, now: Date().timeIntervalSince1970).token
    }

    /// The database id of a sample pile by its sample id.
    func pileGlobalID(_ seedPileID: Int) async throws -> String {
        let serial = seed.piles.first { $0.id == seedPileID }!.serialNumber
        let id = try await postgres.query("SELECT id FROM charging_piles WHERE serial_number = \(serial) ORDER BY id DESC LIMIT 1").scalar(Int.self)
        return GlobalID("ChargingPile", Int64(id)).encoded
    }

    /// Runs `body` against a live server on a fresh database, its clock at `start`.
    static func with(start: Date = TestClock.at("2016-08-01T00:00:00Z"), sweepInterval: Duration? = nil, poolSize: Int = 8,
                     _ body: @Sendable (PilesTestServer, any TestClientProtocol) async throws -> Void) async throws {
        try await TestDatabase.with(poolSize: poolSize) { postgres in
            var users = try await AccountsTestServer.seed(postgres)
            let seed = try loadSeed()
            let hash = try Bcrypt.hash(AccountsTestServer.password, cost: 4)
            _ = try await PileSeedImport(postgres: postgres).run(seed, passwordHash: hash, now: start)
            let repository = UserRepository(postgres: postgres)
            for user in seed.users {
                guard let id = try await postgres.query("SELECT id FROM users WHERE email = \(user.email)").first?.decode(Int.self, at: 0),
                      let found = try await repository.user(id: Int64(id)) else { continue }
                users[String(user.id)] = found
            }
            let clock = TestClock(start)
            let redis = RedisClient(configuration: try TestServices.redisConfiguration(poolSize: 2))
            let logger = Logger(label: "test")
            let realtime = RealtimeSetup(auth: AuthSettings(secret: AccountsTestServer.secret, tokenLifetime: .seconds(3600), bcryptCost: 4),
                                         postgres: postgres, redis: redis, eventNamespace: TestServices.uniqueName("eg-piles"), logger: logger)
            let endpoint = GraphQLEndpoint(served: try ServedSchema.load(), limits: GraphQLLimits(), postgres: postgres, redis: redis,
                                           authenticator: realtime.authenticator, explorerAssets: nil, services: realtime.services,
                                           now: { clock.now }, logger: logger)
            let router = Router()
            endpoint.register(on: router)
            let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)), logger: logger)
            let sweeper = sweepInterval.map { interval in
                Task { await OverdueSweep(postgres: postgres, interval: interval, now: { clock.now }, logger: logger).run() }
            }
            let server = PilesTestServer(postgres: postgres, realtime: realtime, clock: clock, seed: seed, users: users)
            do {
                try await app.test(.live) { client in try await body(server, client) }
            } catch {
                sweeper?.cancel()
                await realtime.shutdown()
                await redis.shutdown()
                throw error
            }
            sweeper?.cancel()
            await realtime.shutdown()
            await redis.shutdown()
        }
    }
}

/// The GraphQL operations the piles tests send.
enum PileOps {
    static let request = """
        mutation($i: RequestBookingInput!) { requestBooking(input: $i) {
          booking { id status appointmentFee prepaidServiceFee start end user { email } pile { serialNumber } }
          userErrors { field message code } } }
        """
    static let respond = "mutation($id: ID!, $a: Boolean!) { respondToBooking(id: $id, accept: $a) { booking { id status } userErrors { field message code } } }"
    static let cancel = "mutation($id: ID!) { cancelBooking(id: $id) { booking { id status } userErrors { field message code } } }"
    static let start = "mutation($id: ID!) { startCharging(bookingId: $id) { booking { id status chargingStartedAt } userErrors { field message code } } }"
    static let stop = "mutation($id: ID!) { stopCharging(bookingId: $id) { booking { id status cost chargingStoppedAt } userErrors { field message code } } }"
    static let topUp = "mutation($u: ID!, $a: Money!) { topUpWallet(userId: $u, amount: $a) { wallet { balance available } userErrors { field message code } } }"
    static let wallets = "{ users(first: 100) { nodes { id email wallet { balance available } } } platformWallet { balance available } }"

    static func requestInput(pile: String, start: String, end: String) -> GraphQLObjectValue {
        ["i": .object(["pileId": .string(pile), "start": .string(start), "end": .string(end)])]
    }
}
