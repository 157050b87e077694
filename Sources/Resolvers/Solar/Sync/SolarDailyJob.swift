import Foundation
import Logging
import Storage

/// The daily sync (`solar.daily` jobs, one per UTC day): for every plant it queues a run of
/// yesterday and today, and a backfill run of the year before the oldest day queued so far,
/// until `historyYears` are covered. Each plant is handled in its own transaction and marked
/// with the day, so running the job again (after a crash) queues nothing twice.
public struct SolarDailyJob: JobHandler {
    public static let kind = "solar.daily"
    public var kind: String { Self.kind }
    public var backoff: RetryBackoff { settings.jobBackoff }

    let postgres: PostgresPool
    let settings: SolarSettings
    let logger: Logger

    public init(postgres: PostgresPool, settings: SolarSettings, logger: Logger) {
        self.postgres = postgres
        self.settings = settings
        self.logger = logger
    }

    /// The daily job of `now`'s UTC day, due `dailySyncOffsetSeconds` after midnight. Queued by
    /// every server; the unique key keeps one.
    public static func job(for now: Date, settings: SolarSettings) throws -> NewJob {
        let today = SolarTime.day(of: now)
        return NewJob(kind: kind, payload: try JSONB(encoding: Payload(day: today.description)),
                      runAt: SolarTime.start(of: today).addingTimeInterval(Double(settings.dailySyncOffsetSeconds)),
                      maxAttempts: settings.jobMaxAttempts, uniqueKey: "\(kind):\(today)")
    }

    struct Payload: Codable {
        var day: String
    }

    public func run(_ job: Job) async throws {
        let payload = try job.payload.decode(Payload.self)
        guard let today = CalendarDate(Substring(payload.day)) else { throw DailyJobError.badPayload(payload.day) }
        let ids = try await postgres.query("""
            SELECT id FROM plants WHERE daily_synced_on IS DISTINCT FROM \(today) ORDER BY id
            """).map { Int64(try $0.decode(Int.self, column: "id")) }
        var queued = 0
        for id in ids {
            try Task.checkCancellation()
            queued += try await queueRuns(plantID: id, today: today)
        }
        logger.info("daily solar sync queued", metadata: ["day": "\(today)", "plants": "\(ids.count)", "runs": "\(queued)"])
    }

    /// Queues one plant's runs for `today`; returns how many.
    func queueRuns(plantID: Int64, today: CalendarDate) async throws -> Int {
        let settings = settings
        let now = SolarTime.start(of: today).addingTimeInterval(Double(settings.dailySyncOffsetSeconds))
        return try await postgres.transaction { connection in
            let rows = try connection.query("""
                SELECT backfilled_from FROM plants WHERE id = \(Int(plantID)) AND daily_synced_on IS DISTINCT FROM \(today) FOR UPDATE
                """)
            guard let row = rows.first else { return 0 }
            let yesterday = SolarTime.adding(-1, to: today)
            _ = try PlantSyncRunRepository.queue(plantID: plantID, reason: .daily, from: yesterday, to: today, now: now,
                                                 settings: settings, on: connection)
            var count = 1
            let limit = SolarTime.years(settings.historyYears, before: today)
            let oldest = try row.decode(CalendarDate?.self, column: "backfilled_from") ?? yesterday
            var backfilledFrom = oldest
            if oldest > limit {
                let from = max(limit, SolarTime.years(settings.backfillYearsPerRun, before: oldest))
                _ = try PlantSyncRunRepository.queue(plantID: plantID, reason: .backfill, from: from, to: SolarTime.adding(-1, to: oldest),
                                                     now: now, settings: settings, on: connection)
                backfilledFrom = from
                count += 1
            }
            try connection.execute("""
                UPDATE plants SET daily_synced_on = \(today), backfilled_from = \(backfilledFrom) WHERE id = \(Int(plantID))
                """)
            return count
        }
    }

    public func attemptFailed(_ job: Job, error: any Error, final: Bool) async {
        logger.error("daily solar sync failed", metadata: ["job": "\(job.id)", "final": "\(final)", "error": "\(error)"])
    }

    enum DailyJobError: Error, CustomStringConvertible {
        case badPayload(String)
        var description: String {
            switch self {
            case let .badPayload(day): "solar.daily job with a day that is not YYYY-MM-DD: \(day)"
            }
        }
    }
}
