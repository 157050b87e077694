import Foundation

extension Date: PostgresEncodable, PostgresDecodable {
    public static var postgresTypeOID: UInt32 { PostgresOID.timestamptz }
    public static var postgresArrayTypeOID: UInt32 { PostgresOID.timestamptzArray }

    /// ISO 8601 in UTC with microseconds: `2024-05-06T07:08:09.123456Z`.
    public var postgresText: String? {
        let micros = Int((timeIntervalSince1970 * 1_000_000).rounded())
        let (days, microsOfDay) = micros.quotientAndRemainder(dividingBy: 86_400_000_000)
        let (dayShift, dayMicros) = microsOfDay < 0 ? (-1, microsOfDay + 86_400_000_000) : (0, microsOfDay)
        let date = CalendarDate(daysSinceEpoch: days + dayShift)
        let seconds = dayMicros / 1_000_000
        let fraction = String(dayMicros % 1_000_000)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
        return "\(date)T\(two(seconds / 3600)):\(two(seconds / 60 % 60)):\(two(seconds % 60))."
            + String(repeating: "0", count: 6 - fraction.count) + fraction + "Z"
    }

    /// Reads `timestamptz` output in ISO style: `2024-05-06 07:08:09.123456+00` (any offset).
    public static func decode(postgresText text: Substring) throws -> Date {
        let invalid = PostgresDecodingFailure.invalidText(String(text))
        switch text {
        case "infinity": return .distantFuture
        case "-infinity": return .distantPast
        default: break
        }
        guard let space = text.firstIndex(where: { $0 == " " || $0 == "T" }),
              let day = CalendarDate(text[..<space])
        else { throw invalid }
        var rest = text[text.index(after: space)...]
        guard let zoneStart = rest.firstIndex(where: { $0 == "+" || $0 == "-" || $0 == "Z" }) else { throw invalid }
        let clock = rest[..<zoneStart]
        rest = rest[zoneStart...]
        let clockFields = clock.split(separator: ":")
        guard clockFields.count == 3, let hours = Int(clockFields[0]), let minutes = Int(clockFields[1]),
              let seconds = Double(clockFields[2])
        else { throw invalid }
        var offsetSeconds = 0
        if rest.first != "Z" {
            let sign = rest.first == "-" ? -1 : 1
            let zoneFields = rest.dropFirst().split(separator: ":")
            guard (1...3).contains(zoneFields.count) else { throw invalid }
            var multiplier = 3600
            for field in zoneFields {
                guard let value = Int(field) else { throw invalid }
                offsetSeconds += value * multiplier
                multiplier /= 60
            }
            offsetSeconds *= sign
        }
        let wholeSeconds = day.daysSinceEpoch * 86_400 + hours * 3600 + minutes * 60 - offsetSeconds
        return Date(timeIntervalSince1970: Double(wholeSeconds) + seconds)
    }
}
