import CivilCalendar
import Foundation

/// `DateTime` output for parking instants: RFC 3339 in UTC, with milliseconds only when they
/// are not zero (`2026-03-01T08:30:00Z`, `2026-03-01T11:40:54.546Z`). Written by hand because
/// `chargingStatus` is the polling hot path.
enum ParkingTimeText {
    static func text(ms: Int64) -> String {
        let (seconds, milli) = floorDivide(ms, 1000)
        let (days, secondOfDay) = floorDivide(seconds, 86_400)
        let (year, month, day) = CivilDays.date(fromDays: Int(days))
        var text = String(year) + "-" + pad(Int64(month), 2) + "-" + pad(Int64(day), 2) + "T" + pad(secondOfDay / 3600, 2) + ":"
            + pad(secondOfDay % 3600 / 60, 2) + ":" + pad(secondOfDay % 60, 2)
        if milli != 0 { text += "." + pad(milli, 3) }
        return text + "Z"
    }

    static func floorDivide(_ a: Int64, _ b: Int64) -> (Int64, Int64) {
        let q = a / b, r = a % b
        return r < 0 ? (q - 1, r + b) : (q, r)
    }

    static func pad(_ value: Int64, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    /// Milliseconds since 1970 of an RFC 3339 date-time (with or without a fraction), or nil.
    static func milliseconds(_ text: String) -> Int64? {
        let date = (try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text))
            ?? (try? Date.ISO8601FormatStyle().parse(text))
        return date.map(EpochMilliseconds.of)
    }
}
