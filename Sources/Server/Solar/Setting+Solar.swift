import Foundation
import Resolvers

/// The settings of plant syncs (DOMAIN.md §3) and of the job scheduler that runs them.
extension Setting {
    static let monitoringURL = Setting(
        option: "monitoring-url", environment: "MONITORING_URL", defaultValue: "http://127.0.0.1:8090/",
        help: "Base URL of the solar monitoring service (`?plant-id=&from=&to=` is appended); scripts/run.sh starts the simulator there.")
    static let monitoringTimeout = Setting(
        option: "monitoring-timeout", environment: "MONITORING_TIMEOUT", defaultValue: "10",
        help: "Seconds to wait for one answer of the monitoring service before retrying.")
    static let solarChunkDays = Setting(
        option: "solar-chunk-days", environment: "SOLAR_CHUNK_DAYS", defaultValue: "31",
        help: "Days asked of the monitoring service per request; progress is stored after each chunk, 1–366.")
    static let solarChunkAttempts = Setting(
        option: "solar-chunk-attempts", environment: "SOLAR_CHUNK_ATTEMPTS", defaultValue: "8",
        help: "Requests per chunk before a sync attempt fails and its job is retried later, 1–100.")
    static let solarRetryBase = Setting(
        option: "solar-retry-base", environment: "SOLAR_RETRY_BASE", defaultValue: "0.5",
        help: "Seconds of the first backoff between requests of a chunk (doubling, full jitter); sync jobs back off 10× as long.")
    static let solarRetryMax = Setting(
        option: "solar-retry-max", environment: "SOLAR_RETRY_MAX", defaultValue: "30",
        help: "Longest backoff in seconds between requests of a chunk (sync jobs: 20× as long).")
    static let solarJobAttempts = Setting(
        option: "solar-job-attempts", environment: "SOLAR_JOB_ATTEMPTS", defaultValue: "10",
        help: "Attempts of a sync job before its run is FAILED, 1–1000.")
    static let solarMaxRangeDays = Setting(
        option: "solar-max-range-days", environment: "SOLAR_MAX_RANGE_DAYS", defaultValue: "366",
        help: "Longest range of days for syncPlant, Plant.readings and Plant.report, 1–3660.")
    static let solarBackfillYears = Setting(
        option: "solar-backfill-years", environment: "SOLAR_BACKFILL_YEARS", defaultValue: "1",
        help: "Years of history the daily sync walks back per plant and day, 1–10.")
    static let solarHistoryYears = Setting(
        option: "solar-history-years", environment: "SOLAR_HISTORY_YEARS", defaultValue: "10",
        help: "Years of history the daily sync fills for every plant, 0–50.")
    static let solarDailySyncAt = Setting(
        option: "solar-daily-sync-at", environment: "SOLAR_DAILY_SYNC_AT", defaultValue: "01:00",
        help: "Time of day (UTC, HH:MM) at which the daily plant sync is due.")
    static let solarDailySync = Setting(
        option: "solar-daily-sync", environment: "SOLAR_DAILY_SYNC", defaultValue: "true",
        help: "Whether this process queues the daily plant sync (true/false); any one process suffices.")
    static let jobsWorkers = Setting(
        option: "jobs-workers", environment: "JOBS_WORKERS", defaultValue: "2",
        help: "Background jobs (plant syncs) this process runs at once; 0 runs none, 0–64.")
    static let jobsPollInterval = Setting(
        option: "jobs-poll-interval", environment: "JOBS_POLL_INTERVAL", defaultValue: "1",
        help: "Seconds an idle job worker waits before it looks for due jobs again.")
    static let jobsLease = Setting(
        option: "jobs-lease", environment: "JOBS_LEASE", defaultValue: "30",
        help: "Seconds a taken job stays with its worker without renewal; a dead worker's jobs are taken again after it.")

