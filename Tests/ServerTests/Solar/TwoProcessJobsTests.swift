import Foundation
import Logging
import MonitoringSimulatorKit
import Resolvers
import Storage
import Testing
import TestSupport
@testable import Server

/// Two real `energygraph serve` processes (the built executable) share one database: they run
/// 26 sync jobs; one process is killed (SIGKILL) in the middle of a run, and the other takes
/// its jobs once their leases expire. Every hour ends up stored once, and the simulator saw each
/// chunk asked once, except chunks in flight at the kill (asked at most twice).
@Suite(.serialized) struct TwoProcessJobsTests {
    /// `.build/debug/energygraph` of this checkout.
    static func executable() throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let path = root.appendingPathComponent(".build/debug/energygraph").path
        guard FileManager.default.isExecutableFile(atPath: path) else { throw MissingExecutable(path: path) }
        return path
    }

    struct MissingExecutable: Error, CustomStringConvertible {
        let path: String
        var description: String { "\(path) is missing: run swift build --build-tests first" }
    }

    @Test("a killed process's job is finished by the other after its lease; each chunk is asked once, or twice if in flight")
    func killOneProcessMidRun() async throws {
        let binary = try Self.executable()
        let database = try await TestDatabase.create()
        let pool = database.pool(size: 2)
        do {
            try await run(binary: binary, database: database, pool: pool)
        } catch {
            await pool.shutdown()
            try? await database.drop()
            throw error
        }
        await pool.shutdown()
        try await database.drop()
    }

    func run(binary: String, database: TestDatabase, pool: PostgresPool) async throws {
        _ = try await AccountsTestServer.seed(pool)
        let options = SimulatorOptions(failureRate: 1, failureModes: [.slow], slowDelay: .milliseconds(120))
        try await RunningSimulator.with(options) { simulator, url in
            var settings = SolarSettings()
            settings.chunkDays = 7
            let now = SolarOperations.date("2025-01-02T12:00:00Z")
            var plants: [Int64] = []
            for name in ["East", "West"] {
                let (plant, _) = try await PlantRepository(postgres: pool).create(name: name, now: now, settings: settings)
                plants.append(plant.id)
                for month in 1...12 {
                    let from = CalendarDate(year: 2024, month: month, day: 1)
                    let next = month == 12 ? CalendarDate(year: 2025, month: 1, day: 1) : CalendarDate(year: 2024, month: month + 1, day: 1)
                    _ = try await PlantSyncRunRepository(postgres: pool).queue(plantID: plant.id, reason: .manual, from: from,
                                                                               to: SolarTime.adding(-1, to: next), now: now, settings: settings)
                }
            }
            let arguments = [binary, "serve", "--database-url", database.url, "--redis-url", TestServices.redisURL,
                             "--host", "127.0.0.1", "--port", "0", "--auto-migrate", "false", "--monitoring-url", url,
                             "--solar-chunk-days", "7", "--solar-daily-sync", "false", "--solar-retry-base", "0.01",
                             "--solar-retry-max", "0.1", "--jobs-workers", "2", "--jobs-poll-interval", "0.1", "--jobs-lease", "2",
                             "--log-level", "warning"]
            let a = try ProcessRunner.start(arguments)
            let b = try ProcessRunner.start(arguments)
            var bAlive = true
            do {
                // Kill A while it holds a job whose run has stored some chunks but not all.
                try await SolarTestServer.waitUntil(timeout: .seconds(60), what: "process A has finished a job and is in the middle of another") {
                    try await pool.query("""
                        SELECT count(*) FROM jobs j JOIN plant_sync_runs r ON r.job_id = j.id
                        WHERE j.state = 'running' AND j.locked_by LIKE \("%:\(a):%") AND r.next_day > r.from_day
                          AND EXISTS (SELECT 1 FROM jobs d WHERE d.state = 'succeeded' AND d.locked_by LIKE \("%:\(a):%"))
                        """).scalar(Int.self) > 0
                }
                kill(a, SIGKILL)
                _ = await ProcessRunner.wait(for: a)
                let orphaned = try await pool.query("""
                    SELECT id FROM jobs WHERE state = 'running' AND locked_by LIKE \("%:\(a):%")
                    """).map { try $0.decode(Int.self, column: "id") }
                #expect(!orphaned.isEmpty)

                try await SolarTestServer.waitUntil(timeout: .seconds(120), what: "every run succeeds") {
                    try await pool.query("SELECT count(*) FROM plant_sync_runs WHERE state = 'SUCCEEDED'").scalar(Int.self) == 26
                }
                kill(b, SIGTERM)
                let status = await ProcessRunner.wait(for: b)
                bAlive = false
                #expect(status == 0, "process B exits cleanly on SIGTERM")

                // The orphaned jobs: taken again by B (second attempt); every other job ran once.
                for id in orphaned {
                    let job = try await pool.query("SELECT attempts, locked_by, state FROM jobs WHERE id = \(id)")
                    #expect(try job[0].decode(Int.self, column: "attempts") == 2)
                    #expect(try job[0].decode(String.self, column: "locked_by").contains(":\(b):"))
                    #expect(try job[0].decode(String.self, column: "state") == "succeeded")
                }
                let others = try await pool.query("""
                    SELECT count(*) FROM jobs WHERE attempts <> 1 AND NOT (id = ANY(\(orphaned)))
                    """).scalar(Int.self)
                #expect(others == 0)
                let workers = try await pool.query("SELECT count(DISTINCT split_part(locked_by, ':', 2)) FROM jobs").scalar(Int.self)
                #expect(workers == 2, "both processes ran jobs")

                // Every hour of 2024 once per plant.
                for id in plants {
                    let stored = try await pool.query("""
                        SELECT count(*) AS n, count(DISTINCT hour) AS d FROM plant_readings
                        WHERE plant_id = \(Int(id)) AND hour >= '2024-01-01T00:00:00Z' AND hour < '2025-01-01T00:00:00Z'
                        """)
                    #expect(try stored[0].decode(Int.self, column: "n") == 366 * 24)
                    #expect(try stored[0].decode(Int.self, column: "d") == 366 * 24)
                }
                // The simulator: every chunk asked, once, except at most one chunk per orphaned job.
                let expectedChunks = try await pool.query("""
                    SELECT sum(ceil((to_day - from_day + 1) / 7.0))::bigint FROM plant_sync_runs
                    """).scalar(Int.self)
                let queries = simulator.log.byQuery
                #expect(queries.count == expectedChunks)
                #expect(queries.values.filter { $0.requests == 2 }.count <= orphaned.count)
                #expect(queries.values.allSatisfy { $0.requests <= 2 })
            } catch {
                kill(a, SIGKILL)
                if bAlive { kill(b, SIGKILL) }
                _ = await ProcessRunner.wait(for: a)
                if bAlive { _ = await ProcessRunner.wait(for: b) }
                throw error
            }
        }
    }
}
