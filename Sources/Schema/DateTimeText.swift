import CivilCalendar
import GraphQLEngine

/// `DateTime`: RFC 3339 with an offset in, UTC (`Z`) out.
public enum DateTimeText {
    /// "2026-03-01T10:30:00+02:00" → "2026-03-01T08:30:00Z" (a fraction of a second is kept).
    public static func normalize(_ text: String) throws(CoercionError) -> String {
        guard let seconds = epochSeconds(text) else {
            throw CoercionError("DateTime cannot represent \(GraphQLValue.string(text).inspected): expected an RFC 3339 date-time with offset, e.g. 2026-03-01T08:30:00Z.")
        }
        let bytes = Array(text.utf8)
        var fraction = ""
        if bytes.count > 19, bytes[19] == UInt8(ascii: ".") {
            var i = 20
            while i < bytes.count, (48...57).contains(bytes[i]) { i += 1 }
            fraction = "." + String(decoding: bytes[20..<i], as: UTF8.self)
        }
        return format(epochSeconds: seconds, fraction: fraction)
    }

    /// Whole seconds since 1970-01-01T00:00:00Z, or nil when `text` is not RFC 3339 with an offset.
    public static func epochSeconds(_ text: String) -> Int? {
        let b = Array(text.utf8)
        func number(_ from: Int, _ count: Int) -> Int? { decimal(b, from, count) }
        guard b.count >= 20, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"),
              b[10] == UInt8(ascii: "T") || b[10] == UInt8(ascii: "t"), b[13] == UInt8(ascii: ":"), b[16] == UInt8(ascii: ":"),
              let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
              let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
              CivilDays.isValid(year: year, month: month, day: day), hour < 24, minute < 60, second < 60
        else { return nil }
        var i = 19
        if b[i] == UInt8(ascii: ".") {
            i += 1
            let start = i
            while i < b.count, (48...57).contains(b[i]) { i += 1 }
            guard i > start, i < b.count else { return nil }
        }
        var offset = 0
        if b[i] == UInt8(ascii: "Z") || b[i] == UInt8(ascii: "z") {
            guard i + 1 == b.count else { return nil }
        } else {
            guard b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-"), i + 6 == b.count, b[i + 3] == UInt8(ascii: ":"),
                  let oh = number(i + 1, 2), let om = number(i + 4, 2), oh < 24, om < 60 else { return nil }
            offset = (oh * 60 + om) * 60 * (b[i] == UInt8(ascii: "-") ? -1 : 1)
        }
        return CivilDays.days(year: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60 + second - offset
    }

    /// Seconds since the epoch as `YYYY-MM-DDTHH:MM:SS[fraction]Z`.
    public static func format(epochSeconds: Int, fraction: String = "") -> String {
        let days = Int((Double(epochSeconds) / 86_400).rounded(.down))
        let secondOfDay = epochSeconds - days * 86_400
        let (y, m, d) = CivilDays.date(fromDays: days)
        return DateText.format(year: y, month: m, day: d) + "T" + two(secondOfDay / 3600) + ":" + two(secondOfDay % 3600 / 60)
            + ":" + two(secondOfDay % 60) + fraction + "Z"
    }

    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// The decimal number in `bytes[from ..< from + count]`; nil when that runs past the end or
    /// holds anything but ASCII digits.
    static func decimal<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, _ from: Int, _ count: Int) -> Int?
    where Bytes.Index == Int {
        guard from >= bytes.startIndex, from + count <= bytes.endIndex else { return nil }
        var n = 0
        for i in from..<(from + count) {
            guard (48...57).contains(bytes[i]) else { return nil }
            n = n * 10 + Int(bytes[i] - 48)
        }
        return n
    }
}

/// `Date` (YYYY-MM-DD) and `LocalTime` (HH:MM) text, and civil-calendar arithmetic.
public enum DateText {
    public static func normalize(_ text: String) throws(CoercionError) -> String {
        guard isCalendarDate(text) else {
            throw CoercionError("Date cannot represent \(GraphQLValue.string(text).inspected): expected a calendar date YYYY-MM-DD, e.g. 2026-03-01.")
        }
        return text
    }

    /// Whether `text` is exactly `YYYY-MM-DD` naming a day of the calendar (read byte by byte:
    /// every Date in a response passes through here).
    static func isCalendarDate(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { b -> Bool in
            guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return false }
            guard let year = DateTimeText.decimal(b, 0, 4), let month = DateTimeText.decimal(b, 5, 2),
                  let day = DateTimeText.decimal(b, 8, 2) else { return false }
            return CivilDays.isValid(year: year, month: month, day: day)
        }
    }

    static func format(year: Int, month: Int, day: Int) -> String {
        String(repeating: "0", count: max(0, 4 - String(year).count)) + "\(year)-" + DateTimeText.two(month) + "-" + DateTimeText.two(day)
    }
}

/// `LocalTime`: HH:MM, 24-hour.
public enum LocalTimeText {
    public static func normalize(_ text: String) throws(CoercionError) -> String {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCIIDigit) }),
              Int(parts[0])! < 24, Int(parts[1])! < 60 else {
            throw CoercionError("LocalTime cannot represent \(GraphQLValue.string(text).inspected): expected HH:MM (24-hour), e.g. 08:30.")
        }
        return text
    }
}
