import Foundation
import Storage

/// All SQL of the parking domain (table `parking_sessions`, plates in `vehicles`).
public struct ParkingRepository: Sendable {
    public let postgres: PostgresPool

    public init(postgres: PostgresPool) {
        self.postgres = postgres
    }

    /// Session columns with the plate, as ``session(from:)`` reads them (`s` sessions, `v` vehicles).
    static let columns: SQL = """
        s.id, s.vehicle_id, v.plate, s.parked_at, s.charging_since, s.capacity_kwh, s.initial_charge_kwh, \
        s.desired_percent, s.charging_power_kw, s.left_at, s.departure_charge_kwh, s.version
        """

    /// Parks or updates every accepted line in one transaction, all at `nowMs`: a new plate
    /// becomes a vehicle; a plate already parked gets the new values and charging restarts
    /// now (its arrival stays). Returns the sessions in line order.
    public func park(_ lines: [ParkedVehicleLine], atMs nowMs: Int64) async throws -> [ParkingSession] {
        guard !lines.isEmpty else { return [] }
        let now = EpochMilliseconds.date(nowMs)
        let plates = lines.map(\.plate)
        let readyAt = lines.map { line in
            EpochMilliseconds.date(ChargingModel(chargingSinceMs: nowMs, initialChargeKWh: line.currentChargeKWh, capacityKWh: line.capacityKWh,
                                                 desiredPercent: line.desiredPercent, chargingPowerKW: line.chargingPowerKW).readyAtMs)
        }
        let upsert: SQL = """
            WITH input AS (
                SELECT * FROM unnest(\(plates)::text[], \(lines.map(\.currentChargeKWh))::float8[], \(lines.map(\.capacityKWh))::float8[],
                                     \(lines.map(\.desiredPercent))::float8[], \(lines.map(\.chargingPowerKW))::float8[],
                                     \(readyAt)::timestamptz[]) WITH ORDINALITY AS i(plate, charge, capacity, desired, power, ready_at, ord)
            ), upserted AS (
                INSERT INTO parking_sessions AS s (vehicle_id, parked_at, charging_since, capacity_kwh, initial_charge_kwh,
                                                   desired_percent, charging_power_kw, ready_at)
                SELECT v.id, \(now), \(now), i.capacity, i.charge, i.desired, i.power, i.ready_at
                FROM input i JOIN vehicles v ON v.plate = i.plate
                ORDER BY i.ord
                ON CONFLICT (vehicle_id) WHERE left_at IS NULL DO UPDATE SET
                    charging_since = EXCLUDED.charging_since, capacity_kwh = EXCLUDED.capacity_kwh,
                    initial_charge_kwh = EXCLUDED.initial_charge_kwh, desired_percent = EXCLUDED.desired_percent,
                    charging_power_kw = EXCLUDED.charging_power_kw, ready_at = EXCLUDED.ready_at,
                    version = nextval('parking_status_version')
                RETURNING s.*
            )
            SELECT \(Self.columns) FROM upserted s JOIN vehicles v ON v.id = s.vehicle_id
            """
        let rows = try await postgres.transaction { connection in
            try connection.execute("INSERT INTO vehicles (plate) SELECT unnest(\(plates)::text[]) ON CONFLICT (plate) DO NOTHING")
            return try connection.query(upsert)
        }
        let byPlate = Dictionary(try rows.map(Self.session(from:)).map { ($0.plate, $0) }, uniquingKeysWith: { a, _ in a })
        return plates.compactMap { byPlate[$0] }
    }

    /// Ends the open session of `plate` at `nowMs`, recording the charge the model gives then.
    /// Returns the closed session, or nil when the plate is unknown or not parked.
    public func depart(plate: String, atMs nowMs: Int64) async throws -> ParkingSession? {
        try await postgres.transaction { connection in
            let rows = try connection.query("""
                SELECT \(Self.columns) FROM parking_sessions s JOIN vehicles v ON v.id = s.vehicle_id
                WHERE v.plate = \(plate) AND s.left_at IS NULL FOR UPDATE OF s
                """)
            guard let row = rows.first else { return nil }
            var session = try Self.session(from: row)
            let charge = session.model.departureChargeKWh(atMs: nowMs)
            let updated = try connection.query("""
                UPDATE parking_sessions SET left_at = \(EpochMilliseconds.date(nowMs)), departure_charge_kwh = \(charge),
                    version = nextval('parking_status_version')
                WHERE id = \(Int(session.id)) RETURNING version
                """)
            session.leftAtMs = nowMs
            session.departureChargeKWh = charge
            session.version = Int64(try updated.scalar(Int.self))
            return session
        }
    }

    /// The open session of `plate`, or nil (the fallback when Redis cannot answer).
    public func openSession(plate: String) async throws -> ParkingSession? {
        let rows = try await postgres.query("""
            SELECT \(Self.columns) FROM parking_sessions s JOIN vehicles v ON v.id = s.vehicle_id
            WHERE v.plate = \(plate) AND s.left_at IS NULL
            """)
        return try rows.first.map(Self.session(from:))
    }

    /// The latest session of `plate`, open or not (where a subscription starts from).
    public func latestSession(plate: String) async throws -> ParkingSession? {
        let rows = try await postgres.query("""
            SELECT \(Self.columns) FROM parking_sessions s JOIN vehicles v ON v.id = s.vehicle_id
            WHERE v.plate = \(plate) ORDER BY s.version DESC LIMIT 1
            """)
        return try rows.first.map(Self.session(from:))
    }

