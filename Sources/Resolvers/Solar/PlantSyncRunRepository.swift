import Foundation
import Storage

/// SQL of sync runs (`plant_sync_runs`) and of the progress a sync job records.
public struct PlantSyncRunRepository: Sendable {
    public let postgres: PostgresPool

    public init(postgres: PostgresPool) {
        self.postgres = postgres
    }

    static let columns: SQL = """
        id, plant_id, job_id, reason, from_day, to_day, next_day, state, attempts, readings_stored,
        records_rejected, error, started_at, finished_at
        """

    /// The job payload of a sync run.
    struct Payload: Codable {
        var runID: Int64
    }

    /// Inserts a QUEUED run and its `solar.sync` job, inside the caller's transaction.
    static func queue(plantID: Int64, reason: SyncRunReason, from: CalendarDate, to: CalendarDate, now: Date,
                      settings: SolarSettings, on connection: PostgresConnection) throws -> PlantSyncRun {
        let inserted = try connection.query("""
            INSERT INTO plant_sync_runs (plant_id, reason, from_day, to_day, next_day, created_at)
            VALUES (\(Int(plantID)), \(reason.rawValue), \(from), \(to), \(from), \(now)) RETURNING id
            """)
        let runID = Int64(try inserted[0].decode(Int.self, column: "id"))
        let jobID = try JobQueue.enqueue(NewJob(kind: PlantSyncJob.kind, payload: try JSONB(encoding: Payload(runID: runID)),
                                                runAt: now, maxAttempts: settings.jobMaxAttempts), on: connection)
        let rows = try connection.query("""
            UPDATE plant_sync_runs SET job_id = \(jobID.map { "\(Int($0))" } ?? "NULL" as SQL) WHERE id = \(Int(runID)) RETURNING \(Self.columns)
            """)
        return try Self.run(from: rows[0])
    }

    /// Queues a run of [from, to] for a plant; nil when there is no such plant.
    public func queue(plantID: Int64, reason: SyncRunReason, from: CalendarDate, to: CalendarDate, now: Date,
                      settings: SolarSettings) async throws -> PlantSyncRun? {
        try await postgres.transaction { connection in
            // A share lock: a concurrent deletePlant waits for this run (and then cancels it).
            guard try !connection.query("SELECT id FROM plants WHERE id = \(Int(plantID)) FOR SHARE").isEmpty else { return nil }
            return try Self.queue(plantID: plantID, reason: reason, from: from, to: to, now: now, settings: settings, on: connection)
        }
    }

    /// Runs by id, for loaders.
    public func runs(ids: [Int64]) async throws -> [Int64: PlantSyncRun] {
        let rows = try await postgres.query("SELECT \(Self.columns) FROM plant_sync_runs WHERE id = ANY(\(ids.map { Int($0) }))")
        return Dictionary(uniqueKeysWithValues: try rows.map { row in let r = try Self.run(from: row); return (r.id, r) })
    }

    /// The newest `first` runs of each plant, newest first: one statement for any number of plants.
    public func latestRuns(plantIDs: [Int64], first: Int) async throws -> [Int64: [PlantSyncRun]] {
        let rows = try await postgres.query("""
            SELECT \(Self.columns) FROM (
                SELECT *, row_number() OVER (PARTITION BY plant_id ORDER BY id DESC) AS position
                FROM plant_sync_runs WHERE plant_id = ANY(\(plantIDs.map { Int($0) }))) ranked
            WHERE position <= \(first) ORDER BY plant_id, id DESC
            """)
        var found: [Int64: [PlantSyncRun]] = [:]
        for row in rows {
            let run = try Self.run(from: row)
            found[run.plantID, default: []].append(run)
        }
        return found
    }

    // MARK: - What a sync job records

    /// Marks the run RUNNING (first start or a resumed attempt); nil when the run is gone (its
    /// plant was deleted) or already finished.
    func start(runID: Int64, now: Date) async throws -> PlantSyncRun? {
        let rows = try await postgres.query("""
            UPDATE plant_sync_runs SET state = 'RUNNING', started_at = coalesce(started_at, \(now))
            WHERE id = \(Int(runID)) AND state IN ('QUEUED', 'RUNNING') RETURNING \(Self.columns)
            """)
        return try rows.first.map(Self.run(from:))
    }