    /// The settings above, in the order the docs list them.
    static let solarSettings: [Setting] = [
        monitoringURL, monitoringTimeout, solarChunkDays, solarChunkAttempts, solarRetryBase, solarRetryMax,
        solarJobAttempts, solarMaxRangeDays, solarBackfillYears, solarHistoryYears, solarDailySyncAt, solarDailySync,
        jobsWorkers, jobsPollInterval, jobsLease,
    ]
}

/// The solar and job part of the configuration, resolved like every setting: an option's
/// value, else its environment variable, else its default.
struct SolarServerSettings: Sendable {
    var solar = SolarSettings()
    var jobs = JobScheduler.Settings()
    /// Whether this process queues the daily sync (tests that count requests turn it off).
    var dailySync = true

    init() {}

    /// - Throws: `ConfigurationError` naming the setting and what was expected.
    init(options: [String: String], environment: [String: String]) throws {
        func value(_ setting: Setting) -> (text: String, source: String) {
            if let text = options[setting.option] { return (text, "--\(setting.option)") }
            if let text = environment[setting.environment], !text.isEmpty { return (text, setting.environment) }
            return (setting.defaultValue ?? "", "default of \(setting.environment)")
        }
        func integer(_ setting: Setting, _ range: ClosedRange<Int>) throws -> Int {
            let (raw, source) = value(setting)
            guard let n = Int(raw.trimmingCharacters(in: .whitespaces)), range.contains(n) else {
                throw ConfigurationError(source: source, value: raw, expected: "an integer from \(range.lowerBound) to \(range.upperBound)")
            }
            return n
        }
        func seconds(_ setting: Setting) throws -> Duration {
            let (raw, source) = value(setting)
            guard let n = Double(raw.trimmingCharacters(in: .whitespaces)), n.isFinite, n > 0, n <= 86_400 else {
                throw ConfigurationError(source: source, value: raw, expected: "a number of seconds above 0, at most 86400")
            }
            return .milliseconds(Int64((n * 1000).rounded()))
        }
        let (url, urlSource) = value(.monitoringURL)
        guard let parsed = URL(string: url), ["http", "https"].contains(parsed.scheme?.lowercased() ?? ""), parsed.host != nil else {
            throw ConfigurationError(source: urlSource, value: url, expected: "an http:// or https:// URL")
        }
        solar.monitoringURL = url
        solar.requestTimeout = try seconds(.monitoringTimeout)
        solar.chunkDays = try integer(.solarChunkDays, 1...366)
        solar.chunkAttempts = try integer(.solarChunkAttempts, 1...100)
        let base = try seconds(.solarRetryBase), cap = try seconds(.solarRetryMax)
        solar.chunkBackoff = RetryBackoff(base: base, cap: cap)
        solar.jobBackoff = RetryBackoff(base: base * 10, cap: cap * 20)
        solar.jobMaxAttempts = try integer(.solarJobAttempts, 1...1000)
        solar.maxRangeDays = try integer(.solarMaxRangeDays, 1...3660)
        solar.backfillYearsPerRun = try integer(.solarBackfillYears, 1...10)
        solar.historyYears = try integer(.solarHistoryYears, 0...50)
        let (at, atSource) = value(.solarDailySyncAt)
        let parts = at.split(separator: ":")
        guard parts.count == 2, parts.allSatisfy({ $0.count == 2 }), let h = Int(parts[0]), let m = Int(parts[1]),
              (0...23).contains(h), (0...59).contains(m) else {
            throw ConfigurationError(source: atSource, value: at, expected: "a time of day HH:MM (UTC)")
        }
        solar.dailySyncOffsetSeconds = h * 3600 + m * 60
        let (daily, dailySource) = value(.solarDailySync)
        switch daily.lowercased() {
        case "true", "1", "yes": dailySync = true
        case "false", "0", "no": dailySync = false
        default: throw ConfigurationError(source: dailySource, value: daily, expected: "true or false")
        }
        jobs.workers = try integer(.jobsWorkers, 0...64)
        jobs.pollInterval = try seconds(.jobsPollInterval)
        jobs.lease = try seconds(.jobsLease)
    }
}
