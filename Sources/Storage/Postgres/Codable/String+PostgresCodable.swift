extension String: PostgresEncodable, PostgresDecodable {
    /// Unknown: the server infers `text`, `uuid`, `jsonb`, an enum… from the statement.
    public static var postgresTypeOID: UInt32 { PostgresOID.unknown }
    public static var postgresArrayTypeOID: UInt32 { PostgresOID.unknown }
    public var postgresText: String? { self }

    /// Reads any column as its text output.
    public static func decode(postgresText text: Substring) throws -> String {
        String(text)
    }
}
