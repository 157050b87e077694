import Testing
@testable import GraphQLEngine

/// JavaScript number and string formatting used in graphql-js-worded messages.
@Suite("JavaScript number formatting")
struct JSNumberTests {
    @Test("Number.prototype.toString", arguments: [
        (0.0, "0"), (-0.0, "0"), (2.0, "2"), (1.5, "1.5"), (-0.25, "-0.25"), (1e21, "1e+21"), (1e20, "100000000000000000000"),
        (123456789012345680000.0, "123456789012345680000"), (1e-7, "1e-7"), (0.000001, "0.000001"), (1.25e-10, "1.25e-10"),
        (Double.leastNonzeroMagnitude, "5e-324"), (1.7976931348623157e308, "1.7976931348623157e+308"), (0.1, "0.1"), (100.0, "100"),
        (Double.nan, "NaN"), (Double.infinity, "Infinity"), (-Double.infinity, "-Infinity"),
    ])
    func toString(value: Double, expected: String) {
        #expect(JSNumber.string(value) == expected)
    }

    @Test("Number(string)", arguments: [
        ("12", 12.0 as Double?), (" 7 ", 7), ("", 0), ("1e3", 1000), ("0x10", 16), ("0b101", 5), ("-0x10", nil),
        ("abc", nil), ("1.5", 1.5), ("+5", 5), ("Infinity", .infinity), ("inf", nil),
    ])
    func parse(text: String, expected: Double?) {
        #expect(JSNumber.parse(text) == expected)
    }

    @Test("inspect of values")
    func inspect() {
        let value = GraphQLValue.list([.int(1), .string("a\"b"), .object(["k": .null]), .object(GraphQLObjectValue()), .list([])])
        #expect(value.inspected == #"[1, "a\"b", { k: null }, {}, []]"#)
    }
}
