/// How plants are synced from the monitoring service and how large a range clients may ask for
/// (DOMAIN.md §3). The server fills it from its settings (`MONITORING_URL`, `SOLAR_*`).
public struct SolarSettings: Sendable, Hashable {
    /// Base URL of the monitoring service; `?plant-id=&from=&to=` is appended.
    public var monitoringURL = "http://127.0.0.1:8090/"
    /// Longest wait for one answer of the monitoring service.
    public var requestTimeout: Duration = .seconds(10)
    /// Days fetched per request (a run works chunk by chunk and records progress after each).
    public var chunkDays = 31
    /// Requests per chunk before the run's attempt fails (the job then retries later).
    public var chunkAttempts = 8
    /// Waits between requests of one chunk.
    public var chunkBackoff = RetryBackoff(base: .milliseconds(500), cap: .seconds(30))
    /// Attempts of a sync job before its run is FAILED.
    public var jobMaxAttempts = 10
    /// Waits between attempts of a sync job.
    public var jobBackoff = RetryBackoff(base: .seconds(5), cap: .seconds(600))
    /// Longest range of days for `syncPlant`, `Plant.readings` and `Plant.report`.
    public var maxRangeDays = 366
    /// Years of history the daily job walks back per run, and how far back it goes.
    public var backfillYearsPerRun = 1
    public var historyYears = 10
    /// Seconds after 00:00 UTC at which the daily sync is due.
    public var dailySyncOffsetSeconds = 3600

    public init() {}
}
