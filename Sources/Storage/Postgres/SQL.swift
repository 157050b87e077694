/// A SQL statement whose interpolated values are sent as bound parameters, never spliced in.
///
/// ```swift
/// let sql: SQL = "SELECT id FROM batteries WHERE station_id = ANY(\(stationIDs)) AND soc > \(minimum)"
/// // text: SELECT id FROM batteries WHERE station_id = ANY($1) AND soc > $2
/// ```
///
/// Interpolating another `SQL` splices its text and keeps its binds (renumbered). Raw text is
/// written `SQL(unsafe:)` or `\(unsafe: text)` and must never contain user input.
public struct SQL: Sendable, ExpressibleByStringInterpolation, CustomStringConvertible {
    enum Part: Sendable {
        case text(String)
        case bind(PostgresBind)
    }

    private(set) var parts: [Part]

    /// Raw SQL text, used as is. Never pass user input here.
    public init(unsafe text: String) {
        parts = [.text(text)]
    }

    public init(stringLiteral value: String) {
        parts = [.text(value)]
    }

    public init(stringInterpolation: StringInterpolation) {
        parts = stringInterpolation.parts
    }

    /// The statement text, with `$1`, `$2`, … in place of the values.
    public var text: String {
        var text = ""
        var index = 0
        for part in parts {
            switch part {
            case .text(let chunk):
                text += chunk
            case .bind:
                index += 1
                text += "$\(index)"
            }
        }
        return text
    }

    /// The bound values, in `$n` order.
    public var binds: [PostgresBind] {
        parts.compactMap { part in
            if case .bind(let bind) = part { return bind }
            return nil
        }
    }

    /// The text with placeholders; values are never printed, since they may be secrets.
    public var description: String { text }

    /// Joins fragments with a separator, keeping every fragment's binds.
    public static func joined(_ fragments: [SQL], separator: String) -> SQL {
        var result = SQL(unsafe: "")
        for (index, fragment) in fragments.enumerated() {
            if index > 0 { result.parts.append(.text(separator)) }
            result.parts.append(contentsOf: fragment.parts)
        }
        return result
    }

    public static func + (lhs: SQL, rhs: SQL) -> SQL {
        var result = lhs
        result.parts.append(contentsOf: rhs.parts)
        return result
    }

    /// Builds `SQL` from literal text and bound values.
    public struct StringInterpolation: StringInterpolationProtocol {
        var parts: [Part] = []

        public init(literalCapacity: Int, interpolationCount: Int) {
            parts.reserveCapacity(interpolationCount * 2 + 1)
        }

        public mutating func appendLiteral(_ literal: String) {
            if !literal.isEmpty { parts.append(.text(literal)) }
        }

        /// Binds a value as the next `$n` parameter.
        public mutating func appendInterpolation<Value: PostgresEncodable>(_ value: Value) {
            parts.append(.bind(PostgresBind(value)))
        }

        /// Binds an optional value (NULL when nil) as the next `$n` parameter. Spelled out so
        /// that interpolating an optional is deliberate here, not the compiler's
        /// "debug description of an optional" warning.
        public mutating func appendInterpolation<Value: PostgresEncodable>(_ value: Value?) {
            parts.append(.bind(PostgresBind(value)))
        }

        /// Splices another statement fragment, keeping its binds.
        public mutating func appendInterpolation(_ fragment: SQL) {
            parts.append(contentsOf: fragment.parts)
        }

        /// Splices raw text (identifiers the code chose, never user input).
        public mutating func appendInterpolation(unsafe raw: String) {
            parts.append(.text(raw))
        }
    }
}

/// One bound parameter: its type (0 lets the server infer it) and its text form (nil is NULL).
public struct PostgresBind: Sendable, Hashable {
    public var typeOID: UInt32
    public var text: String?

    public init(typeOID: UInt32, text: String?) {
        self.typeOID = typeOID
        self.text = text
    }

    public init<Value: PostgresEncodable>(_ value: Value) {
        self.init(typeOID: Value.postgresTypeOID, text: value.postgresText)
    }
}
