extension Bool: PostgresEncodable, PostgresDecodable {
    public static var postgresTypeOID: UInt32 { PostgresOID.bool }
    public static var postgresArrayTypeOID: UInt32 { PostgresOID.boolArray }
    public var postgresText: String? { self ? "t" : "f" }

    /// Reads `boolean` columns (`t` / `f`).
    public static func decode(postgresText text: Substring) throws -> Bool {
        switch text {
        case "t": return true
        case "f": return false
        default: throw PostgresDecodingFailure.invalidText(String(text))
        }
    }
}
