import Foundation
import Storage

/// SQL of plants and their readings (tables `plants`, `plant_readings`).
public struct PlantRepository: Sendable {
    public let postgres: PostgresPool

    public init(postgres: PostgresPool) {
        self.postgres = postgres
    }

    static let columns: SQL = "id, name, created_at"

    /// Plants by id, for loaders: one statement for any number of ids.
    public func plants(ids: [Int64]) async throws -> [Int64: Plant] {
        let rows = try await postgres.query("SELECT \(Self.columns) FROM plants WHERE id = ANY(\(ids.map { Int($0) }))")
        return Dictionary(uniqueKeysWithValues: try rows.map { row in let p = try Self.plant(from: row); return (p.id, p) })
    }

    /// One page of plants ordered by id: `limit` rows after `afterID`.
    public func page(afterID: Int64?, limit: Int) async throws -> [Plant] {
        try await postgres.query("""
            SELECT \(Self.columns) FROM plants WHERE id > \(Int(afterID ?? 0)) ORDER BY id LIMIT \(limit)
            """).map(Self.plant(from:))
    }

    public func count() async throws -> Int {
        try await postgres.query("SELECT count(*) FROM plants").scalar(Int.self)
    }

    /// Inserts a plant and queues the sync of yesterday and today, in one transaction.
    /// - Throws: `SolarStoreError.nameTaken` when another plant has this name (any case).
    public func create(name: String, now: Date, settings: SolarSettings) async throws -> (Plant, PlantSyncRun) {
        let today = SolarTime.day(of: now), yesterday = SolarTime.adding(-1, to: today)
        do {
            return try await postgres.transaction { connection in
                let rows = try connection.query("""
                    INSERT INTO plants (name, created_at, updated_at, backfilled_from)
                    VALUES (\(name), \(now), \(now), \(yesterday)) RETURNING \(Self.columns)
                    """)
                let plant = try Self.plant(from: rows[0])
                let run = try PlantSyncRunRepository.queue(plantID: plant.id, reason: .created, from: yesterday, to: today,
                                                           now: now, settings: settings, on: connection)
                return (plant, run)
            }
        } catch let error as PostgresError where error.sqlState == .uniqueViolation {
            throw SolarStoreError.nameTaken
        }
    }

    /// Renames a plant; nil when there is no such plant.
    /// - Throws: `SolarStoreError.nameTaken` when another plant has this name.
    public func rename(id: Int64, to name: String, now: Date) async throws -> Plant? {
        do {
            let rows = try await postgres.query("""
                UPDATE plants SET name = \(name), updated_at = \(now) WHERE id = \(Int(id)) RETURNING \(Self.columns)
                """)
            return try rows.first.map(Self.plant(from:))
        } catch let error as PostgresError where error.sqlState == .uniqueViolation {
            throw SolarStoreError.nameTaken
        }
    }

    /// Deletes a plant with its readings and runs, and cancels the jobs of its open runs, in
    /// one transaction. Returns the ids of the runs that were open (nil: no such plant).
    public func delete(id: Int64, now: Date) async throws -> [Int64]? {
        try await postgres.transaction { connection in
            guard try !connection.query("SELECT id FROM plants WHERE id = \(Int(id)) FOR UPDATE").isEmpty else { return nil }
            let open = try connection.query("""
                SELECT id, job_id FROM plant_sync_runs WHERE plant_id = \(Int(id)) AND state IN ('QUEUED', 'RUNNING')
                """)
            let runIDs = try open.map { Int64(try $0.decode(Int.self, column: "id")) }
            let jobIDs = try open.compactMap { try $0.decode(Int?.self, column: "job_id").map(Int64.init) }
            try JobQueue.cancel(ids: jobIDs, reason: "cancelled: plant \(id) was deleted", now: now, on: connection)
            try connection.execute("DELETE FROM plants WHERE id = \(Int(id))")
            return runIDs
        }
    }

    /// The readings of each plant in [from, to] (inclusive days), by hour.
    public func readings(plantIDs: [Int64], from: CalendarDate, to: CalendarDate) async throws -> [Int64: [PlantReading]] {
        let rows = try await postgres.query("""
            SELECT plant_id, extract(epoch FROM hour)::bigint AS epoch, energy_expected, energy_observed,
                   irradiation_expected, irradiation_observed
            FROM plant_readings
            WHERE plant_id = ANY(\(plantIDs.map { Int($0) })) AND hour >= \(SolarTime.start(of: from))
              AND hour < \(SolarTime.start(of: SolarTime.adding(1, to: to)))
            ORDER BY plant_id, hour
            """)
        var found: [Int64: [PlantReading]] = [:]
        for row in rows {
            found[Int64(try row.decode(Int.self, column: "plant_id")), default: []].append(PlantReading(
                hourEpochSeconds: try row.decode(Int.self, column: "epoch"),
                energyExpected: try row.decode(Double.self, column: "energy_expected"),
                energyObserved: try row.decode(Double.self, column: "energy_observed"),
                irradiationExpected: try row.decode(Double.self, column: "irradiation_expected"),
                irradiationObserved: try row.decode(Double.self, column: "irradiation_observed")))
        }
        return found
    }

