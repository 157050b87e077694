import CivilCalendar

/// Calendar arithmetic on `YYYY-MM-DD` days in UTC (proleptic Gregorian), without Foundation.
public enum MonitoringDays {
    /// Days since 1970-01-01 of a `YYYY-MM-DD` text, or nil when it is not a valid date.
    public static func days(of text: String) -> Int? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              CivilDays.isValid(year: y, month: m, day: d) else { return nil }
        return CivilDays.days(year: y, month: m, day: d)
    }

    /// The `YYYY-MM-DD` text of a day number.
    public static func text(ofDay days: Int) -> String {
        let (y, m, d) = CivilDays.date(fromDays: days)
        return "\(y)-\(two(m))-\(two(d))"
    }

    /// `YYYY-MM-DDTHH:00:00` of an hour (seconds since 1970), the service's datetime format.
    public static func dateTimeText(hourEpochSeconds: Int) -> String {
        let days = Int((Double(hourEpochSeconds) / 86_400).rounded(.down))
        let hour = (hourEpochSeconds - days * 86_400) / 3600
        return text(ofDay: days) + "T" + two(hour) + ":00:00"
    }

    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
