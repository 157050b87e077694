import Foundation

/// A time of day as minutes after midnight, written HH:MM (the `LocalTime` scalar).
public struct LocalTimeOfDay: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let minutes: Int

    public init?(minutes: Int) {
        guard (0..<24 * 60).contains(minutes) else { return nil }
        self.minutes = minutes
    }

    /// Parses "HH:MM" (also "HH:MM:SS" with zero seconds, as PostgreSQL prints `time`).
    public init?(_ text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), parts.allSatisfy({ $0.count == 2 && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let hours = Int(parts[0]), let minutes = Int(parts[1]), hours < 24, minutes < 60,
              parts.count == 2 || parts[2] == "00" else { return nil }
        self.minutes = hours * 60 + minutes
    }

    public var description: String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return two(minutes / 60) + ":" + two(minutes % 60)
    }

    public static func < (lhs: LocalTimeOfDay, rhs: LocalTimeOfDay) -> Bool { lhs.minutes < rhs.minutes }
}

/// A pile's daily opening hours in its time zone; no overnight hours (`opensAt < closesAt`).
public struct OpeningHours: Sendable, Hashable {
    public let opensAt: LocalTimeOfDay
    public let closesAt: LocalTimeOfDay
    public let timeZone: TimeZone
    /// The zone's name as the pile gives it (Foundation may call UTC "GMT").
    public let zoneName: String

    public init(opensAt: LocalTimeOfDay, closesAt: LocalTimeOfDay, timeZone: TimeZone, zoneName: String? = nil) {
        self.opensAt = opensAt
        self.closesAt = closesAt
        self.timeZone = timeZone
        self.zoneName = zoneName ?? timeZone.identifier
    }

    /// Whether [start, end] lies on one local day inside the hours: opensAt ≤ start and end ≤ closesAt.
    public func contains(start: Date, end: Date) -> Bool {
        guard opensAt < closesAt, start < end else { return false }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let dayOfStart = calendar.startOfDay(for: start), dayOfEnd = calendar.startOfDay(for: end)
        guard dayOfStart == dayOfEnd else { return false }
        let startSeconds = start.timeIntervalSince(dayOfStart), endSeconds = end.timeIntervalSince(dayOfEnd)
        // Seconds since local midnight; on a day with a DST change the wall clock differs from
        // elapsed time, so compare the wall clock.
        let startClock = wallClockSeconds(start, calendar: calendar) ?? startSeconds
        let endClock = wallClockSeconds(end, calendar: calendar) ?? endSeconds
        return startClock >= Double(opensAt.minutes * 60) && endClock <= Double(closesAt.minutes * 60)
    }

    private func wallClockSeconds(_ date: Date, calendar: Calendar) -> Double? {
        let parts = calendar.dateComponents([.hour, .minute, .second, .nanosecond], from: date)
        guard let h = parts.hour, let m = parts.minute, let s = parts.second else { return nil }
        return Double(h * 3600 + m * 60 + s) + Double(parts.nanosecond ?? 0) / 1e9
    }
}
