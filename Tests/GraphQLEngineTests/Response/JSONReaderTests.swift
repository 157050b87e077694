import Testing
@testable import GraphQLEngine

/// JSON parsing into runtime values: key order, number kinds, escapes and errors.
@Suite("JSONReader")
struct JSONReaderTests {
    @Test("objects keep key order; integers and other numbers are told apart")
    func values() throws {
        let value = try JSONReader.parse(#" {"z": 1, "a": [1.5, -2, 3e2, 1.0, null, true, false], "m": {}} "#)
        #expect(value == .object(["z": .int(1), "a": .list([.double(1.5), .int(-2), .double(300), .double(1), .null,
                                                            .bool(true), .bool(false)]), "m": .object([:])]))
        if case let .object(o) = value { #expect(o.keys == ["z", "a", "m"]) }
    }

    @Test("escapes, including surrogate pairs")
    func escapes() throws {
        #expect(try JSONReader.parse(#""a\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00""#) == .string("a\"\\/\u{08}\u{0C}\n\r\té😀"))
    }

    @Test("syntax errors name the byte offset", arguments: [("[1,]", 3), ("{\"a\" 1}", 5), ("tru", 0), ("1 2", 2), ("\"x", 2)])
    func errors(text: String, offset: Int) {
        #expect(throws: JSONReader.SyntaxError.self) { try JSONReader.parse(text) }
        do {
            _ = try JSONReader.parse(text)
        } catch {
            #expect(error.offset == offset)
        }
    }
}
