import Foundation

extension Decimal: PostgresEncodable, PostgresDecodable {
    public static var postgresTypeOID: UInt32 { PostgresOID.numeric }
    public static var postgresArrayTypeOID: UInt32 { PostgresOID.numericArray }
    public var postgresText: String? { isNaN ? "NaN" : description }

    /// Reads `numeric` columns exactly (up to 38 significant digits).
    public static func decode(postgresText text: Substring) throws -> Decimal {
        if text == "NaN" { return .nan }
        guard let value = Decimal(string: String(text), locale: Locale(identifier: "en_US_POSIX")) else {
            throw PostgresDecodingFailure.invalidText(String(text))
        }
        return value
    }
}
