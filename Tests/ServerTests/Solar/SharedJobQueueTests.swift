import Foundation
import Logging
import MonitoringSimulatorKit
import Resolvers
import Storage
import Testing
import TestSupport
@testable import Server

/// Two job worker instances, each with its own PostgreSQL pool (as two server processes would
/// have), sharing one database: every job runs once, and the job of a worker that dies is
/// taken again once its lease expires.
@Suite(.serialized) struct SharedJobQueueTests {
    typealias Ops = SolarOperations

    /// A fresh migrated database and a simulator; `body` gets the database and its URL.
    static func with(_ options: SimulatorOptions, _ body: (TestDatabase, MonitoringSimulator, SolarServerSettings) async throws -> Void) async throws {
        let database = try await TestDatabase.create()
        do {
            let setup = database.pool(size: 2)
            _ = try await AccountsTestServer.seed(setup)
            await setup.shutdown()
            try await RunningSimulator.with(options) { simulator, url in
                var settings = SolarTestServer.testSettings(simulatorURL: url)
                settings.jobs.workers = 2
                try await body(database, simulator, settings)
            }
            try await database.drop()
        } catch {
            try? await database.drop()
            throw error
        }
    }

    /// A scheduler with its own pool, running until its task is cancelled.
    static func worker(_ id: String, database: TestDatabase, settings: SolarServerSettings) -> (PostgresPool, Task<Void, any Error>) {
        let pool = database.pool(size: 8)
        var logger = Logger(label: "solar-test")
        logger.logLevel = .warning
        let scheduler = SolarJobs.scheduler(postgres: pool, settings: settings, events: nil, workerID: id, logger: logger)
        return (pool, Task { try await scheduler.run() })
    }

    @Test("two workers with separate pools run 39 sync jobs: each once, every hour stored")
    func eachJobOnce() async throws {
        try await Self.with(SimulatorOptions()) { database, simulator, settings in
            let pool = database.pool(size: 2)
            let now = Ops.date("2025-01-02T12:00:00Z")
            var plantIDs: [Int64] = []
            for name in ["A", "B", "C"] {
                let (plant, _) = try await PlantRepository(postgres: pool).create(name: name, now: now, settings: settings.solar)
                plantIDs.append(plant.id)
                for month in 1...12 {
                    let from = CalendarDate(year: 2024, month: month, day: 1)
                    let to = SolarTime.adding(-1, to: month == 12 ? CalendarDate(year: 2025, month: 1, day: 1) : CalendarDate(year: 2024, month: month + 1, day: 1))
                    _ = try await PlantSyncRunRepository(postgres: pool).queue(plantID: plant.id, reason: .manual, from: from, to: to, now: now, settings: settings.solar)
                }
            }
            let (poolA, a) = Self.worker("worker-a", database: database, settings: settings)
            let (poolB, b) = Self.worker("worker-b", database: database, settings: settings)
            try await SolarTestServer.waitUntil(timeout: .seconds(120), what: "all 39 jobs finish") {
                try await pool.query("SELECT count(*) FROM jobs WHERE kind = 'solar.sync' AND state = 'succeeded'").scalar(Int.self) == 39
            }
            a.cancel(); b.cancel()
            _ = await a.result; _ = await b.result
            await poolA.shutdown(); await poolB.shutdown()

            // Each job ran once: one request per run at the simulator, every run attempted once.
            let queries = simulator.log.byQuery
            #expect(queries.count == 39)
            #expect(queries.values.allSatisfy { $0.requests == 1 })
            let retaken = try await pool.query("""
                SELECT id || ' ' || attempts || ' ' || coalesce(locked_by, '-') || ' ' || coalesce(last_error, '-') || ' ' || started_at || ' ' || finished_at AS j
                FROM jobs WHERE attempts <> 1
                """).map { try $0.decode(String.self, column: "j") }
            #expect(retaken == [], "every job ran once")
            let workers = try await pool.query("SELECT DISTINCT locked_by FROM jobs ORDER BY locked_by").map { try $0.decode(String.self, column: "locked_by") }
            #expect(workers == ["worker-a", "worker-b"])
            for id in plantIDs {
                let stored = try await pool.query("""
                    SELECT count(*) FROM plant_readings WHERE plant_id = \(Int(id)) AND hour < '2025-01-01T00:00:00Z'
                    """).scalar(Int.self)
                #expect(stored == 366 * 24)
            }
            await pool.shutdown()
        }
    }

