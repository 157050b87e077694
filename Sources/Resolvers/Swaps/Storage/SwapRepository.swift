import Foundation
import Storage

/// Every read of the swaps domain, each one statement whatever the number of keys (the loaders'
/// batch functions), plus the async front of the writes in `SwapWriter` and `SwapCatalogStore`.
public struct SwapRepository: Sendable {
    public let postgres: PostgresPool

    public init(postgres: PostgresPool) {
        self.postgres = postgres
    }

    static let batteryFrom: SQL = "batteries b JOIN battery_states bs ON bs.battery_id = b.id"

    // MARK: Stations

    public func stations(ids: [Int]) async throws -> [Int: Station] {
        let rows = try await postgres.query("SELECT \(SwapRows.station) FROM stations st WHERE st.id = ANY(\(ids))")
        return try Dictionary(rows.map(SwapRows.station).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    public func stationsPage(afterID: Int?, limit: Int) async throws -> [Station] {
        try await postgres.query("""
            SELECT \(SwapRows.station) FROM stations st WHERE st.id > \(afterID ?? 0) ORDER BY st.id LIMIT \(limit)
            """).map(SwapRows.station)
    }

    public func stationCount() async throws -> Int {
        try await postgres.query("SELECT count(*) FROM stations").scalar(Int.self)
    }

    // MARK: Batteries

    public func batteries(ids: [Int]) async throws -> [Int: BatteryRecord] {
        let rows = try await postgres.query("SELECT \(SwapRows.battery) FROM \(Self.batteryFrom) WHERE b.id = ANY(\(ids))")
        return try Dictionary(rows.map(SwapRows.battery).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    public func battery(serial: String) async throws -> BatteryRecord? {
        let rows = try await postgres.query("""
            SELECT \(SwapRows.battery) FROM \(Self.batteryFrom) WHERE b.serial = \(serial.trimmingCharacters(in: .whitespacesAndNewlines))
            """)
        return try rows.first.map(SwapRows.battery)
    }

    static func batteryConditions(atStation: Int?, inVehicle: Bool?) -> SQL {
        var parts: [SQL] = ["true"]
        if let atStation { parts.append("bs.station_id = \(atStation)") }
        if let inVehicle { parts.append(inVehicle ? "bs.vehicle_id IS NOT NULL" : "bs.vehicle_id IS NULL") }
        return SQL.joined(parts, separator: " AND ")
    }

    public func batteriesPage(afterID: Int?, limit: Int, atStation: Int?, inVehicle: Bool?) async throws -> [BatteryRecord] {
        try await postgres.query("""
            SELECT \(SwapRows.battery) FROM \(Self.batteryFrom)
            WHERE b.id > \(afterID ?? 0) AND \(Self.batteryConditions(atStation: atStation, inVehicle: inVehicle))
            ORDER BY b.id LIMIT \(limit)
            """).map(SwapRows.battery)
    }

    public func batteryCount(atStation: Int?, inVehicle: Bool?) async throws -> Int {
        try await postgres.query("""
            SELECT count(*) FROM \(Self.batteryFrom) WHERE \(Self.batteryConditions(atStation: atStation, inVehicle: inVehicle))
            """).scalar(Int.self)
    }

    /// The batteries on site at each station, by id.
    public func batteriesAtStations(_ stationIDs: [Int]) async throws -> [Int: [BatteryRecord]] {
        let rows = try await postgres.query("""
            SELECT \(SwapRows.battery) FROM \(Self.batteryFrom) WHERE bs.station_id = ANY(\(stationIDs)) ORDER BY b.id
            """)
        return Dictionary(grouping: try rows.map(SwapRows.battery)) { record in
            if case .station(let id) = record.state.location { return id }
            return 0
        }
    }

    /// The battery each vehicle carries now.
    public func batteriesInVehicles(_ vehicleIDs: [Int]) async throws -> [Int: BatteryRecord] {
        let rows = try await postgres.query("SELECT \(SwapRows.battery) FROM \(Self.batteryFrom) WHERE bs.vehicle_id = ANY(\(vehicleIDs))")
        var found: [Int: BatteryRecord] = [:]
        for record in try rows.map(SwapRows.battery) {
            if case .vehicle(let id) = record.state.location { found[id] = record }
        }
        return found
    }

    /// Accepted swaps that issued or returned each battery, in time order.
    public func acceptedSwaps(ofBatteries batteryIDs: [Int]) async throws -> [Int: [SwapEvent]] {
        let rows = try await postgres.query("""
            SELECT k.id AS key_id, \(SwapRows.swap) FROM unnest(\(batteryIDs)::bigint[]) AS k(id)
            JOIN swaps s ON \(SwapParent.battery.join)
            WHERE s.status = 'ACCEPTED' ORDER BY k.id, s.occurred_at, s.recorded_seq
            """)
        var found: [Int: [SwapEvent]] = [:]
        for row in rows { found[try row.decode(Int.self, column: "key_id"), default: []].append(try SwapRows.swap(row).event) }
        return found
    }

    // MARK: Drivers and vehicles

    public func drivers(ids: [Int]) async throws -> [Int: Driver] {
        let rows = try await postgres.query("SELECT \(SwapRows.driver) FROM drivers d WHERE d.id = ANY(\(ids))")
        return try Dictionary(rows.map(SwapRows.driver).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    static func driverConditions(active: Bool?, now: Date) -> SQL {
        guard let active else { return "true" }
        let isActive: SQL = "(d.started_at <= \(now) AND (d.ended_at IS NULL OR d.ended_at > \(now)))"
        return active ? isActive : "NOT \(isActive)"
    }

    public func driversPage(afterID: Int?, limit: Int, active: Bool?, now: Date) async throws -> [Driver] {
        try await postgres.query("""
            SELECT \(SwapRows.driver) FROM drivers d WHERE d.id > \(afterID ?? 0) AND \(Self.driverConditions(active: active, now: now))
            ORDER BY d.id LIMIT \(limit)
            """).map(SwapRows.driver)
    }

    public func driverCount(active: Bool?, now: Date) async throws -> Int {
        try await postgres.query("SELECT count(*) FROM drivers d WHERE \(Self.driverConditions(active: active, now: now))").scalar(Int.self)
    }

    /// The driver riding each vehicle (the most recently started, when several were assigned).
    public func driversOfVehicles(_ vehicleIDs: [Int]) async throws -> [Int: Driver] {
        let rows = try await postgres.query("""
            SELECT DISTINCT ON (d.vehicle_id) \(SwapRows.driver) FROM drivers d WHERE d.vehicle_id = ANY(\(vehicleIDs))
            ORDER BY d.vehicle_id, (d.ended_at IS NULL) DESC, d.started_at DESC, d.id DESC
            """)
        var found: [Int: Driver] = [:]
        for driver in try rows.map(SwapRows.driver) { if let vehicle = driver.vehicleID { found[vehicle] = driver } }
        return found
    }

    public func vehicleStates(ids: [Int]) async throws -> [Int: VehicleState] {
        let rows = try await postgres.query("SELECT vehicle_id, odometer_km, battery_id FROM vehicle_states WHERE vehicle_id = ANY(\(ids))")
        var found: [Int: VehicleState] = [:]
        for row in rows {
            found[try row.decode(Int.self, column: "vehicle_id")] = VehicleState(odometerKm: try row.decode(Double.self, column: "odometer_km"),
                                                                                 batteryID: try row.decode(Int?.self, column: "battery_id"))
        }
        return found
    }

    // MARK: Swaps

    public func swaps(ids: [Int]) async throws -> [Int: SwapRecord] {
        let rows = try await postgres.query("SELECT \(SwapRows.swap) FROM swaps s WHERE s.id = ANY(\(ids))")
        return try Dictionary(rows.map(SwapRows.swap).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    public func swapsPage(_ filter: SwapFilter, afterID: Int?, limit: Int) async throws -> [SwapRecord] {
        try await postgres.query("""
            SELECT \(SwapRows.swap) FROM swaps s WHERE \(filter.conditions) AND \(SwapFilter.after(afterID))
            ORDER BY s.occurred_at, s.recorded_seq LIMIT \(limit)
            """).map(SwapRows.swap)
    }

    public func swapCount(_ filter: SwapFilter) async throws -> Int {
        try await postgres.query("SELECT count(*) FROM swaps s WHERE \(filter.conditions)").scalar(Int.self)
    }

    /// One page of swaps per parent (in time order) and each parent's total, in one statement.
    public func swapPages(of parent: SwapParent, ids: [Int], filter: SwapFilter, afterID: Int?,
                          limit: Int) async throws -> [Int: SwapPage] {
        // `total` counts every swap of the parent that passes the filter, before `after`; a
        // parent whose swaps all lie before `after` still gets one row (rank 0) with its total.
        let rows = try await postgres.query("""
            WITH x AS (
              SELECT k.id AS key_id, count(*) OVER (PARTITION BY k.id) AS total, \(SwapRows.swap)
              FROM unnest(\(ids)::bigint[]) AS k(id) JOIN swaps s ON \(parent.join) WHERE \(filter.conditions)
            ), page AS (
              SELECT x.*, row_number() OVER (PARTITION BY x.key_id ORDER BY x.occurred_at, x.recorded_seq) AS rank
              FROM x WHERE \(afterID.map { id -> SQL in "(x.occurred_at, x.recorded_seq) > (SELECT occurred_at, recorded_seq FROM swaps WHERE id = \(id))" } ?? "true")
            )
            SELECT * FROM page WHERE rank <= \(limit)
            UNION ALL
            SELECT DISTINCT ON (x.key_id) x.*, 0::bigint AS rank FROM x
            WHERE x.key_id NOT IN (SELECT key_id FROM page WHERE rank <= \(limit))
            ORDER BY key_id, rank
            """)
        var found: [Int: SwapPage] = [:]
        for row in rows {
            let key = try row.decode(Int.self, column: "key_id"), total = try row.decode(Int.self, column: "total")
            if found[key] == nil { found[key] = SwapPage(swaps: [], total: total) }
            if try row.decode(Int.self, column: "rank") > 0 { found[key]?.swaps.append(try SwapRows.swap(row)) }
        }
        return found
    }
}
