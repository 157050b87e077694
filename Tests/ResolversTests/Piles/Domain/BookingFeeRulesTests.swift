import Foundation
import Testing
@testable import Resolvers

@Suite struct BookingFeeRulesTests {
    static let hour = 3_600_000

    @Test("appointment multiple by length", arguments: [(1, 1), (hour, 1), (hour + 1, 2), (3 * hour, 2), (3 * hour + 1, 4), (10 * hour, 4)])
    func multiple(milliseconds: Int, expected: Int) {
        #expect(BookingFeeRules.appointmentMultiple(milliseconds: milliseconds) == expected)
    }

    /// round(serviceFee + electricityFee × hours) to whole units: 0.50 + 1.00 × 0.5 h = 1.00;
    /// 0.25 + 0.50 × 0.5 h = 0.50 → 1.00 (half away from zero); 0.20 + 0.50 × 0.5 h = 0.45 → 0.
    @Test("prepaid service rounds to whole units", arguments: [(50, 100, 100), (25, 50, 100), (20, 50, 0), (9700, 4200, 11800)])
    func prepaidHalfHour(service: Int, electricity: Int, expected: Int) {
        let start = PileFixtures.at("2026-03-02T09:00:00Z")
        let fees = BookingFeeRules.fees(rates: PileRates(electricityPerHour: electricity, service: service, appointment: 0),
                                        start: start, end: start.addingTimeInterval(1800))
        #expect(fees.prepaidService == expected)
    }

    @Test func appointmentRoundsTheMultipliedFee() {
        let start = PileFixtures.at("2026-03-02T09:00:00Z")
        let rates = PileRates(electricityPerHour: 0, service: 0, appointment: 2250)
        #expect(BookingFeeRules.fees(rates: rates, start: start, end: start.addingTimeInterval(3600)).appointment == 2300)
        #expect(BookingFeeRules.fees(rates: rates, start: start, end: start.addingTimeInterval(7200)).appointment == 4500)
        #expect(BookingFeeRules.fees(rates: rates, start: start, end: start.addingTimeInterval(4 * 3600)).appointment == 9000)
    }

    /// Every booking of the sample: the pile's rates with the owner's friend prices give the
    /// expected appointment and prepaid service fees; an owner on their own pile pays nothing.
    @Test func everySampleBookingHasItsExpectedFees() throws {
        let seed = try PileFixtures.seed()
        let piles = Dictionary(uniqueKeysWithValues: seed.piles.map { ($0.id, $0) })
        let friends = seed.friendPrices
        #expect(seed.books.count == 8)
        for book in seed.books {
            let pile = try #require(piles[book.pileID])
            let rates = book.userID == pile.ownerID ? PileRates.free : PileRates(
                electricityPerHour: try #require(PileSeed.price(pile.electricity)), service: try #require(PileSeed.price(pile.service)),
                appointment: try #require(PileSeed.price(pile.appointment))
            ).applying(friends[SeedFriendKey(ownerID: pile.ownerID, friendID: book.userID)])
            let fees = BookingFeeRules.fees(rates: rates, start: try #require(PileSeed.date(book.start)), end: try #require(PileSeed.date(book.end)))
            #expect(fees.appointment == MinorUnits.parse(book.expectedAppointmentFee), "booking \(book.id)")
            #expect(fees.prepaidService == MinorUnits.parse(book.expectedPrepaidServiceFee), "booking \(book.id)")
        }
    }

    @Test func costCountsChargedTime() {
        let rates = PileRates(electricityPerHour: 4200, service: 500, appointment: 10000)
        #expect(BookingFeeRules.cost(rates: rates, milliseconds: 45 * 60_000) == 3700)  // 5 + 31.5 = 36.5 → 37
        #expect(BookingFeeRules.cost(rates: rates, milliseconds: 0) == 500)
    }
}
