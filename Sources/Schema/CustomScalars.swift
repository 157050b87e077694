import GraphQLEngine

/// Parsing and serializing of the schema's custom scalars: `DateTime`, `Date`, `LocalTime`,
/// `Money`. A value a scalar refuses is an input error (BAD_USER_INPUT for variables) or a
/// field error on output.
public enum CustomScalars {
    /// Installs every custom scalar's coercion on the schema types it defines.
    public static func install(on schema: inout GraphQLSchema) {
        schema.setCoercion(coercion(named: "DateTime", DateTimeText.normalize), forScalar: "DateTime")
        schema.setCoercion(coercion(named: "Date", DateText.normalize), forScalar: "Date")
        schema.setCoercion(coercion(named: "LocalTime", LocalTimeText.normalize), forScalar: "LocalTime")
        schema.setCoercion(money, forScalar: "Money")
    }

    /// A scalar that is a string in a checked format on both sides.
    static func coercion(named name: String, _ normalize: @escaping @Sendable (String) throws(CoercionError) -> String) -> ScalarCoercion {
        let parse: @Sendable (GraphQLValue) throws(CoercionError) -> GraphQLValue = { value throws(CoercionError) in
            guard case let .string(text) = value else {
                throw CoercionError("\(name) cannot represent a non-string value: \(value.inspected)")
            }
            return .string(try normalize(text))
        }
        return ScalarCoercion(serialize: parse, parseValue: parse, parseLiteral: { literal throws(CoercionError) in
            try parse(ScalarCoercion.untypedValue(of: literal))
        })
    }

    /// `Money`: a decimal string with exactly two places. Input takes a string with up to two
    /// places or an integer (whole units); output takes an integer of minor units (cents) or a string.
    static let money: ScalarCoercion = {
        let parse: @Sendable (GraphQLValue) throws(CoercionError) -> GraphQLValue = { value throws(CoercionError) in
            switch value {
            case let .string(text): return .string(try MoneyText.normalize(text))
            case let .int(units): return .string(MoneyText.format(minorUnits: units * 100))
            default: throw CoercionError("Money cannot represent \(value.inspected): expected a decimal string such as \"12.50\".")
            }
        }
        return ScalarCoercion(
            serialize: { value throws(CoercionError) in
                if case let .int(minor) = value { return .string(MoneyText.format(minorUnits: minor)) }
                return try parse(value)
            },
            parseValue: parse,
            parseLiteral: { literal throws(CoercionError) in try parse(ScalarCoercion.untypedValue(of: literal)) })
    }()
}

/// `Money` text: `-?digits(.d{1,2})?` in, exactly two places out.
public enum MoneyText {
    /// "12.5" → "12.50"; throws for anything else than a decimal with at most two places.
    public static func normalize(_ text: String) throws(CoercionError) -> String {
        guard let minor = minorUnits(text) else {
            throw CoercionError("Money cannot represent \(GraphQLValue.string(text).inspected): expected a decimal string with at most two places, such as \"12.50\".")
        }
        return format(minorUnits: minor)
    }

    /// The amount in minor units (cents), or nil when the text is not a valid amount.
    public static func minorUnits(_ text: String) -> Int? {
        var rest = Substring(text)
        let negative = rest.hasPrefix("-")
        if negative { rest = rest.dropFirst() }
        let parts = rest.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = parts.first, !whole.isEmpty, whole.count <= 15,
              whole.allSatisfy(\.isASCIIDigit), let units = Int(whole) else { return nil }
        var cents = 0
        if parts.count == 2 {
            let fraction = parts[1]
            guard (1...2).contains(fraction.count), fraction.allSatisfy(\.isASCIIDigit) else { return nil }
            cents = Int(fraction)! * (fraction.count == 1 ? 10 : 1)
        }
        let total = units * 100 + cents
        return negative ? -total : total
    }

    /// 1250 → "12.50".
    public static func format(minorUnits: Int) -> String {
        let magnitude = minorUnits.magnitude
        let cents = magnitude % 100
        return (minorUnits < 0 ? "-" : "") + "\(magnitude / 100)." + (cents < 10 ? "0" : "") + "\(cents)"
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
