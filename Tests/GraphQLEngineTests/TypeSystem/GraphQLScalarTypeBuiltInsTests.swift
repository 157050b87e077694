import Foundation
import Testing
@testable import GraphQLEngine

/// The built-in scalars' coercion, compared case by case with graphql-js (`scalar-oracle.js`):
/// the same coerced value or the same error message for result coercion (`serialize`), variable
/// input (`parseValue`) and literal input (`parseLiteral`).
@Suite("Built-in scalars against graphql-js")
struct GraphQLScalarTypeBuiltInsTests {
    struct Case: Encodable {
        var scalar: String
        var op: String
        var input: String
    }

    struct Outcome: Decodable, Equatable {
        var result: String?
        var error: String?
    }

    static let values: [GraphQLValue] = [
        .int(0), .int(1), .int(-1), .int(2_147_483_647), .int(-2_147_483_648), .int(2_147_483_648),
        .int(-2_147_483_649), .int(9_007_199_254_740_991), .double(1.0), .double(1.5), .double(-0.5),
        .double(1e21), .double(1e-7), .double(123_456.789), .double(3e9), .string(""), .string("abc"),
        .string("12"), .string("1.5"), .string(" 7 "), .string("1e3"), .string("0x10"), .string("-3"),
        .bool(true), .bool(false), .null, .list([.int(1)]), .list([]),
        .object(["a": .int(1)]), .object(GraphQLObjectValue()), .string("quote\"d\n"),
        .double(0.1 + 0.2), .double(1.0 / 3.0), .double(1e-6), .double(1.5e-7), .double(9_007_199_254_740_994),
        .double(1e300), .double(-1e-300), .double(123_456_789.125), .double(2_147_483_647.0), .double(-2_147_483_649.0),
        .double(4.35), .double(0.000123), .double(1e20 + 65536),
    ]

    static let literals = [
        "0", "1", "-1", "2147483647", "2147483648", "-2147483649", "99999999999999999999", "1.5", "1e3",
        "-0.0", "\"abc\"", "\"12\"", "\"\"\"block\"\"\"", "true", "false", "null", "RED", "[1]", "{a: 1}",
        "[]", "{}",
    ]

    /// The JSON text of a value, as `JSON.stringify` writes it.
    static func json(_ value: GraphQLValue) -> String {
        switch value {
        case .null: "null"
        case let .bool(b): b ? "true" : "false"
        case let .int(i): String(i)
        case let .double(d): d.isFinite ? JSNumber.string(d) : "null"
        case let .string(s): JSNumber.quote(s)
        case let .list(items): "[" + items.map(json).joined(separator: ",") + "]"
        case let .object(o): "{" + o.entries.map { JSNumber.quote($0.key) + ":" + json($0.value) }.joined(separator: ",") + "}"
        }
    }

    static func cases() -> [(Case, GraphQLScalarType, GraphQLValue?)] {
        var cases: [(Case, GraphQLScalarType, GraphQLValue?)] = []
        for scalar in GraphQLScalarType.specified {
            for op in ["serialize", "parseValue"] {
                for value in values { cases.append((Case(scalar: scalar.name, op: op, input: json(value)), scalar, value)) }
            }
            for literal in literals {
                cases.append((Case(scalar: scalar.name, op: "parseLiteral", input: literal), scalar, nil))
            }
        }
        return cases
    }

    static func runOracle(_ cases: [Case]) async throws -> [Outcome] {
        let folder = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("__Corpus__/typesystem")
        let oracle = try await OracleProcess.run(["node", folder.appendingPathComponent("scalar-oracle.js").path],
                                                 input: try JSONEncoder().encode(cases))
        try #require(oracle.status == 0, "node scalar-oracle.js failed: is node-graphql installed? \(String(decoding: oracle.errorOutput, as: UTF8.self))")
        return try JSONDecoder().decode([Outcome].self, from: oracle.output)
    }

    @Test("coerce like graphql-js: same values, same error messages")
    func coercesLikeGraphQLJS() async throws {
        let cases = Self.cases()
        let expected = try await Self.runOracle(cases.map(\.0))
        try #require(expected.count == cases.count)
        for ((c, scalar, value), theirs) in zip(cases, expected) {
            let literal = c.op == "parseLiteral" ? try #require(try? Parser.parseConstValue(Source(c.input))) : nil
            let ours: Outcome
            do throws(CoercionError) {
                let result: GraphQLValue
                switch c.op {
                case "serialize": result = try scalar.coercion.serialize(value!)
                case "parseValue": result = try scalar.coercion.parseValue(value!)
                default: result = try scalar.coercion.parseLiteral(literal!)
                }
                ours = Outcome(result: Self.json(result), error: nil)
            } catch {
                ours = Outcome(result: nil, error: error.message)
            }
            #expect(ours == theirs, "\(c.scalar).\(c.op)(\(c.input))")
        }
    }

    @Test("Int keeps 32 bits", arguments: [(GraphQLValue.int(2_147_483_648), "Int cannot represent non 32-bit signed integer value: 2147483648"),
                                           (.double(1.5), "Int cannot represent non-integer value: 1.5"),
                                           (.string("1"), "Int cannot represent non-integer value: \"1\"")])
    func intInputErrors(value: GraphQLValue, message: String) {
        #expect(throws: CoercionError(message)) { try GraphQLScalarType.int.coercion.parseValue(value) }
    }

    @Test("ID accepts integers and strings and yields strings")
    func idCoercion() throws {
        #expect(try GraphQLScalarType.id.coercion.parseValue(.int(4)) == .string("4"))
        #expect(try GraphQLScalarType.id.coercion.parseValue(.string("x")) == .string("x"))
        #expect(try GraphQLScalarType.id.coercion.serialize(.int(-9)) == .string("-9"))
        #expect(throws: CoercionError("ID cannot represent value: true")) { try GraphQLScalarType.id.coercion.parseValue(.bool(true)) }
    }

    @Test("Float must be finite")
    func floatFinite() {
        #expect(throws: CoercionError("Float cannot represent non numeric value: NaN")) {
            try GraphQLScalarType.float.coercion.serialize(.double(.nan))
        }
        #expect(throws: CoercionError("Float cannot represent non numeric value: Infinity")) {
            try GraphQLScalarType.float.coercion.parseValue(.double(.infinity))
        }
    }
}
