import Foundation

/// What happens to a booking: the owner's answer, the booker's cancel, start and stop of
/// charging, and the end passing without charging.
public enum BookingAction: String, Sendable, Hashable {
    case accept, decline, cancel, startCharging, stopCharging, markOverdue
}

/// The facts about a booking that its transitions depend on.
public struct BookingFacts: Sendable, Hashable {
    public var status: BookingStatus
    public var span: BookingSpan
    public var fees: BookingFees
    /// The rates frozen at booking time (the stop's cost uses them).
    public var rates: PileRates
    public var chargingStartedAt: Date?

    public init(status: BookingStatus, span: BookingSpan, fees: BookingFees, rates: PileRates, chargingStartedAt: Date? = nil) {
        self.status = status
        self.span = span
        self.fees = fees
        self.rates = rates
        self.chargingStartedAt = chargingStartedAt
    }
}

/// The result of an allowed transition: the new status, what to record, and the wallet entries.
public struct BookingTransition: Sendable, Hashable {
    public var status: BookingStatus
    public var chargingStartedAt: Date?
    public var chargingStoppedAt: Date?
    public var cost: Int?
    public var movements: [WalletMovement]
}

/// The booking state machine (DOMAIN.md section 5), pure: given the facts and the time, an
/// action either yields a transition (with its wallet entries) or a refusal (CONFLICT).
///
/// Money: accepting pays the appointment fee (the hold is released and paid; the owner receives
/// it less the 2 % commission, which goes to the platform). Declining and cancelling release the
/// holds still open (an accepted appointment fee is not refunded). Stopping pays the cost of the
/// charged time the same way and releases the prepaid service hold. OVERDUE releases the
/// service hold.
public enum BookingStateMachine {
    /// Charging may start this long before the booked start.
    public static let earlyStart: TimeInterval = 30 * 60

    /// The status as of `now`: an ACCEPTED booking past its end is OVERDUE even before the sweep
    /// has written it.
    public static func effectiveStatus(_ facts: BookingFacts, now: Date) -> BookingStatus {
        facts.status == .accepted && now > facts.span.end ? .overdue : facts.status
    }

    /// Applies `action` at `now`.
    /// - Throws: `BookingRefusal` with code CONFLICT when the status or the time does not allow it.
    public static func apply(_ action: BookingAction, to facts: BookingFacts, at now: Date) throws(BookingRefusal) -> BookingTransition {
        let status = action == .markOverdue ? facts.status : effectiveStatus(facts, now: now)
        var next = BookingTransition(status: status, chargingStartedAt: facts.chargingStartedAt, chargingStoppedAt: nil, cost: nil, movements: [])
        let fees = facts.fees
        switch (action, status) {
        case (.accept, .paid):
            next.status = .accepted
            next.movements = released(fees.appointment, .appointment) + paid(fees.appointment, fee: .appointment)
        case (.decline, .paid):
            next.status = .declined
            next.movements = released(fees.appointment, .appointment) + released(fees.prepaidService, .service)
        case (.decline, .unpaid), (.cancel, .unpaid):
            next.status = action == .decline ? .declined : .cancelled
        case (.cancel, .paid):
            next.status = .cancelled
            next.movements = released(fees.appointment, .appointment) + released(fees.prepaidService, .service)
        case (.cancel, .accepted):
            next.status = .cancelled
            next.movements = released(fees.prepaidService, .service)
        case (.startCharging, .accepted):
            let opens = facts.span.start.addingTimeInterval(-earlyStart)
            guard now >= opens, now <= facts.span.end else {
                throw BookingRefusal(field: ["bookingId"], message: "Charging can start from \(BookingRefusal.time(opens)) until \(BookingRefusal.time(facts.span.end)); it is \(BookingRefusal.time(now)).", code: "CONFLICT")
            }
            next.status = .charging
            next.chargingStartedAt = now
        case (.stopCharging, .charging):
            let started = facts.chargingStartedAt ?? now
            let cost = BookingFeeRules.cost(rates: facts.rates, milliseconds: BookingFeeRules.milliseconds(from: started, to: now))
            next.status = .completed
            next.chargingStoppedAt = now
            next.cost = cost
            next.movements = released(fees.prepaidService, .service) + paid(cost, fee: .service)
        case (.markOverdue, .accepted) where now > facts.span.end:
            next.status = .overdue
            next.movements = released(fees.prepaidService, .service)
        default:
            throw BookingRefusal(field: nil, message: refusalMessage(action, status), code: "CONFLICT")
        }
        return next
    }

    static func released(_ amount: Int, _ fee: BookingFeeKind) -> [WalletMovement] {
        amount > 0 ? [WalletMovement(.booker, .release, amount, fee: fee)] : []
    }

    /// The booker pays `amount`; the owner receives it less the commission; the platform the commission.
    static func paid(_ amount: Int, fee: BookingFeeKind) -> [WalletMovement] {
        guard amount > 0 else { return [] }
        let commission = MinorUnits.commission(on: amount)
        var movements = [WalletMovement(.booker, .payment, amount, fee: fee)]
        if amount - commission > 0 { movements.append(WalletMovement(.owner, .receipt, amount - commission, fee: fee)) }
        if commission > 0 { movements.append(WalletMovement(.platform, .commission, commission, fee: fee)) }
        return movements
    }

    static func refusalMessage(_ action: BookingAction, _ status: BookingStatus) -> String {
        let what: String = switch action {
        case .accept: "it cannot be accepted"
        case .decline: "it cannot be declined"
        case .cancel: "it cannot be cancelled"
        case .startCharging: "charging cannot start"
        case .stopCharging: "charging cannot stop"
        case .markOverdue: "it cannot become OVERDUE"
        }
        let hint: String = switch action {
        case .accept: "only a PAID booking can be accepted"
        case .decline: "only an UNPAID or PAID booking can be declined"
        case .cancel: "only an UNPAID, PAID or ACCEPTED booking can be cancelled, before charging starts"
        case .startCharging: "only an ACCEPTED booking can start charging"
        case .stopCharging: "only a CHARGING booking can stop"
        case .markOverdue: "only an ACCEPTED booking past its end becomes OVERDUE"
        }
        return "The booking is \(status.rawValue), so \(what): \(hint). Fetch the booking to see its status."
    }
}
