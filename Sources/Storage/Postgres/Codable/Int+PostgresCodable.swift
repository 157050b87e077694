extension Int: PostgresEncodable, PostgresDecodable {
    public static var postgresTypeOID: UInt32 { PostgresOID.int8 }
    public static var postgresArrayTypeOID: UInt32 { PostgresOID.int8Array }
    public var postgresText: String? { String(self) }

    /// Reads `smallint`, `integer` and `bigint` columns.
    public static func decode(postgresText text: Substring) throws -> Int {
        guard let value = Int(text) else { throw PostgresDecodingFailure.invalidText(String(text)) }
        return value
    }
}

extension Int32: PostgresEncodable, PostgresDecodable {
    public static var postgresTypeOID: UInt32 { PostgresOID.int4 }
    public static var postgresArrayTypeOID: UInt32 { PostgresOID.int4Array }
    public var postgresText: String? { String(self) }

    /// Reads `smallint` and `integer` columns.
    public static func decode(postgresText text: Substring) throws -> Int32 {
        guard let value = Int32(text) else { throw PostgresDecodingFailure.invalidText(String(text)) }
        return value
    }
}
