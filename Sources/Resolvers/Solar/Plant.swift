import Foundation
import Storage

/// A solar plant; its readings come from the monitoring service under `plant-id` = ``id``.
public struct Plant: Sendable, Hashable {
    public let id: Int64
    public let name: String
    public let createdAt: Date

    public var globalID: String { GlobalID("Plant", id).encoded }
}

/// One hour of a plant: expected and observed energy (kWh) and irradiation.
public struct PlantReading: Sendable, Hashable {
    /// Start of the hour, seconds since 1970 (UTC).
    public let hourEpochSeconds: Int
    public let energyExpected: Double
    public let energyObserved: Double
    public let irradiationExpected: Double
    public let irradiationObserved: Double

    public init(hourEpochSeconds: Int, energyExpected: Double, energyObserved: Double,
                irradiationExpected: Double, irradiationObserved: Double) {
        self.hourEpochSeconds = hourEpochSeconds
        self.energyExpected = energyExpected
        self.energyObserved = energyObserved
        self.irradiationExpected = irradiationExpected
        self.irradiationObserved = irradiationObserved
    }
}

/// `ReportGranularity`.
public enum ReportGranularity: String, Sendable, Hashable, CaseIterable {
    case hour = "HOUR"
    case day = "DAY"
    case month = "MONTH"

    /// The `date_trunc` field of this granularity.
    var truncation: String { rawValue.lowercased() }
}

/// One period of a report: sums of the four quantities and the count of readings.
public struct PlantReportRow: Sendable, Hashable {
    /// Start of the hour, day or month, seconds since 1970 (UTC).
    public let periodStartEpochSeconds: Int
    public let readings: Int
    public let energyExpected: Double
    public let energyObserved: Double
    public let irradiationExpected: Double
    public let irradiationObserved: Double

    /// Observed over expected energy; nil when nothing was expected.
    public var performanceRatio: Double? {
        energyExpected > 0 ? energyObserved / energyExpected : nil
    }
}

/// `SyncRunState`.
public enum SyncRunState: String, Sendable, Hashable {
    case queued = "QUEUED", running = "RUNNING", succeeded = "SUCCEEDED", failed = "FAILED"

    public var isFinished: Bool { self == .succeeded || self == .failed }
}

/// Why a run was queued.
public enum SyncRunReason: String, Sendable, Hashable {
    case created = "CREATED", daily = "DAILY", backfill = "BACKFILL", manual = "MANUAL"
}

/// A sync of [from, to] for one plant, with its progress.
public struct PlantSyncRun: Sendable, Hashable {
    public let id: Int64
    public let plantID: Int64
    public let jobID: Int64?
    public let reason: SyncRunReason
    public let from: CalendarDate
    public let to: CalendarDate
    /// The first day not yet stored.
    public let nextDay: CalendarDate
    public let state: SyncRunState
    public let attempts: Int
    public let readingsStored: Int
    public let recordsRejected: Int
    public let error: String?
    public let startedAt: Date?
    public let finishedAt: Date?

    public var globalID: String { GlobalID("PlantSyncRun", id).encoded }
}

/// `PlantSyncState`: what is stored and how the last syncs went.
public struct PlantSyncState: Sendable, Hashable {
    public let coveredFrom: CalendarDate?
    public let coveredTo: CalendarDate?
    public let lastSuccessAt: Date?
    public let lastError: String?
    public let running: Bool
}

/// Inclusive day ranges and UTC timestamps, as the solar API uses them.
public enum SolarTime {
    /// `YYYY-MM-DDTHH:MM:SSZ` of seconds since 1970.
    public static func dateTime(epochSeconds: Int) -> String {
        let days = Int((Double(epochSeconds) / 86_400).rounded(.down))
        let rest = epochSeconds - days * 86_400
        return CalendarDate(daysSinceEpoch: days).description + "T" + two(rest / 3600) + ":" + two(rest % 3600 / 60) + ":"
            + two(rest % 60) + "Z"
    }

    /// RFC 3339 of a `Date`, in UTC, whole seconds.
    public static func dateTime(_ date: Date) -> String {
        dateTime(epochSeconds: Int(date.timeIntervalSince1970.rounded(.down)))
    }

    /// The UTC day of an instant.
    public static func day(of date: Date) -> CalendarDate {
        CalendarDate(daysSinceEpoch: Int((date.timeIntervalSince1970 / 86_400).rounded(.down)))
    }

    /// 00:00 UTC of a day.
    public static func start(of day: CalendarDate) -> Date {
        Date(timeIntervalSince1970: Double(day.daysSinceEpoch) * 86_400)
    }

    /// The day `n` days after (or before, when negative) `day`.
    public static func adding(_ n: Int, to day: CalendarDate) -> CalendarDate {
        CalendarDate(daysSinceEpoch: day.daysSinceEpoch + n)
    }

    /// The same day `years` years earlier (29 February becomes 28 February).
    public static func years(_ years: Int, before day: CalendarDate) -> CalendarDate {
        let year = day.year - years
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        return CalendarDate(year: year, month: day.month, day: day.month == 2 && day.day == 29 && !leap ? 28 : day.day)
    }

    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
