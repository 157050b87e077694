import Foundation
import Storage

/// What `energygraph import-piles` did.
public struct PileImportReport: Sendable, Hashable, CustomStringConvertible {
    public var usersCreated = 0
    public var walletsToppedUp = 0
    public var pilesCreated = 0
    public var pilesUpdated = 0
    public var pilesDeleted = 0
    public var friendPrices = 0

    public init() {}

    public var description: String {
        "users created \(usersCreated), wallets topped up \(walletsToppedUp), piles created \(pilesCreated), updated \(pilesUpdated), "
            + "deleted \(pilesDeleted), friend prices \(friendPrices)"
    }
}

/// Imports the charging-plots sample in one transaction: users (by email; created with the
/// given password hash), their opening wallet balance as a TOP_UP (only for a wallet with no
/// entries yet), piles (by serial number: created or updated; the sample's deleted piles are
/// soft-deleted) and friends' prices. Running it again changes nothing. The sample's bookings
/// are not imported: they are the outcomes that requests through the API must reproduce.
public struct PileSeedImport: Sendable {
    public let postgres: PostgresPool

    public init(postgres: PostgresPool) {
        self.postgres = postgres
    }

    /// - Throws: `PileSeedError.invalid` for a value that cannot be imported (nothing is written).
    public func run(_ seed: PileSeed, passwordHash: String, now: Date) async throws -> PileImportReport {
        try Self.check(seed)
        return try await postgres.transaction { conn in
            var report = PileImportReport()
            var userIDs: [Int: Int] = [:]
            for user in seed.users {
                let email = User.normalizedEmail(user.email)
                if let id = try conn.query("SELECT id FROM users WHERE email = \(email)").first?.decode(Int.self, at: 0) {
                    userIDs[user.id] = id
                    continue
                }
                let role = PileSeed.role(user.role)!.rawValue
                userIDs[user.id] = try conn.query("""
                    INSERT INTO users (name, email, password_hash, role, active, created_at, updated_at)
                    VALUES (\(user.name), \(email), \(passwordHash), \(role), \(user.active && user.canLogin), \(now), \(now)) RETURNING id
                    """).scalar(Int.self)
                report.usersCreated += 1
            }
            for wallet in seed.wallets {
                guard let id = userIDs[wallet.userID], let amount = PileSeed.price(wallet.balance), amount > 0 else { continue }
                let entries = try conn.query("SELECT count(*) FROM wallet_entries WHERE user_id = \(id)").scalar(Int.self)
                guard entries == 0 else { continue }
                try conn.execute("INSERT INTO wallets (user_id) VALUES (\(id)) ON CONFLICT (user_id) DO NOTHING")
                try conn.execute("""
                    INSERT INTO wallet_entries (user_id, kind, amount_minor, available_change_minor, at) VALUES (\(id), 'TOP_UP', \(amount), \(amount), \(now))
                    """)
                report.walletsToppedUp += 1
            }
            for pile in seed.piles {
                try Self.upsert(pile, ownerID: userIDs[pile.ownerID]!, now: now, conn: conn, report: &report)
            }
            for (key, prices) in seed.friendPrices {
                guard let owner = userIDs[key.ownerID], let friend = userIDs[key.friendID] else { continue }
                report.friendPrices += try conn.execute("""
                    INSERT INTO pile_friend_prices (owner_id, friend_id, electricity_fee_minor, service_fee_minor, appointment_fee_minor)
                    VALUES (\(owner), \(friend), \(prices.electricityPerHour as Int?), \(prices.service as Int?), \(prices.appointment as Int?))
                    ON CONFLICT (owner_id, friend_id) DO UPDATE SET electricity_fee_minor = excluded.electricity_fee_minor,
                        service_fee_minor = excluded.service_fee_minor, appointment_fee_minor = excluded.appointment_fee_minor
                    WHERE (pile_friend_prices.electricity_fee_minor, pile_friend_prices.service_fee_minor, pile_friend_prices.appointment_fee_minor)
                        IS DISTINCT FROM (excluded.electricity_fee_minor, excluded.service_fee_minor, excluded.appointment_fee_minor)
                    """)
            }
            return report
        }
    }

