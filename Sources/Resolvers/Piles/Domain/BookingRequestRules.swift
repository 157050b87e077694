import Foundation

/// A booking's time span, for overlap checks.
public struct BookingSpan: Sendable, Hashable {
    public let start: Date
    public let end: Date

    public init(start: Date, end: Date) {
        self.start = start
        self.end = end
    }
}

/// The rules a new booking must satisfy (DOMAIN.md section 5), without I/O.
public enum BookingRequestRules {
    /// Bookings closer than this are too close: a gap of exactly 30 minutes is allowed.
    public static let adjacencyGap: TimeInterval = 30 * 60

    /// Whether two bookings overlap: each starts less than 30 minutes after the other ends.
    public static func overlaps(_ a: BookingSpan, _ b: BookingSpan) -> Bool {
        a.start.timeIntervalSince(b.end) < adjacencyGap && b.start.timeIntervalSince(a.end) < adjacencyGap
    }

    /// The refusals of [start, end] on a pile with `hours`, at `now`, ignoring other bookings:
    /// start < end (INVALID), start in the future (INVALID), one local day inside the opening
    /// hours (OUT_OF_RANGE), the pile available (CONFLICT).
    public static func refusals(start: Date, end: Date, now: Date, hours: OpeningHours, pileAvailable: Bool) -> [BookingRefusal] {
        guard start < end else {
            return [BookingRefusal(field: ["input", "end"], message: "The end \(BookingRefusal.time(end)) is not after the start \(BookingRefusal.time(start)); send an end later than the start.", code: "INVALID")]
        }
        var refusals: [BookingRefusal] = []
        if start <= now {
            refusals.append(BookingRefusal(field: ["input", "start"], message: "The start \(BookingRefusal.time(start)) is not in the future (now is \(BookingRefusal.time(now))); book a later time.", code: "INVALID"))
        }
        if !hours.contains(start: start, end: end) {
            refusals.append(BookingRefusal(field: ["input", "start"], message: "[\(BookingRefusal.time(start)), \(BookingRefusal.time(end))] is not inside the opening hours \(hours.opensAt)–\(hours.closesAt) (\(hours.zoneName)) of one day; book within them.", code: "OUT_OF_RANGE"))
        }
        if !pileAvailable {
            refusals.append(BookingRefusal(field: ["input", "pileId"], message: "This pile is not available for booking now; choose another pile.", code: "CONFLICT"))
        }
        return refusals
    }

    /// The overlap refusal against the first conflicting booking, or nil.
    public static func overlapRefusal(_ span: BookingSpan, existing: [BookingSpan]) -> BookingRefusal? {
        guard let other = existing.first(where: { overlaps(span, $0) }) else { return nil }
        return BookingRefusal(field: ["input", "start"], message: "The pile is booked for [\(BookingRefusal.time(other.start)), \(BookingRefusal.time(other.end))], less than 30 minutes from the requested time; choose a time at least 30 minutes apart.", code: "CONFLICT")
    }

    /// What a new booking holds: when the available amount covers both fees they are held and
    /// the booking is PAID (also when there is nothing to pay); otherwise it is UNPAID.
    public static func payment(fees: BookingFees, available: Int) -> (status: BookingStatus, movements: [WalletMovement]) {
        guard fees.total <= available else { return (.unpaid, []) }
        var movements: [WalletMovement] = []
        if fees.appointment > 0 { movements.append(WalletMovement(.booker, .hold, fees.appointment, fee: .appointment)) }
        if fees.prepaidService > 0 { movements.append(WalletMovement(.booker, .hold, fees.prepaidService, fee: .service)) }
        return (.paid, movements)
    }
}
