import Foundation
import Logging
import Resolvers
import Storage

/// Assembles the job scheduler of a server process with the solar handlers: plant sync runs
/// and the daily sync, which it queues once per UTC day (every process tries; the job's unique
/// key keeps one).
enum SolarJobs {
    static func scheduler(postgres: PostgresPool, settings: SolarServerSettings, events: (any EventBus)?,
                          workerID: String = JobScheduler.defaultWorkerID(), now: @escaping @Sendable () -> Date = { Date() },
                          logger: Logger) -> JobScheduler {
        let solar = settings.solar
        var solarLogger = logger
        solarLogger[metadataKey: "component"] = "solar-sync"
        let client = MonitoringClient(baseURL: solar.monitoringURL, timeout: solar.requestTimeout)
        let handlers: [any JobHandler] = [
            PlantSyncJob(postgres: postgres, settings: solar, client: client, events: events, now: now, logger: solarLogger),
            SolarDailyJob(postgres: postgres, settings: solar, logger: solarLogger),
        ]
        let queue = JobQueue(postgres: postgres)
        let daily = settings.dailySync
        return JobScheduler(postgres: postgres, handlers: handlers, settings: settings.jobs, workerID: workerID, now: now,
                            periodic: { now in
                                if daily { try await queue.enqueue(try SolarDailyJob.job(for: now, settings: solar)) }
                            },
                            logger: logger)
    }

    /// The domain settings resolvers read (`SolarSettings`).
    static func domainSettings(_ settings: SolarServerSettings) -> DomainSettings {
        var domain = DomainSettings()
        domain[SolarSettings.self] = settings.solar
        return domain
    }
}