    /// Open sessions by vehicle id, for loaders: one statement for any number of vehicles.
    public func openSessions(vehicleIDs: [Int64]) async throws -> [Int64: ParkingSession] {
        let rows = try await postgres.query("""
            SELECT \(Self.columns) FROM parking_sessions s JOIN vehicles v ON v.id = s.vehicle_id
            WHERE s.vehicle_id = ANY(\(vehicleIDs.map { Int($0) })) AND s.left_at IS NULL
            """)
        var found: [Int64: ParkingSession] = [:]
        for row in rows {
            let session = try Self.session(from: row)
            found[session.vehicleID] = session
        }
        return found
    }

    /// Each vehicle's sessions, newest arrival first, at most `limit` parked before `beforeMs`;
    /// one statement for any number of vehicles.
    public func history(vehicleIDs: [Int64], limit: Int, parkedBeforeMs beforeMs: Int64?) async throws -> [Int64: [ParkingSession]] {
        let before = beforeMs.map(EpochMilliseconds.date) ?? Date.distantFuture
        let rows = try await postgres.query("""
            SELECT \(Self.columns) FROM unnest(\(vehicleIDs.map { Int($0) })::bigint[]) AS k(vehicle_id)
            CROSS JOIN LATERAL (
                SELECT * FROM parking_sessions h WHERE h.vehicle_id = k.vehicle_id AND h.parked_at < \(before)
                ORDER BY h.parked_at DESC, h.id DESC LIMIT \(limit)
            ) s JOIN vehicles v ON v.id = s.vehicle_id
            ORDER BY s.vehicle_id, s.parked_at DESC, s.id DESC
            """)
        var found: [Int64: [ParkingSession]] = [:]
        for row in rows {
            let session = try Self.session(from: row)
            found[session.vehicleID, default: []].append(session)
        }
        return found
    }

    /// Which vehicles a page lists.
    public enum VehicleFilter: Sendable, Hashable {
        case all
        case parked(Bool)
        /// Parked and ready at this instant.
        case readyAt(Int64)
    }

    /// One page of vehicles ordered by id: `limit` rows after `afterID`.
    public func vehicles(_ filter: VehicleFilter, afterID: Int64?, limit: Int) async throws -> [VehicleRecord] {
        var sql: SQL = "SELECT \(VehicleRepository.columns) FROM vehicles WHERE " + Self.condition(filter)
        if let afterID { sql = sql + " AND id > \(Int(afterID))" }
        sql = sql + " ORDER BY id LIMIT \(limit)"
        return try await postgres.query(sql).map(VehicleRepository.vehicle(from:))
    }

    /// How many vehicles `filter` lists.
    public func count(_ filter: VehicleFilter) async throws -> Int {
        try await postgres.query("SELECT count(*) FROM vehicles WHERE " + Self.condition(filter)).scalar(Int.self)
    }

    static func condition(_ filter: VehicleFilter) -> SQL {
        switch filter {
        case .all: "true"
        case .parked(true): "EXISTS (SELECT 1 FROM parking_sessions s WHERE s.vehicle_id = vehicles.id AND s.left_at IS NULL)"
        case .parked(false): "NOT EXISTS (SELECT 1 FROM parking_sessions s WHERE s.vehicle_id = vehicles.id AND s.left_at IS NULL)"
        case let .readyAt(ms):
            "EXISTS (SELECT 1 FROM parking_sessions s WHERE s.vehicle_id = vehicles.id AND s.left_at IS NULL AND s.ready_at <= \(EpochMilliseconds.date(ms)))"
        }
    }

    /// Every plate's latest session: open ones, and those that left within `keepLeftMs` of
    /// `nowMs` (their departure is kept in Redis for a while so that late, older copies lose).
    public func latestSessions(nowMs: Int64, keepLeftMs: Int64) async throws -> [ParkingSession] {
        let since = EpochMilliseconds.date(nowMs - keepLeftMs)
        let rows = try await postgres.query("""
            SELECT DISTINCT ON (s.vehicle_id) \(Self.columns) FROM parking_sessions s JOIN vehicles v ON v.id = s.vehicle_id
            WHERE v.plate IS NOT NULL AND (s.left_at IS NULL OR s.left_at >= \(since))
            ORDER BY s.vehicle_id, s.version DESC
            """)
        return try rows.map(Self.session(from:))
    }

    /// Whether any vehicle is parked (for the demo data step).
    public func anyParked() async throws -> Bool {
        try await postgres.query("SELECT EXISTS (SELECT 1 FROM parking_sessions WHERE left_at IS NULL)").scalar(Bool.self)
    }

    /// Decodes a row selected with ``columns``.
    static func session(from row: PostgresRow) throws -> ParkingSession {
        let leftAt = try row.decode(Date?.self, column: "left_at")
        return ParkingSession(
            id: Int64(try row.decode(Int.self, column: "id")),
            vehicleID: Int64(try row.decode(Int.self, column: "vehicle_id")),
            plate: try row.decode(String?.self, column: "plate") ?? "",
            parkedAtMs: EpochMilliseconds.of(try row.decode(Date.self, column: "parked_at")),
            model: ChargingModel(chargingSinceMs: EpochMilliseconds.of(try row.decode(Date.self, column: "charging_since")),
                                 initialChargeKWh: try row.decode(Double.self, column: "initial_charge_kwh"),
                                 capacityKWh: try row.decode(Double.self, column: "capacity_kwh"),
                                 desiredPercent: try row.decode(Double.self, column: "desired_percent"),
                                 chargingPowerKW: try row.decode(Double.self, column: "charging_power_kw")),
            leftAtMs: leftAt.map(EpochMilliseconds.of),
            departureChargeKWh: try row.decode(Double?.self, column: "departure_charge_kwh"),
            version: Int64(try row.decode(Int.self, column: "version")))
    }
}
