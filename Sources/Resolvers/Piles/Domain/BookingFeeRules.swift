import Foundation

/// How fees and costs are computed (DOMAIN.md section 5), in integer minor units:
/// appointment = round(appointmentFee × m), m = 1 up to one hour, 2 up to three, 4 beyond;
/// prepaid service = round(serviceFee + electricityFee × booked hours);
/// cost = round(serviceFee + electricityFee × charged hours); `round` is to the whole currency
/// unit, halves away from zero. Durations count in milliseconds.
public enum BookingFeeRules {
    static let millisecondsPerHour = 3_600_000

    /// The appointment fee's multiple for a booking of this length.
    public static func appointmentMultiple(milliseconds: Int) -> Int {
        if milliseconds <= millisecondsPerHour { return 1 }
        if milliseconds <= 3 * millisecondsPerHour { return 2 }
        return 4
    }

    /// The fees frozen for a booking of [start, end] at these rates.
    public static func fees(rates: PileRates, start: Date, end: Date) -> BookingFees {
        let booked = milliseconds(from: start, to: end)
        let appointment = MinorUnits.roundedToWholeUnits(rates.appointment * appointmentMultiple(milliseconds: booked), over: 1)
        return BookingFees(appointment: appointment, prepaidService: cost(rates: rates, milliseconds: booked))
    }

    /// round(serviceFee + electricityFee × hours) for `milliseconds` of (booked or charged) time.
    public static func cost(rates: PileRates, milliseconds: Int) -> Int {
        MinorUnits.roundedToWholeUnits(rates.service * millisecondsPerHour + rates.electricityPerHour * max(0, milliseconds),
                                       over: millisecondsPerHour)
    }

    /// Whole milliseconds from `start` to `end` (negative when `end` is earlier).
    public static func milliseconds(from start: Date, to end: Date) -> Int {
        Int((end.timeIntervalSince(start) * 1000).rounded())
    }
}
