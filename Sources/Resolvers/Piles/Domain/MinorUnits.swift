/// Money as integer minor units (cents): parsing and printing the `Money` text ("12.50"),
/// rounding to whole currency units and the platform's commission (DOMAIN.md section 5).
///
/// No floating point touches an amount: fees are rationals of integers, rounded once.
public enum MinorUnits {
    /// Minor units in one currency unit.
    public static let perUnit = 100
    /// The platform's commission: 2 %, as parts per hundred.
    public static let commissionPercent = 2

    /// "12.50" → 1250, "-3" → -300; nil for anything but a decimal with at most two places.
    public static func parse(_ text: String) -> Int? {
        var rest = Substring(text)
        let negative = rest.hasPrefix("-")
        if negative { rest = rest.dropFirst() }
        let parts = rest.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = parts.first, !whole.isEmpty, whole.count <= 15,
              whole.allSatisfy({ $0.isASCII && $0.isNumber }), let units = Int(whole) else { return nil }
        var cents = 0
        if parts.count == 2 {
            let fraction = parts[1]
            guard (1...2).contains(fraction.count), fraction.allSatisfy({ $0.isASCII && $0.isNumber }),
                  let value = Int(fraction) else { return nil }
            cents = fraction.count == 1 ? value * 10 : value
        }
        let total = units * perUnit + cents
        return negative ? -total : total
    }

    /// 1250 → "12.50", -5 → "-0.05".
    public static func format(_ minorUnits: Int) -> String {
        let magnitude = minorUnits.magnitude
        let cents = magnitude % 100
        return (minorUnits < 0 ? "-" : "") + "\(magnitude / 100)." + (cents < 10 ? "0" : "") + "\(cents)"
    }

    /// `numerator / denominator` rounded to the nearest integer, halves away from zero.
    /// - Precondition: `denominator > 0`.
    public static func roundedQuotient(_ numerator: Int, _ denominator: Int) -> Int {
        precondition(denominator > 0, "denominator must be positive")
        let magnitude = (2 * numerator.magnitude + UInt(denominator)) / (2 * UInt(denominator))
        return numerator < 0 ? -Int(magnitude) : Int(magnitude)
    }

    /// An amount of `numerator / denominator` minor units, rounded to whole currency units
    /// (half away from zero) and returned in minor units.
    public static func roundedToWholeUnits(_ numerator: Int, over denominator: Int) -> Int {
        roundedQuotient(numerator, denominator * perUnit) * perUnit
    }

    /// The platform's 2 % of `amount`, rounded to the cent, halves away from zero.
    public static func commission(on amount: Int) -> Int {
        roundedQuotient(amount * commissionPercent, 100)
    }
}
