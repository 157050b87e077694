import CivilCalendar
import Foundation
import Testing

/// CivilDays against Foundation's Gregorian calendar in UTC, an independent implementation.
struct CivilDaysTests {
    static let gregorian: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    @Test("every day from 1600 to 2400 has Foundation's date, and round-trips")
    func matchesFoundation() {
        let first = CivilDays.days(year: 1600, month: 1, day: 1)
        let last = CivilDays.days(year: 2400, month: 12, day: 31)
        #expect(first == -135_140)
        var mismatches: [Int] = []
        for day in first...last {
            let date = CivilDays.date(fromDays: day)
            let parts = Self.gregorian.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: Double(day) * 86_400))
            if parts.year != date.year || parts.month != date.month || parts.day != date.day
                || CivilDays.days(year: date.year, month: date.month, day: date.day) != day {
                mismatches.append(day)
            }
        }
        #expect(mismatches.isEmpty, "first mismatching day numbers: \(mismatches.prefix(5))")
    }

    @Test("the epoch, negative day numbers and the leap-year rules")
    func fixedPoints() {
        #expect(CivilDays.days(year: 1970, month: 1, day: 1) == 0)
        let eve = CivilDays.date(fromDays: -1)
        #expect(eve.year == 1969 && eve.month == 12 && eve.day == 31)
        #expect(CivilDays.days(year: 2000, month: 3, day: 1) - CivilDays.days(year: 2000, month: 2, day: 28) == 2)
        #expect(CivilDays.days(year: 1900, month: 3, day: 1) - CivilDays.days(year: 1900, month: 2, day: 28) == 1)
        #expect(CivilDays.isValid(year: 2024, month: 2, day: 29))
        #expect(!CivilDays.isValid(year: 2023, month: 2, day: 29))
        #expect(!CivilDays.isValid(year: 2100, month: 2, day: 29))
        #expect(!CivilDays.isValid(year: 2024, month: 13, day: 1))
        #expect(!CivilDays.isValid(year: 2024, month: 4, day: 31))
        #expect(!CivilDays.isValid(year: 2024, month: 4, day: 0))
    }
}
