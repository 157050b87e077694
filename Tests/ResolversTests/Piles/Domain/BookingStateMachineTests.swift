import Foundation
import Testing
@testable import Resolvers

/// The state machine event by event, without I/O: each allowed transition with its wallet
/// entries, each refused one with CONFLICT, and the money adding up.
@Suite struct BookingStateMachineTests {
    static let rates = PileRates(electricityPerHour: 4200, service: 500, appointment: 10000)
    static let start = PileFixtures.at("2026-03-02T09:00:00Z")
    static let end = PileFixtures.at("2026-03-02T10:00:00Z")

    static func facts(_ status: BookingStatus, chargingStartedAt: Date? = nil) -> BookingFacts {
        BookingFacts(status: status, span: BookingSpan(start: start, end: end),
                     fees: BookingFeeRules.fees(rates: rates, start: start, end: end), rates: rates, chargingStartedAt: chargingStartedAt)
    }

    static let before = PileFixtures.at("2026-03-01T12:00:00Z")

    @Test func acceptPaysTheAppointmentLessCommission() throws {
        let next = try BookingStateMachine.apply(.accept, to: Self.facts(.paid), at: Self.before)
        #expect(next.status == .accepted)
        #expect(next.movements == [
            WalletMovement(.booker, .release, 10000, fee: .appointment), WalletMovement(.booker, .payment, 10000, fee: .appointment),
            WalletMovement(.owner, .receipt, 9800, fee: .appointment), WalletMovement(.platform, .commission, 200, fee: .appointment),
        ])
    }

    @Test func declineAndCancelReleaseOpenHolds() throws {
        let release = [WalletMovement(.booker, .release, 10000, fee: .appointment), WalletMovement(.booker, .release, 4700, fee: .service)]
        #expect(try BookingStateMachine.apply(.decline, to: Self.facts(.paid), at: Self.before).movements == release)
        #expect(try BookingStateMachine.apply(.cancel, to: Self.facts(.paid), at: Self.before).movements == release)
        let cancelAccepted = try BookingStateMachine.apply(.cancel, to: Self.facts(.accepted), at: Self.before)
        #expect(cancelAccepted.status == .cancelled)
        #expect(cancelAccepted.movements == [WalletMovement(.booker, .release, 4700, fee: .service)])
        #expect(try BookingStateMachine.apply(.cancel, to: Self.facts(.unpaid), at: Self.before).status == .cancelled)
        #expect(try BookingStateMachine.apply(.decline, to: Self.facts(.unpaid), at: Self.before).status == .declined)
    }

    @Test("charging starts from 30 minutes before the start until the end", arguments: [
        ("2026-03-02T08:29:59Z", false), ("2026-03-02T08:30:00Z", true), ("2026-03-02T09:30:00Z", true),
        ("2026-03-02T10:00:00Z", true), ("2026-03-02T10:00:01Z", false),
    ])
    func startWindow(now: String, allowed: Bool) {
        let result = Result { () throws(BookingRefusal) in try BookingStateMachine.apply(.startCharging, to: Self.facts(.accepted), at: PileFixtures.at(now)) }
        switch result {
        case let .success(next):
            #expect(allowed)
            #expect(next.status == .charging)
            #expect(next.chargingStartedAt == PileFixtures.at(now))
            #expect(next.movements.isEmpty)
        case let .failure(refusal):
            #expect(!allowed)
            #expect(refusal.code == "CONFLICT")
        }
    }

    /// 45 minutes charged: 5 + 42 × 0.75 = 36.50 → 37.00; commission 0.74.
    @Test func stopPaysTheChargedTime() throws {
        let started = PileFixtures.at("2026-03-02T09:00:00Z")
        let next = try BookingStateMachine.apply(.stopCharging, to: Self.facts(.charging, chargingStartedAt: started),
                                                 at: PileFixtures.at("2026-03-02T09:45:00Z"))
        #expect(next.status == .completed)
        #expect(next.cost == 3700)
        #expect(next.movements == [
            WalletMovement(.booker, .release, 4700, fee: .service), WalletMovement(.booker, .payment, 3700, fee: .service),
            WalletMovement(.owner, .receipt, 3626, fee: .service), WalletMovement(.platform, .commission, 74, fee: .service),
        ])
    }

    @Test func anAcceptedBookingPastItsEndIsOverdue() throws {
        let after = PileFixtures.at("2026-03-02T10:00:01Z")
        #expect(BookingStateMachine.effectiveStatus(Self.facts(.accepted), now: after) == .overdue)
        let next = try BookingStateMachine.apply(.markOverdue, to: Self.facts(.accepted), at: after)
        #expect(next.status == .overdue)
        #expect(next.movements == [WalletMovement(.booker, .release, 4700, fee: .service)])
        #expect(throws: BookingRefusal.self) { try BookingStateMachine.apply(.markOverdue, to: Self.facts(.accepted), at: Self.end) }
        #expect(throws: BookingRefusal.self) { try BookingStateMachine.apply(.cancel, to: Self.facts(.accepted), at: after) }
    }

    /// Every pair (action, status) not in the diagram is refused with CONFLICT.
    @Test func everyOtherTransitionIsRefused() {
        let allowed: Set<String> = ["accept PAID", "decline PAID", "decline UNPAID", "cancel UNPAID", "cancel PAID", "cancel ACCEPTED",
                                    "startCharging ACCEPTED", "stopCharging CHARGING"]
        let now = PileFixtures.at("2026-03-02T09:10:00Z")
        for action in [BookingAction.accept, .decline, .cancel, .startCharging, .stopCharging] {
            for status in BookingStatus.allCases {
                let facts = Self.facts(status, chargingStartedAt: status == .charging ? Self.start : nil)
                let result = Result { () throws(BookingRefusal) in try BookingStateMachine.apply(action, to: facts, at: now) }
                switch result {
                case .success: #expect(allowed.contains("\(action.rawValue) \(status.rawValue)"), "\(action) \(status)")
                case let .failure(refusal):
                    #expect(!allowed.contains("\(action.rawValue) \(status.rawValue)"), "\(action) \(status)")
                    #expect(refusal.code == "CONFLICT")
                }
            }
        }
    }

    /// Along each path the booker's, owner's and platform's changes sum to zero (money is moved,
    /// never made), the booker's holds are all released by the end, and nothing stays held.
    @Test("money adds up along every path", arguments: [
        [BookingAction.accept, .startCharging, .stopCharging], [.accept, .markOverdue], [.accept, .cancel], [.decline], [.cancel],
    ])
    func moneyAddsUp(path: [BookingAction]) throws {
        var facts = Self.facts(.paid)
        var balance: [WalletParty: Int] = [:], available: [WalletParty: Int] = [:]
        let hold = BookingRequestRules.payment(fees: facts.fees, available: 1_000_000)
        var entries = hold.movements
        let times = ["accept": "2026-03-02T08:00:00Z", "startCharging": "2026-03-02T09:00:00Z", "stopCharging": "2026-03-02T09:40:00Z",
                     "markOverdue": "2026-03-02T11:00:00Z", "cancel": "2026-03-02T08:10:00Z", "decline": "2026-03-02T08:00:00Z"]
        for action in path {
            let next = try BookingStateMachine.apply(action, to: facts, at: PileFixtures.at(times[action.rawValue]!))
            entries += next.movements
            facts.status = next.status
            facts.chargingStartedAt = next.chargingStartedAt
        }
        for entry in entries {
            let (b, a) = entry.kind.effects(of: entry.amount)
            balance[entry.party, default: 0] += b
            available[entry.party, default: 0] += a
        }
        #expect(balance.values.reduce(0, +) == 0)
        #expect(balance[.booker, default: 0] == available[.booker, default: 0], "nothing stays held: \(entries)")
        #expect(balance[.owner, default: 0] == available[.owner, default: 0])
    }
}
