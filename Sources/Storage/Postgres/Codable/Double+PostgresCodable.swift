extension Double: PostgresEncodable, PostgresDecodable {
    public static var postgresTypeOID: UInt32 { PostgresOID.float8 }
    public static var postgresArrayTypeOID: UInt32 { PostgresOID.float8Array }

    /// Swift's shortest round-trip text, with PostgreSQL's spelling of the special values.
    public var postgresText: String? {
        if isNaN { return "NaN" }
        if isInfinite { return self < 0 ? "-Infinity" : "Infinity" }
        return description
    }

    /// Reads `real`, `double precision` and `numeric` columns (numeric loses precision).
    public static func decode(postgresText text: Substring) throws -> Double {
        switch text {
        case "NaN": return .nan
        case "Infinity": return .infinity
        case "-Infinity": return -.infinity
        default:
            guard let value = Double(text) else { throw PostgresDecodingFailure.invalidText(String(text)) }
            return value
        }
    }
}
