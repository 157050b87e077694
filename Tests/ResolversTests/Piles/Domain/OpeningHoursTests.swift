import Foundation
import Testing
@testable import Resolvers

@Suite struct OpeningHoursTests {
    @Test("local times", arguments: [("08:00", 480), ("23:59", 1439), ("00:00", 0), ("18:00:00", 1080)])
    func parses(text: String, minutes: Int) {
        #expect(LocalTimeOfDay(text)?.minutes == minutes)
    }

    @Test("refuses bad local times", arguments: ["24:00", "8:00", "08:60", "08:00:30", "", "ab:cd"])
    func refuses(text: String) {
        #expect(LocalTimeOfDay(text) == nil)
    }

    @Test("inside the hours of one UTC day", arguments: [
        ("2026-03-02T08:00:00Z", "2026-03-02T18:00:00Z", true),
        ("2026-03-02T07:59:59Z", "2026-03-02T09:00:00Z", false),
        ("2026-03-02T17:00:00Z", "2026-03-02T18:00:01Z", false),
        ("2026-03-02T17:00:00Z", "2026-03-03T09:00:00Z", false),
    ])
    func utc(start: String, end: String, inside: Bool) {
        #expect(PileFixtures.utcHours.contains(start: PileFixtures.at(start), end: PileFixtures.at(end)) == inside)
    }

    /// Shanghai is UTC+8: 08:00–18:00 local is 00:00–10:00 UTC.
    @Test func hoursAreLocalToThePile() throws {
        let hours = OpeningHours(opensAt: LocalTimeOfDay("08:00")!, closesAt: LocalTimeOfDay("18:00")!,
                                 timeZone: try #require(TimeZone(identifier: "Asia/Shanghai")))
        #expect(hours.contains(start: PileFixtures.at("2026-03-02T00:00:00Z"), end: PileFixtures.at("2026-03-02T10:00:00Z")))
        #expect(!hours.contains(start: PileFixtures.at("2026-03-02T09:00:00Z"), end: PileFixtures.at("2026-03-02T11:00:00Z")))
        #expect(!hours.contains(start: PileFixtures.at("2026-03-01T23:00:00Z"), end: PileFixtures.at("2026-03-02T01:00:00Z")))
    }
}
