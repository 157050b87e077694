import Testing
@testable import Resolvers

@Suite struct MinorUnitsTests {
    @Test("parses money text", arguments: [("12.50", 1250), ("12.5", 1250), ("7", 700), ("-0.05", -5), ("0.00", 0), ("100.01", 10001)])
    func parses(text: String, minor: Int) {
        #expect(MinorUnits.parse(text) == minor)
    }

    @Test("refuses what is not money", arguments: ["", "1.234", "1,50", ".5", "abc", "1e3", "--1", "1."])
    func refuses(text: String) {
        #expect(MinorUnits.parse(text) == nil)
    }

    @Test("prints two places", arguments: [(1250, "12.50"), (5, "0.05"), (-5, "-0.05"), (0, "0.00"), (-12345, "-123.45")])
    func formats(minor: Int, text: String) {
        #expect(MinorUnits.format(minor) == text)
    }

    @Test("rounds halves away from zero", arguments: [(5, 10, 1), (4, 10, 0), (15, 10, 2), (-5, 10, -1), (-15, 10, -2), (-4, 10, 0), (25, 10, 3)])
    func rounds(numerator: Int, denominator: Int, expected: Int) {
        #expect(MinorUnits.roundedQuotient(numerator, denominator) == expected)
    }

    /// 2 % to the cent: 47.00 → 0.94; 0.25 → 0.005 → 0.01 (half away from zero); 0.24 → 0.0048 → 0.00.
    @Test("commission is 2 % rounded to the cent", arguments: [(4700, 94), (25, 1), (24, 0), (8800, 176), (12345, 247)])
    func commission(amount: Int, expected: Int) {
        #expect(MinorUnits.commission(on: amount) == expected)
    }
}
