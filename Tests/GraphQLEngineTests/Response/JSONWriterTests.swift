import Testing
@testable import GraphQLEngine

/// The JSON writers produce `JSON.stringify`'s bytes: numbers in JavaScript's form, the same
/// escapes, non-ASCII copied as UTF-8.
@Suite("JSONWriter")
struct JSONWriterTests {
    /// Values and what `JSON.stringify` writes for them (checked in node).
    static let doubleCases: [(Double, String)] = [
        (0, "0"), (-0.0, "0"), (1, "1"), (-3, "-3"), (0.5, "0.5"), (0.1 + 0.2, "0.30000000000000004"),
        (123.456, "123.456"), (-0.05, "-0.05"), (1e-5, "0.00001"), (1e-6, "0.000001"), (1e-7, "1e-7"),
        (2.5e-5, "0.000025"), (1e15, "1000000000000000"), (1e16, "10000000000000000"), (1e21, "1e+21"),
        (Double("123456789012345680000")!, "123456789012345680000"), (1.7976931348623157e308, "1.7976931348623157e+308"),
        (.leastNonzeroMagnitude, "5e-324"), (0.000001234, "0.000001234"), (Double("9007199254740993")!, "9007199254740992"),
        (.nan, "null"), (.infinity, "null"),
    ]

    @Test("doubles as JSON.stringify writes them", arguments: doubleCases)
    func doubles(value: Double, expected: String) {
        var json = JSONWriter()
        json.double(value)
        #expect(json.text == expected)
        var stream = JSONByteStream(capacity: 8)
        stream.double(value)
        var bytes: [UInt8] = []
        stream.finish(into: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == expected)
    }

    @Test("strings escape quotes, backslashes and control characters only")
    func strings() {
        let input = "q\" b\\ \u{08}\u{0C}\n\r\t \u{01}\u{1F} é 😀 \u{2028} </"
        let expected = #""q\" b\\ \b\f\n\r\t \u0001\u001f é 😀 "# + "\u{2028}" + #" </""#
        var json = JSONWriter()
        json.string(input)
        #expect(json.text == expected)
        var stream = JSONByteStream(capacity: 4)
        stream.string(input)
        var bytes: [UInt8] = []
        stream.finish(into: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == expected)
    }

    @Test("integers, including the extremes")
    func integers() {
        var json = JSONWriter()
        for (i, n) in [0, 7, -7, 10, 2_147_483_647, Int.min, Int.max].enumerated() {
            if i > 0 { json.raw(UInt8(ascii: ",")) }
            json.int(n)
        }
        #expect(json.text == "0,7,-7,10,2147483647,-9223372036854775808,9223372036854775807")
    }

    @Test("values keep object key order")
    func values() {
        var json = JSONWriter()
        json.value(.object(["b": .int(1), "a": .list([.null, .bool(true), .double(1.5), .string("x")])]))
        #expect(json.text == #"{"b":1,"a":[null,true,1.5,"x"]}"#)
    }
}
