import CivilCalendar
import Foundation

/// Reads the meter files' local times, `dd/MM/yyyy HH:mm:ss` or `d/MM/yyyy H:mm`, in the
/// meter's time zone, and turns them into UTC instants (the time of day is kept).
public struct MeterTimestampParser: Sendable {
    public let timeZone: TimeZone
    private let isUTC: Bool

    public init(timeZone: TimeZone) {
        self.timeZone = timeZone
        self.isUTC = timeZone.secondsFromGMT() == 0 && timeZone.nextDaylightSavingTimeTransition == nil
    }

    /// The instant of `text`, or nil when it is not a valid date and time in either form.
    public func parse(_ text: some StringProtocol) -> Date? {
        guard let local = Self.localSeconds(text) else { return nil }
        return Date(timeIntervalSince1970: Double(utcSeconds(fromLocal: local)))
    }

    /// Seconds since 1970 of a local wall-clock time given as seconds since 1970 "in the zone".
    ///
    /// A wall-clock time that occurs twice (clocks going back) is read as one of its two
    /// instants; one skipped by clocks going forward is read with one of the two offsets.
    func utcSeconds(fromLocal local: Int) -> Int {
        if isUTC { return local }
        let guess = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(local)))
        let candidate = local - guess
        let actual = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(candidate)))
        if actual == guess { return candidate }
        let earlier = local - actual
        return timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(earlier))) == actual ? earlier : candidate
    }

    /// The wall-clock time of `text` as seconds since 1970 as if it were UTC, or nil.
    static func localSeconds(_ text: some StringProtocol) -> Int? {
        let bytes = Array(text.trimmingSpaces.utf8)
        var index = 0
        /// Reads 1...maxDigits digits, then expects `terminator` (or the end when nil).
        func number(maxDigits: Int, minDigits: Int = 1) -> Int? {
            var value = 0, count = 0
            while index < bytes.count, count < maxDigits, (48...57).contains(bytes[index]) {
                value = value * 10 + Int(bytes[index] - 48)
                index += 1
                count += 1
            }
            return count >= minDigits ? value : nil
        }
        func expect(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }
        guard let day = number(maxDigits: 2), expect(UInt8(ascii: "/")),
              let month = number(maxDigits: 2), expect(UInt8(ascii: "/")),
              let year = number(maxDigits: 4, minDigits: 4), expect(UInt8(ascii: " ")),
              let hour = number(maxDigits: 2), expect(UInt8(ascii: ":")),
              let minute = number(maxDigits: 2, minDigits: 2)
        else { return nil }
        var second = 0
        if index < bytes.count {
            guard expect(UInt8(ascii: ":")), let value = number(maxDigits: 2, minDigits: 2) else { return nil }
            second = value
        }
        guard index == bytes.count, CivilDays.isValid(year: year, month: month, day: day),
              hour < 24, minute < 60, second < 60 else { return nil }
        return CivilDays.days(year: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60 + second
    }
}
