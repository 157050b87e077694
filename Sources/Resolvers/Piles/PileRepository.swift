import Foundation
import Storage

/// The reads of the piles domain (tables `charging_piles`, `bookings`, `wallet_entries`); the
/// writes are in ``BookingLedger`` and ``PileWrites``, inside transactions.
public struct PileRepository: Sendable {
    public let postgres: PostgresPool

    public init(postgres: PostgresPool) {
        self.postgres = postgres
    }

    /// Piles by id, for loaders; deleted piles are included only when asked (a booking's pile).
    public func piles(ids: [Int64], includeDeleted: Bool) async throws -> [Int64: ChargingPile] {
        let live: SQL = includeDeleted ? "" : " AND p.deleted_at IS NULL"
        let rows = try await postgres.query("SELECT \(PileRows.pileColumns) FROM charging_piles p WHERE p.id = ANY(\(ids.map { Int($0) }))\(live)")
        return try Dictionary(rows.map(PileRows.pile(from:)).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The pile with this serial number that is not deleted, or nil.
    public func pile(serialNumber: String) async throws -> ChargingPile? {
        try await postgres.query("SELECT \(PileRows.pileColumns) FROM charging_piles p WHERE p.serial_number = \(serialNumber) AND p.deleted_at IS NULL")
            .first.map(PileRows.pile(from:))
    }

    /// The piles (not deleted) of each owner, by name.
    public func piles(ownerIDs: [Int64]) async throws -> [Int64: [ChargingPile]] {
        let rows = try await postgres.query("""
            SELECT \(PileRows.pileColumns) FROM charging_piles p
            WHERE p.owner_id = ANY(\(ownerIDs.map { Int($0) })) AND p.deleted_at IS NULL ORDER BY p.name, p.id
            """)
        return try Dictionary(grouping: rows.map(PileRows.pile(from:)), by: \.ownerID)
    }

    /// A search of `chargingPilesNear`: a point, a radius and optionally a window that must be free.
    public struct NearSearch: Sendable, Hashable {
        public var latitude: Double
        public var longitude: Double
        public var radiusKm: Double
        /// Only piles that are available and have no ACCEPTED or CHARGING booking within 30
        /// minutes of [from, to].
        public var free: BookingSpan?

        public init(latitude: Double, longitude: Double, radiusKm: Double, free: BookingSpan? = nil) {
            self.latitude = latitude
            self.longitude = longitude
            self.radiusKm = radiusKm
            self.free = free
        }
    }

    /// The filter of a search: the index-backed bounding box, then the exact distance.
    static func nearFilter(_ search: NearSearch) -> (distance: SQL, filter: SQL) {
        let box = GeoSearch.boundingBox(latitude: search.latitude, longitude: search.longitude, radiusKm: search.radiusKm)
        let longitudes = SQL.joined(box.longitudeRanges.map { range -> SQL in "p.longitude BETWEEN \(range.lowerBound) AND \(range.upperBound)" }, separator: " OR ")
        let distance: SQL = """
            (2 * \(GeoSearch.earthRadiusKm) * asin(least(1, sqrt(power(sin(radians(p.latitude - \(search.latitude)) / 2), 2) \
            + cos(radians(\(search.latitude))) * cos(radians(p.latitude)) * power(sin(radians(p.longitude - \(search.longitude)) / 2), 2)))))
            """
        var filter: SQL = """
            p.deleted_at IS NULL AND p.latitude BETWEEN \(box.minLatitude) AND \(box.maxLatitude) AND (\(longitudes)) \
            AND \(distance) <= \(search.radiusKm)
            """
        if let free = search.free {
            filter = filter + """
                 AND p.available AND NOT EXISTS (SELECT 1 FROM bookings b WHERE b.pile_id = p.id \
                AND b.status IN ('ACCEPTED', 'CHARGING') \
                AND b.start_at < \(free.end.addingTimeInterval(BookingRequestRules.adjacencyGap)) \
                AND b.end_at > \(free.start.addingTimeInterval(-BookingRequestRules.adjacencyGap)))
                """
        }
        return (distance, filter)
    }

    /// The statement of one page of a search, nearest first (ties by id).
    public static func nearSQL(_ search: NearSearch, offset: Int, limit: Int) -> SQL {
        let (distance, filter) = nearFilter(search)
        return """
            SELECT \(PileRows.pileColumns), \(distance) AS distance_km FROM charging_piles p WHERE \(filter) \
            ORDER BY distance_km, p.id OFFSET \(offset) LIMIT \(limit)
            """
    }

    /// One page of a search, nearest first.
    public func near(_ search: NearSearch, offset: Int, limit: Int) async throws -> [ChargingPile] {
        try await postgres.query(Self.nearSQL(search, offset: offset, limit: limit)).map(PileRows.pile(from:))
    }

    /// How many piles a search finds.
    public func countNear(_ search: NearSearch) async throws -> Int {
        try await postgres.query("SELECT count(*) FROM charging_piles p WHERE \(Self.nearFilter(search).filter)").scalar(Int.self)
    }

    /// Bookings by id, for loaders.
    public func bookings(ids: [Int64]) async throws -> [Int64: Booking] {
        let rows = try await postgres.query("SELECT \(PileRows.bookingColumns) FROM bookings b WHERE b.id = ANY(\(ids.map { Int($0) }))")
        return try Dictionary(rows.map(PileRows.booking(from:)).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The bookings of each pile that meet [from, to], by start.
    public func bookings(pileIDs: [Int64], from: Date, to: Date) async throws -> [Int64: [Booking]] {
        let rows = try await postgres.query("""
            SELECT \(PileRows.bookingColumns) FROM bookings b
            WHERE b.pile_id = ANY(\(pileIDs.map { Int($0) })) AND b.start_at <= \(to) AND b.end_at >= \(from)
            ORDER BY b.start_at, b.id
            """)
        return try Dictionary(grouping: rows.map(PileRows.booking(from:)), by: \.pileID)
    }

    /// Up to `limit` bookings of each user, newest first, with ids below `beforeID` when given.
    public func bookings(userIDs: [Int64], beforeID: Int64?, limit: Int) async throws -> [Int64: [Booking]] {
        let before: SQL = beforeID.map { " AND b.id < \(Int($0))" } ?? ""
        let rows = try await postgres.query("""
            SELECT * FROM (SELECT \(PileRows.bookingColumns), row_number() OVER (PARTITION BY b.user_id ORDER BY b.id DESC) AS n
                           FROM bookings b WHERE b.user_id = ANY(\(userIDs.map { Int($0) }))\(before)) b
            WHERE b.n <= \(limit) ORDER BY b.id DESC
            """)
        return try Dictionary(grouping: rows.map(PileRows.booking(from:)), by: \.userID)
    }

    /// Each user's wallet (zero when they have no entries).
    public func wallets(userIDs: [Int64]) async throws -> [Int64: Wallet] {
        let rows = try await postgres.query("""
            SELECT u.id, coalesce(sum(e.amount_minor), 0)::bigint AS balance, coalesce(sum(e.available_change_minor), 0)::bigint AS available
            FROM users u LEFT JOIN wallet_entries e ON e.user_id = u.id
            WHERE u.id = ANY(\(userIDs.map { Int($0) })) GROUP BY u.id
            """)
        var wallets: [Int64: Wallet] = [:]
        for row in rows {
            let id = Int64(try row.decode(Int.self, column: "id"))
            wallets[id] = Wallet(userID: id, balance: try row.decode(Int.self, column: "balance"), available: try row.decode(Int.self, column: "available"))
        }
        return wallets
    }

    /// The platform's account: the commissions received.
    public func platformWallet() async throws -> Wallet {
        let row = try await postgres.query("""
            SELECT coalesce(sum(amount_minor), 0)::bigint AS balance, coalesce(sum(available_change_minor), 0)::bigint AS available
            FROM wallet_entries WHERE user_id IS NULL
            """)[0]
        return Wallet(userID: nil, balance: try row.decode(Int.self, column: "balance"), available: try row.decode(Int.self, column: "available"))
    }

    /// The latest `first` entries of each wallet (nil key: the platform), newest first.
    public func entries(userIDs: [Int64?], first: Int) async throws -> [Int64?: [WalletEntry]] {
        let ids = userIDs.compactMap { $0.map { Int($0) } }
        let platform = userIDs.contains(nil)
        let rows = try await postgres.query("""
            SELECT * FROM (SELECT \(PileRows.entryColumns), row_number() OVER (PARTITION BY e.user_id ORDER BY e.id DESC) AS n
                           FROM wallet_entries e WHERE e.user_id = ANY(\(ids)) OR (\(platform) AND e.user_id IS NULL)) e
            WHERE e.n <= \(first) ORDER BY e.id DESC
            """)
        return try Dictionary(grouping: rows.map(PileRows.entry(from:)), by: \.userID)
    }
}