    /// Stores a chunk's readings and the run's progress in one transaction; nil when the run
    /// (or its plant) is gone, in which case nothing is stored.
    func storeChunk(runID: Int64, plantID: Int64, readings: [PlantReading], nextDay: CalendarDate, attempts: Int,
                    rejected: Int, now: Date) async throws -> PlantSyncRun? {
        try await postgres.transaction { connection in
            // Locks the run row; a deleted plant took its runs with it, so nothing is written.
            guard try !connection.query("SELECT id FROM plant_sync_runs WHERE id = \(Int(runID)) FOR UPDATE").isEmpty else { return nil }
            if !readings.isEmpty {
                try connection.execute("""
                    INSERT INTO plant_readings (plant_id, hour, energy_expected, energy_observed, irradiation_expected,
                                                irradiation_observed, fetched_at)
                    SELECT \(Int(plantID)), to_timestamp(t.epoch), t.ee, t.eo, t.ie, t.io, \(now)
                    FROM unnest(\(readings.map(\.hourEpochSeconds))::bigint[], \(readings.map(\.energyExpected))::float8[],
                                \(readings.map(\.energyObserved))::float8[], \(readings.map(\.irradiationExpected))::float8[],
                                \(readings.map(\.irradiationObserved))::float8[]) AS t(epoch, ee, eo, ie, io)
                    ON CONFLICT (plant_id, hour) DO UPDATE SET
                        energy_expected = EXCLUDED.energy_expected, energy_observed = EXCLUDED.energy_observed,
                        irradiation_expected = EXCLUDED.irradiation_expected,
                        irradiation_observed = EXCLUDED.irradiation_observed, fetched_at = EXCLUDED.fetched_at
                    """)
            }
            let rows = try connection.query("""
                UPDATE plant_sync_runs SET next_day = GREATEST(next_day, \(nextDay)), attempts = attempts + \(attempts),
                       readings_stored = readings_stored + \(readings.count), records_rejected = records_rejected + \(rejected)
                WHERE id = \(Int(runID)) RETURNING \(Self.columns)
                """)
            return try rows.first.map(Self.run(from:))
        }
    }

    /// Records a failed attempt of the run: its error, and FAILED when no attempt is left
    /// (QUEUED otherwise, waiting for the job's retry). Also the plant's last error.
    func recordFailure(runID: Int64, error: String, attempts: Int, rejected: Int, final: Bool, now: Date) async throws -> PlantSyncRun? {
        try await postgres.transaction { connection in
            let rows = try connection.query("""
                UPDATE plant_sync_runs SET error = \(error), attempts = attempts + \(attempts), records_rejected = records_rejected + \(rejected),
                       state = \(final ? "FAILED" : "QUEUED"), finished_at = \(final ? "\(now)" : "NULL" as SQL)
                WHERE id = \(Int(runID)) AND state IN ('QUEUED', 'RUNNING') RETURNING \(Self.columns)
                """)
            guard let run = try rows.first.map(Self.run(from:)) else { return nil }
            try connection.execute("UPDATE plants SET last_error = \(error) WHERE id = \(Int(run.plantID))")
            return run
        }
    }

    /// Marks the run SUCCEEDED and the plant's last success.
    func succeed(runID: Int64, now: Date) async throws -> PlantSyncRun? {
        try await postgres.transaction { connection in
            let rows = try connection.query("""
                UPDATE plant_sync_runs SET state = 'SUCCEEDED', finished_at = \(now), error = NULL
                WHERE id = \(Int(runID)) AND state IN ('QUEUED', 'RUNNING') RETURNING \(Self.columns)
                """)
            guard let run = try rows.first.map(Self.run(from:)) else { return nil }
            try connection.execute("UPDATE plants SET last_success_at = \(now), last_error = NULL WHERE id = \(Int(run.plantID))")
            return run
        }
    }

    static func run(from row: PostgresRow) throws -> PlantSyncRun {
        PlantSyncRun(
            id: Int64(try row.decode(Int.self, column: "id")), plantID: Int64(try row.decode(Int.self, column: "plant_id")),
            jobID: try row.decode(Int?.self, column: "job_id").map(Int64.init),
            reason: SyncRunReason(rawValue: try row.decode(String.self, column: "reason")) ?? .manual,
            from: try row.decode(CalendarDate.self, column: "from_day"), to: try row.decode(CalendarDate.self, column: "to_day"),
            nextDay: try row.decode(CalendarDate.self, column: "next_day"),
            state: SyncRunState(rawValue: try row.decode(String.self, column: "state")) ?? .failed,
            attempts: try row.decode(Int.self, column: "attempts"), readingsStored: try row.decode(Int.self, column: "readings_stored"),
            recordsRejected: try row.decode(Int.self, column: "records_rejected"), error: try row.decode(String?.self, column: "error"),
            startedAt: try row.decode(Date?.self, column: "started_at"), finishedAt: try row.decode(Date?.self, column: "finished_at"))
    }
}
