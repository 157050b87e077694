import GraphQLEngine
import Schema
import Testing

/// DateTime, Date, LocalTime and Money parse and serialize as the schema describes.
@Suite("Custom scalars")
struct CustomScalarsTests {
    @Test("DateTime normalizes to UTC", arguments: [
        ("2026-03-01T08:30:00Z", "2026-03-01T08:30:00Z"),
        ("2026-03-01T10:30:00+02:00", "2026-03-01T08:30:00Z"),
        ("2026-03-01T00:30:00.250-01:00", "2026-03-01T01:30:00.250Z"),
        ("2024-02-29T23:59:59-00:30", "2024-03-01T00:29:59Z"),
        ("1969-12-31T23:00:00Z", "1969-12-31T23:00:00Z"),
    ])
    func dateTimeNormalizes(input: String, expected: String) throws {
        #expect(try DateTimeText.normalize(input) == expected)
    }

    @Test("DateTime refuses what is not RFC 3339 with an offset",
          arguments: ["2026-03-01T08:30:00", "2026-02-30T08:30:00Z", "2026-03-01 08:30:00Z", "2026-03-01T24:00:00Z", "tomorrow", ""])
    func dateTimeRefuses(input: String) {
        #expect(throws: CoercionError("DateTime cannot represent \(GraphQLValue.string(input).inspected): expected an RFC 3339 date-time with offset, e.g. 2026-03-01T08:30:00Z.")) {
            try DateTimeText.normalize(input)
        }
    }

    @Test func epochSecondsMatchKnownInstants() {
        #expect(DateTimeText.epochSeconds("1970-01-01T00:00:00Z") == 0)
        #expect(DateTimeText.epochSeconds("2026-03-01T08:30:00Z") == 1_772_353_800)
        #expect(DateTimeText.format(epochSeconds: 1_772_353_800) == "2026-03-01T08:30:00Z")
    }

    @Test func dateAndLocalTime() throws {
        #expect(try DateText.normalize("2024-02-29") == "2024-02-29")
        #expect(throws: CoercionError(#"Date cannot represent "2023-02-29": expected a calendar date YYYY-MM-DD, e.g. 2026-03-01."#)) {
            try DateText.normalize("2023-02-29")
        }
        #expect(try LocalTimeText.normalize("23:59") == "23:59")
        #expect(throws: CoercionError(#"LocalTime cannot represent "24:00": expected HH:MM (24-hour), e.g. 08:30."#)) {
            try LocalTimeText.normalize("24:00")
        }
    }

    @Test("Money keeps exactly two places", arguments: [("12.5", "12.50"), ("12", "12.00"), ("-0.05", "-0.05"), ("007.10", "7.10")])
    func moneyNormalizes(input: String, expected: String) throws {
        #expect(try MoneyText.normalize(input) == expected)
    }

    @Test func moneyRefusesAndFormatsMinorUnits() {
        for bad in ["12.345", "1e3", "12.", ".5", "abc", ""] {
            #expect(MoneyText.minorUnits(bad) == nil, "\(bad)")
        }
        #expect(MoneyText.format(minorUnits: 1250) == "12.50")
        #expect(MoneyText.format(minorUnits: -5) == "-0.05")
    }

    @Test func installedOnTheSchemaTheyCoerceLiteralsAndOutputs() async throws {
        var schema = try GraphQLSchema(sdl: "scalar Money scalar DateTime type Query { price(p: Money): Money at(t: DateTime): DateTime cents: Money }")
        CustomScalars.install(on: &schema)
        var resolvers = Resolvers<Void>()
        resolvers.field("Query", "price") { _, args, _, _ in .value(args["p"] ?? .null) }
        resolvers.field("Query", "at") { _, args, _, _ in .value(args["t"] ?? .null) }
        resolvers.field("Query", "cents") { _, _, _, _ in .int(1999) }
        let document = try Parser.parse(#"{ price(p: "3.5") at(t: "2026-01-01T01:00:00+01:00") cents }"#)
        #expect(validate(schema: schema, document: document).isEmpty)
        let result = await Executor(schema: schema, resolvers: resolvers).execute(document: document, context: ())
        #expect(result.json == #"{"data":{"price":"3.50","at":"2026-01-01T00:00:00Z","cents":"19.99"}}"#)
    }
}
