/// A Swift value that can be sent as a bound parameter, in PostgreSQL's text format.
public protocol PostgresEncodable: Sendable {
    /// The parameter's type OID; 0 lets the server infer it from the statement.
    static var postgresTypeOID: UInt32 { get }
    /// The type OID of an array of this type; 0 lets the server infer it.
    static var postgresArrayTypeOID: UInt32 { get }
    /// The value in PostgreSQL's text input format; nil means NULL.
    var postgresText: String? { get }
}

/// A Swift value that can be read from a column in PostgreSQL's text output format.
public protocol PostgresDecodable: Sendable {
    /// Decodes a non-NULL value.
    /// - Throws: `PostgresDecodingFailure` when the text is not a valid value.
    static func decode(postgresText text: Substring) throws -> Self
    /// The value for SQL NULL; throws for types that cannot be NULL.
    static func decodeNull() throws -> Self
}

extension PostgresDecodable {
    public static func decodeNull() throws -> Self {
        throw PostgresDecodingFailure.unexpectedNull
    }
}

/// Both directions.
public typealias PostgresCodable = PostgresEncodable & PostgresDecodable

/// Why a column value could not be decoded; wrapped into `PostgresError` with the column name.
public enum PostgresDecodingFailure: Error, Sendable, Equatable {
    case unexpectedNull
    case invalidText(String)
}

/// Type OIDs from PostgreSQL's `pg_type` catalog.
enum PostgresOID {
    static let unknown: UInt32 = 0
    static let bool: UInt32 = 16
    static let int8: UInt32 = 20
    static let int4: UInt32 = 23
    static let text: UInt32 = 25
    static let float8: UInt32 = 701
    static let boolArray: UInt32 = 1000
    static let int4Array: UInt32 = 1007
    static let int8Array: UInt32 = 1016
    static let textArray: UInt32 = 1009
    static let float8Array: UInt32 = 1022
    static let date: UInt32 = 1082
    static let dateArray: UInt32 = 1182
    static let timestamptz: UInt32 = 1184
    static let timestamptzArray: UInt32 = 1185
    static let numeric: UInt32 = 1700
    static let numericArray: UInt32 = 1231
    static let uuid: UInt32 = 2950
    static let uuidArray: UInt32 = 2951
    static let jsonb: UInt32 = 3802
    static let jsonbArray: UInt32 = 3807
}
