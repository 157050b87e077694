import CivilCalendar

/// A day without a time or zone: PostgreSQL's `date`.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` (digits only, one or more per field); nil if malformed. Byte by byte:
    /// every `date` column of a result goes through here.
    public init?(_ text: Substring) {
        var text = text
        let fields = text.withUTF8 { bytes -> (Int, Int, Int)? in
            var values = (0, 0, 0)
            var field = 0
            var digits = 0
            for byte in bytes {
                if byte == UInt8(ascii: "-") {
                    guard digits > 0, field < 2 else { return nil }
                    field += 1
                    digits = 0
                    continue
                }
                guard (48...57).contains(byte), digits < 9 else { return nil }
                digits += 1
                let digit = Int(byte - 48)
                switch field {
                case 0: values.0 = values.0 * 10 + digit
                case 1: values.1 = values.1 * 10 + digit
                default: values.2 = values.2 * 10 + digit
                }
            }
            return field == 2 && digits > 0 ? values : nil
        }
        guard let (year, month, day) = fields, (1...12).contains(month), (1...31).contains(day) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Days since 1970-01-01 (negative before), in the proleptic Gregorian calendar.
    public var daysSinceEpoch: Int { CivilDays.days(year: year, month: month, day: day) }

    /// The date `days` after 1970-01-01.
    public init(daysSinceEpoch days: Int) {
        let date = CivilDays.date(fromDays: days)
        self.init(year: date.year, month: date.month, day: date.day)
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}

extension CalendarDate: PostgresEncodable, PostgresDecodable {
    public static var postgresTypeOID: UInt32 { PostgresOID.date }
    public static var postgresArrayTypeOID: UInt32 { PostgresOID.dateArray }
    public var postgresText: String? { description }

    /// Reads `date` columns (ISO output style).
    public static func decode(postgresText text: Substring) throws -> CalendarDate {
        guard let date = CalendarDate(text) else { throw PostgresDecodingFailure.invalidText(String(text)) }
        return date
    }
}
