extension Optional: PostgresEncodable where Wrapped: PostgresEncodable {
    public static var postgresTypeOID: UInt32 { Wrapped.postgresTypeOID }
    public static var postgresArrayTypeOID: UInt32 { Wrapped.postgresArrayTypeOID }
    /// nil binds SQL NULL.
    public var postgresText: String? { self?.postgresText }
}

extension Optional: PostgresDecodable where Wrapped: PostgresDecodable {
    public static func decode(postgresText text: Substring) throws -> Wrapped? {
        try Wrapped.decode(postgresText: text)
    }

    /// SQL NULL reads as nil.
    public static func decodeNull() throws -> Wrapped? { nil }
}