    static func upsert(_ pile: PileSeed.SeedPile, ownerID: Int, now: Date, conn: PostgresConnection, report: inout PileImportReport) throws {
        let latitude = Double(pile.latitude)!, longitude = Double(pile.longitude)!
        let opens = String(pile.open.prefix(5)), closes = String(pile.close.prefix(5))
        let electricity = PileSeed.price(pile.electricity)!, service = PileSeed.price(pile.service)!, appointment = PileSeed.price(pile.appointment)!
        let existing = try conn.query("""
            SELECT id, deleted_at IS NOT NULL AS deleted FROM charging_piles WHERE serial_number = \(pile.serialNumber)
            ORDER BY deleted_at IS NULL DESC, id DESC LIMIT 1
            """).first
        if let existing {
            let id = try existing.decode(Int.self, column: "id"), wasDeleted = try existing.decode(Bool.self, column: "deleted")
            let changed = try conn.execute("""
                UPDATE charging_piles SET name = \(pile.name), latitude = \(latitude), longitude = \(longitude), address = \(pile.address as String?),
                    owner_id = \(ownerID), opens_at = \(opens)::time, closes_at = \(closes)::time, electricity_fee_minor = \(electricity),
                    service_fee_minor = \(service), appointment_fee_minor = \(appointment), available = \(pile.isAvailable), updated_at = \(now),
                    deleted_at = CASE WHEN \(pile.isDeleted) THEN coalesce(deleted_at, \(now)) ELSE NULL END
                WHERE id = \(id) AND (name, latitude, longitude, address, owner_id, opens_at, closes_at, electricity_fee_minor, service_fee_minor,
                                      appointment_fee_minor, available, deleted_at IS NOT NULL)
                    IS DISTINCT FROM (\(pile.name), \(latitude), \(longitude), \(pile.address as String?), \(ownerID)::bigint, \(opens)::time, \(closes)::time,
                                      \(electricity)::bigint, \(service)::bigint, \(appointment)::bigint, \(pile.isAvailable), \(pile.isDeleted))
                """)
            if changed > 0 {
                if pile.isDeleted && !wasDeleted { report.pilesDeleted += 1 } else { report.pilesUpdated += 1 }
            }
            return
        }
        try conn.execute("""
            INSERT INTO charging_piles (serial_number, name, latitude, longitude, address, owner_id, time_zone, opens_at, closes_at,
                electricity_fee_minor, service_fee_minor, appointment_fee_minor, available, created_at, updated_at, deleted_at)
            VALUES (\(pile.serialNumber), \(pile.name), \(latitude), \(longitude), \(pile.address as String?), \(ownerID), 'UTC', \(opens)::time, \(closes)::time,
                \(electricity), \(service), \(appointment), \(pile.isAvailable), \(now), \(now), \((pile.isDeleted ? now : nil) as Date?))
            """)
        report.pilesCreated += 1
        if pile.isDeleted { report.pilesDeleted += 1 }
    }

    /// Checks every value before anything is written.
    static func check(_ seed: PileSeed) throws {
        let ids = Set(seed.users.map(\.id))
        for user in seed.users where PileSeed.role(user.role) == nil {
            throw PileSeedError.invalid("user \(user.id) has role \(user.role); expected user, merchant, maintainer or admin")
        }
        for pile in seed.piles {
            guard let lat = Double(pile.latitude), (-90...90).contains(lat), let lon = Double(pile.longitude), (-180...180).contains(lon) else {
                throw PileSeedError.invalid("pile \(pile.serialNumber) has latitude \(pile.latitude), longitude \(pile.longitude)")
            }
            guard let opens = LocalTimeOfDay(String(pile.open.prefix(5))), let closes = LocalTimeOfDay(String(pile.close.prefix(5))), opens < closes else {
                throw PileSeedError.invalid("pile \(pile.serialNumber) has opening hours \(pile.open)–\(pile.close)")
            }
            guard PileSeed.price(pile.electricity) != nil, PileSeed.price(pile.service) != nil, PileSeed.price(pile.appointment) != nil else {
                throw PileSeedError.invalid("pile \(pile.serialNumber) has a fee that is not a non-negative amount")
            }
            guard ids.contains(pile.ownerID) else { throw PileSeedError.invalid("pile \(pile.serialNumber) has owner \(pile.ownerID), who is not among the users") }
        }
        let live = seed.piles.filter { !$0.isDeleted }
        guard Set(live.map(\.serialNumber)).count == live.count, Set(live.map(\.name)).count == live.count else {
            throw PileSeedError.invalid("two piles that are not deleted share a serial number or a name")
        }
    }
}
