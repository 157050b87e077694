import Testing
@testable import Storage

/// `CalendarDate` read from PostgreSQL's ISO date text.
struct CalendarDateTests {
    @Test("YYYY-MM-DD text, also longer years and unpadded fields", arguments: [
        ("2024-02-29", CalendarDate(year: 2024, month: 2, day: 29)), ("1970-01-01", CalendarDate(year: 1970, month: 1, day: 1)),
        ("10000-12-31", CalendarDate(year: 10000, month: 12, day: 31)), ("2024-1-5", CalendarDate(year: 2024, month: 1, day: 5)),
    ])
    func parses(text: String, expected: CalendarDate) {
        #expect(CalendarDate(Substring(text)) == expected)
        #expect(CalendarDate(Substring(text))?.description == expected.description)
    }

    @Test("malformed text is nil", arguments: ["", "2024", "2024-01", "2024-01-01-01", "2024-13-01", "2024-00-10", "2024-01-32",
                                                "2024-01-00", "2024--01", "-2024-01-01", "2024-01-01 BC", "2024-01-0x", "+2024-01-01"])
    func refuses(text: String) {
        #expect(CalendarDate(Substring(text)) == nil)
    }

    @Test("a date inside a longer text (a Substring that does not start at 0)")
    func substring() {
        let text = "day=2026-11-22;"
        let inner = text.dropFirst(4).dropLast()
        #expect(CalendarDate(inner) == CalendarDate(year: 2026, month: 11, day: 22))
    }
}