    @Test("a worker that dies mid-run loses its job when the lease expires; the other finishes it")
    func deadWorkersJobIsTakenAgain() async throws {
        let options = SimulatorOptions(failureRate: 1, failureModes: [.slow], slowDelay: .milliseconds(200))
        try await Self.with(options) { database, simulator, base in
            var settings = base
            settings.solar.chunkDays = 7
            settings.jobs.lease = .milliseconds(1500)
            settings.jobs.workers = 1
            let pool = database.pool(size: 2)
            let now = Ops.date("2025-01-02T12:00:00Z")
            let (plant, _) = try await PlantRepository(postgres: pool).create(name: "Quarter", now: now, settings: settings.solar)
            // Only the quarter's run: the creation run is taken out of the way.
            try await pool.execute("UPDATE jobs SET state = 'cancelled', finished_at = now()")
            try await pool.execute("DELETE FROM plant_sync_runs")
            let run = try #require(try await PlantSyncRunRepository(postgres: pool).queue(
                plantID: plant.id, reason: .manual, from: CalendarDate(year: 2024, month: 1, day: 1),
                to: CalendarDate(year: 2024, month: 3, day: 31), now: now, settings: settings.solar))

            let (poolA, a) = Self.worker("worker-a", database: database, settings: settings)
            try await SolarTestServer.waitUntil(timeout: .seconds(30), what: "worker A stores two chunks") {
                try await pool.query("SELECT next_day FROM plant_sync_runs WHERE id = \(Int(run.id))").scalar(CalendarDate.self)
                    >= CalendarDate(year: 2024, month: 1, day: 15)
            }
            // Worker A dies: its database connections go first, so it can neither write nor hand the job back.
            await poolA.shutdown()
            a.cancel()
            _ = await a.result
            let held = try await pool.query("SELECT locked_by, locked_until, attempts FROM jobs WHERE id = \(Int(run.jobID!))")
            #expect(try held[0].decode(String?.self, column: "locked_by") == "worker-a")
            let leaseEnd = try held[0].decode(Date.self, column: "locked_until")
            #expect(leaseEnd > Date())

            let (poolB, b) = Self.worker("worker-b", database: database, settings: settings)
            // The run is marked SUCCEEDED before the worker records the job's outcome, so wait for
            // both: cancelling B between the two writes would leave the job "running" (the lease
            // would hand it out again later, which is right, but not what this test looks at).
            try await SolarTestServer.waitUntil(timeout: .seconds(90), what: "worker B finishes the run and its job") {
                let runState = try await pool.query("SELECT state FROM plant_sync_runs WHERE id = \(Int(run.id))").scalar(String.self)
                let jobState = try await pool.query("SELECT state FROM jobs WHERE id = \(Int(run.jobID!))").scalar(String.self)
                return runState == "SUCCEEDED" && jobState == "succeeded"
            }
            b.cancel()
            _ = await b.result
            await poolB.shutdown()

            let job = try await pool.query("SELECT locked_by, attempts, started_at, state FROM jobs WHERE id = \(Int(run.jobID!))")
            #expect(try job[0].decode(String?.self, column: "locked_by") == "worker-b")
            #expect(try job[0].decode(Int.self, column: "attempts") == 2)
            #expect(try job[0].decode(String.self, column: "state") == "succeeded")
            #expect(try job[0].decode(Date.self, column: "started_at") >= leaseEnd, "worker B took the job only after A's lease ran out")
            // Every day once; at most the chunk in flight when A died was asked twice.
            let stored = try await pool.query("""
                SELECT count(*) AS n, count(DISTINCT hour) AS d FROM plant_readings WHERE plant_id = \(Int(plant.id))
                """)
            #expect(try stored[0].decode(Int.self, column: "n") == 91 * 24)
            #expect(try stored[0].decode(Int.self, column: "d") == 91 * 24)
            let chunks = simulator.log.byQuery
            #expect(chunks.count == 13)
            #expect(chunks.values.filter { $0.requests > 1 }.count <= 1)
            #expect(chunks.values.allSatisfy { $0.requests <= 2 })
            await pool.shutdown()
        }
    }
}
