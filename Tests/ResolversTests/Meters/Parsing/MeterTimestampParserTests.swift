import Foundation
import Resolvers
import Testing

/// Both time forms, invalid dates, and zones with daylight saving time.
struct MeterTimestampParserTests {
    static let utc = MeterTimestampParser(timeZone: .gmt)

    @Test("reads both forms in UTC", arguments: [
        ("31/08/2018 00:45:00", 1_535_676_300), ("12/09/2018 0:00", 1_536_710_400), ("1/09/2015 4:05", 1_441_080_300),
        ("29/02/2016 23:59:59", 1_456_790_399), (" 01/01/1970 00:00:00 ", 0),
    ])
    func readsUTC(text: String, seconds: Int) {
        #expect(Self.utc.parse(text) == Date(timeIntervalSince1970: Double(seconds)))
    }

    @Test("refuses what is not a date and time", arguments: [
        "", "31/02/2018 00:00:00", "29/02/2015 00:00", "01/13/2018 00:00", "01/01/2018 24:00", "01/01/2018 00:60",
        "01/01/2018", "2018-01-01T00:00:00Z", "01/01/18 00:00", "01/01/2018 00:00:00:00", "x1/01/2018 00:00", "01/01/2018 00:0",
    ])
    func refuses(text: String) {
        #expect(Self.utc.parse(text) == nil)
    }

    @Test func readsLocalTimesAcrossDaylightSaving() {
        let berlin = MeterTimestampParser(timeZone: TimeZone(identifier: "Europe/Berlin")!)
        #expect(berlin.parse("15/01/2018 12:00") == Date(timeIntervalSince1970: 1_516_014_000))  // UTC+1
        #expect(berlin.parse("15/07/2018 12:00") == Date(timeIntervalSince1970: 1_531_648_800))  // UTC+2
        // 02:30 on 25/03/2018 does not exist in Berlin; it is read with one of the two offsets.
        let skipped = berlin.parse("25/03/2018 02:30")!.timeIntervalSince1970
        #expect([1_521_941_400, 1_521_937_800].contains(skipped))
    }
}
