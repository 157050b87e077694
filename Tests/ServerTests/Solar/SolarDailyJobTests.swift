import Foundation
import Logging
import Resolvers
import Storage
import Testing
import TestSupport
@testable import Server

/// The daily sync queues yesterday and today for every plant, walks history back a year per
/// day until the configured years are covered, and queues nothing twice for one day.
struct SolarDailyJobTests {
    @Test func walksHistoryBackYearByYear() async throws {
        try await TestDatabase.with { postgres in
            _ = try await AccountsTestServer.seed(postgres)
            var settings = SolarSettings()
            settings.historyYears = 2
            let created = SolarOperations.date("2025-01-02T12:00:00Z")
            let (plant, _) = try await PlantRepository(postgres: postgres).create(name: "Old", now: created, settings: settings)
            let daily = SolarDailyJob(postgres: postgres, settings: settings, logger: Logger(label: "test"))
            func runs() async throws -> [String] {
                try await postgres.query("""
                    SELECT reason || ' ' || from_day || '…' || to_day AS run FROM plant_sync_runs WHERE plant_id = \(Int(plant.id)) ORDER BY id
                    """).map { try $0.decode(String.self, column: "run") }
            }
            func runDaily(_ day: String, again: Bool = false) async throws {
                let job = try SolarDailyJob.job(for: SolarOperations.date("\(day)T05:00:00Z"), settings: settings)
                let id = try await JobQueue(postgres: postgres).enqueue(job)
                #expect((id == nil) == again, "one daily job per day")
                try await daily.run(Job(id: id ?? 0, kind: job.kind, payload: job.payload, attempts: 1, maxAttempts: 10,
                                        lockedBy: "t", lockedUntil: Date()))
            }
            try await runDaily("2025-01-03")
            try await runDaily("2025-01-03", again: true) // running the day again (after a crash) queues nothing
            try await runDaily("2025-01-04")
            try await runDaily("2025-01-05")
            #expect(try await runs() == [
                "CREATED 2025-01-01…2025-01-02",
                "DAILY 2025-01-02…2025-01-03", "BACKFILL 2024-01-01…2024-12-31",
                "DAILY 2025-01-03…2025-01-04", "BACKFILL 2023-01-04…2023-12-31",
                "DAILY 2025-01-04…2025-01-05",
            ])
            let jobs = try await postgres.query("SELECT count(*) FROM jobs WHERE kind = 'solar.sync'").scalar(Int.self)
            #expect(jobs == 6)
        }
    }
}