    /// Sums per period of each plant over [from, to] (inclusive days); every period of the
    /// range appears, empty ones with zero readings.
    public func report(plantIDs: [Int64], from: CalendarDate, to: CalendarDate,
                       granularity: ReportGranularity) async throws -> [Int64: [PlantReportRow]] {
        let rows = try await postgres.query("""
            SELECT plant_id, extract(epoch FROM date_trunc(\(granularity.truncation), hour, 'UTC'))::bigint AS period,
                   count(*) AS readings, sum(energy_expected) AS ee, sum(energy_observed) AS eo,
                   sum(irradiation_expected) AS ie, sum(irradiation_observed) AS io
            FROM plant_readings
            WHERE plant_id = ANY(\(plantIDs.map { Int($0) })) AND hour >= \(SolarTime.start(of: from))
              AND hour < \(SolarTime.start(of: SolarTime.adding(1, to: to)))
            GROUP BY plant_id, period
            """)
        var sums: [Int64: [Int: PlantReportRow]] = [:]
        for row in rows {
            let period = try row.decode(Int.self, column: "period")
            sums[Int64(try row.decode(Int.self, column: "plant_id")), default: [:]][period] = PlantReportRow(
                periodStartEpochSeconds: period, readings: try row.decode(Int.self, column: "readings"),
                energyExpected: try row.decode(Double.self, column: "ee"), energyObserved: try row.decode(Double.self, column: "eo"),
                irradiationExpected: try row.decode(Double.self, column: "ie"), irradiationObserved: try row.decode(Double.self, column: "io"))
        }
        let periods = ReportPeriods.starts(from: from, to: to, granularity: granularity)
        var report: [Int64: [PlantReportRow]] = [:]
        for id in plantIDs {
            let found = sums[id] ?? [:]
            report[id] = periods.map { start in
                found[start] ?? PlantReportRow(periodStartEpochSeconds: start, readings: 0, energyExpected: 0, energyObserved: 0,
                                               irradiationExpected: 0, irradiationObserved: 0)
            }
        }
        return report
    }

    /// Coverage, last success and error, and whether a run is open, per plant.
    public func syncStates(plantIDs: [Int64]) async throws -> [Int64: PlantSyncState] {
        let rows = try await postgres.query("""
            SELECT p.id, p.last_success_at, p.last_error,
                   (SELECT (min(r.hour) AT TIME ZONE 'UTC')::date FROM plant_readings r WHERE r.plant_id = p.id) AS covered_from,
                   (SELECT (max(r.hour) AT TIME ZONE 'UTC')::date FROM plant_readings r WHERE r.plant_id = p.id) AS covered_to,
                   EXISTS (SELECT 1 FROM plant_sync_runs s WHERE s.plant_id = p.id AND s.state IN ('QUEUED', 'RUNNING')) AS running
            FROM plants p WHERE p.id = ANY(\(plantIDs.map { Int($0) }))
            """)
        var states: [Int64: PlantSyncState] = [:]
        for row in rows {
            states[Int64(try row.decode(Int.self, column: "id"))] = PlantSyncState(
                coveredFrom: try row.decode(CalendarDate?.self, column: "covered_from"),
                coveredTo: try row.decode(CalendarDate?.self, column: "covered_to"),
                lastSuccessAt: try row.decode(Date?.self, column: "last_success_at"),
                lastError: try row.decode(String?.self, column: "last_error"),
                running: try row.decode(Bool.self, column: "running"))
        }
        return states
    }

    static func plant(from row: PostgresRow) throws -> Plant {
        Plant(id: Int64(try row.decode(Int.self, column: "id")), name: try row.decode(String.self, column: "name"),
              createdAt: try row.decode(Date.self, column: "created_at"))
    }
}

/// Why the plant tables refused a change.
public enum SolarStoreError: Error, Sendable, Equatable {
    /// Another plant has this name (names are unique regardless of case).
    case nameTaken
}

/// The periods of a report range.
enum ReportPeriods {
    /// Start (seconds since 1970) of every hour, day or month that overlaps [from, to].
    static func starts(from: CalendarDate, to: CalendarDate, granularity: ReportGranularity) -> [Int] {
        let first = from.daysSinceEpoch * 86_400, end = (to.daysSinceEpoch + 1) * 86_400
        switch granularity {
        case .hour: return Array(stride(from: first, to: end, by: 3600))
        case .day: return Array(stride(from: first, to: end, by: 86_400))
        case .month:
            var starts: [Int] = []
            var month = CalendarDate(year: from.year, month: from.month, day: 1)
            while month.daysSinceEpoch * 86_400 < end {
                starts.append(month.daysSinceEpoch * 86_400)
                month = month.month == 12 ? CalendarDate(year: month.year + 1, month: 1, day: 1)
                    : CalendarDate(year: month.year, month: month.month + 1, day: 1)
            }
            return starts
        }
    }
}
