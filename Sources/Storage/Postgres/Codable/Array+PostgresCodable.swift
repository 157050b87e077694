extension Array: PostgresEncodable where Element: PostgresEncodable {
    public static var postgresTypeOID: UInt32 { Element.postgresArrayTypeOID }
    /// Nested arrays are sent as unknown and left to the server.
    public static var postgresArrayTypeOID: UInt32 { PostgresOID.unknown }

    /// A one-dimensional array literal, every element quoted: `{"1","2",NULL}`.
    public var postgresText: String? {
        PostgresArrayLiteral.format(map(\.postgresText))
    }
}

extension Array: PostgresDecodable where Element: PostgresDecodable {
    /// Reads a one-dimensional array column; NULL elements need an optional `Element`.
    public static func decode(postgresText text: Substring) throws -> [Element] {
        try PostgresArrayLiteral.parse(text).map { element in
            guard let element else { return try Element.decodeNull() }
            return try Element.decode(postgresText: element)
        }
    }
}
