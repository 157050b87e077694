import Foundation
import Testing
@testable import Resolvers

@Suite struct BookingRequestRulesTests {
    static func span(_ start: String, _ end: String) -> BookingSpan {
        BookingSpan(start: PileFixtures.at("2026-03-02T\(start):00Z"), end: PileFixtures.at("2026-03-02T\(end):00Z"))
    }

    /// Two bookings overlap when each starts less than 30 minutes after the other ends; a gap
    /// of exactly 30 minutes is allowed.
    @Test("overlap within 30 minutes", arguments: [
        ("09:00", "10:00", "10:30", "11:00", false),
        ("09:00", "10:00", "10:29", "11:00", true),
        ("10:30", "11:00", "09:00", "10:00", false),
        ("10:29", "11:00", "09:00", "10:00", true),
        ("09:00", "12:00", "10:00", "11:00", true),
        ("09:00", "10:00", "07:00", "08:30", false),
        ("09:00", "10:00", "07:00", "08:31", true),
    ])
    func overlap(aStart: String, aEnd: String, bStart: String, bEnd: String, expected: Bool) {
        #expect(BookingRequestRules.overlaps(Self.span(aStart, aEnd), Self.span(bStart, bEnd)) == expected)
        #expect(BookingRequestRules.overlaps(Self.span(bStart, bEnd), Self.span(aStart, aEnd)) == expected)
    }

    @Test func refusalsSayWhatIsWrong() {
        let now = PileFixtures.at("2026-03-02T09:00:00Z")
        let hours = PileFixtures.utcHours
        #expect(BookingRequestRules.refusals(start: PileFixtures.at("2026-03-02T10:00:00Z"), end: PileFixtures.at("2026-03-02T11:00:00Z"),
                                             now: now, hours: hours, pileAvailable: true).isEmpty)
        let backwards = BookingRequestRules.refusals(start: PileFixtures.at("2026-03-02T11:00:00Z"), end: PileFixtures.at("2026-03-02T10:00:00Z"),
                                                     now: now, hours: hours, pileAvailable: true)
        #expect(backwards.map(\.code) == ["INVALID"])
        #expect(backwards.first?.field == ["input", "end"])
        let past = BookingRequestRules.refusals(start: PileFixtures.at("2026-03-02T08:30:00Z"), end: PileFixtures.at("2026-03-02T10:00:00Z"),
                                                now: now, hours: hours, pileAvailable: true)
        #expect(past.map(\.code) == ["INVALID"])
        #expect(past.first?.message == "The start 2026-03-02T08:30:00Z is not in the future (now is 2026-03-02T09:00:00Z); book a later time.")
        let late = BookingRequestRules.refusals(start: PileFixtures.at("2026-03-02T17:00:00Z"), end: PileFixtures.at("2026-03-02T19:00:00Z"),
                                                now: now, hours: hours, pileAvailable: false)
        #expect(late.map(\.code) == ["OUT_OF_RANGE", "CONFLICT"])
        #expect(late.first?.message == "[2026-03-02T17:00:00Z, 2026-03-02T19:00:00Z] is not inside the opening hours 08:00–18:00 (UTC) of one day; book within them.")
    }

    @Test func overlapRefusalNamesTheOtherBooking() {
        let refusal = BookingRequestRules.overlapRefusal(Self.span("10:15", "11:00"), existing: [Self.span("12:00", "13:00"), Self.span("09:00", "10:00")])
        #expect(refusal?.code == "CONFLICT")
        #expect(refusal?.message == "The pile is booked for [2026-03-02T09:00:00Z, 2026-03-02T10:00:00Z], less than 30 minutes from the requested time; choose a time at least 30 minutes apart.")
        #expect(BookingRequestRules.overlapRefusal(Self.span("10:30", "11:30"), existing: [Self.span("09:00", "10:00"), Self.span("12:00", "13:00")]) == nil)
    }

    @Test func holdsWhenTheWalletCoversBothFees() {
        let fees = BookingFees(appointment: 10000, prepaidService: 4700)
        let covered = BookingRequestRules.payment(fees: fees, available: 14700)
        #expect(covered.status == .paid)
        #expect(covered.movements == [WalletMovement(.booker, .hold, 10000, fee: .appointment), WalletMovement(.booker, .hold, 4700, fee: .service)])
        let short = BookingRequestRules.payment(fees: fees, available: 14699)
        #expect(short.status == .unpaid)
        #expect(short.movements.isEmpty)
        let free = BookingRequestRules.payment(fees: BookingFees(appointment: 0, prepaidService: 0), available: 0)
        #expect(free.status == .paid)
        #expect(free.movements.isEmpty)
    }
}
