import Foundation

extension UUID: PostgresEncodable, PostgresDecodable {
    public static var postgresTypeOID: UInt32 { PostgresOID.uuid }
    public static var postgresArrayTypeOID: UInt32 { PostgresOID.uuidArray }
    public var postgresText: String? { uuidString.lowercased() }

    /// Reads `uuid` columns.
    public static func decode(postgresText text: Substring) throws -> UUID {
        guard let value = UUID(uuidString: String(text)) else {
            throw PostgresDecodingFailure.invalidText(String(text))
        }
        return value
    }
}
