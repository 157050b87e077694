/// Calendar arithmetic on `YYYY-MM-DD` days in UTC (proleptic Gregorian), without Foundation.
public enum MonitoringDays {
    /// Days since 1970-01-01 of a `YYYY-MM-DD` text, or nil when it is not a valid date.
    public static func days(of text: String) -> Int? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), d >= 1, d <= daysInMonth(year: y, month: m) else { return nil }
        return daysFromCivil(year: y, month: m, day: d)
    }

    /// The `YYYY-MM-DD` text of a day number.
    public static func text(ofDay days: Int) -> String {
        let (y, m, d) = civil(fromDays: days)
        return "\(y)-\(two(m))-\(two(d))"
    }

    /// `YYYY-MM-DDTHH:00:00` of an hour (seconds since 1970), the service's datetime format.
    public static func dateTimeText(hourEpochSeconds: Int) -> String {
        let days = Int((Double(hourEpochSeconds) / 86_400).rounded(.down))
        let hour = (hourEpochSeconds - days * 86_400) / 3600
        return text(ofDay: days) + "T" + two(hour) + ":00:00"
    }

    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Howard Hinnant's days_from_civil.
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// Howard Hinnant's civil_from_days.
    static func civil(fromDays days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}
