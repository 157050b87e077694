import Foundation

/// A `jsonb` value, kept as its JSON text.
public struct JSONB: Sendable, Hashable, CustomStringConvertible {
    /// The JSON document.
    public var text: String

    public init(text: String) {
        self.text = text
    }

    /// Encodes a value with `JSONEncoder` (sorted keys, so equal values give equal text).
    public init<Value: Encodable>(encoding value: Value) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        text = String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Decodes the document with `JSONDecoder`.
    public func decode<Value: Decodable>(_ type: Value.Type) throws -> Value {
        try JSONDecoder().decode(type, from: Data(text.utf8))
    }

    public var description: String { text }
}

extension JSONB: PostgresEncodable, PostgresDecodable {
    public static var postgresTypeOID: UInt32 { PostgresOID.jsonb }
    public static var postgresArrayTypeOID: UInt32 { PostgresOID.jsonbArray }
    public var postgresText: String? { text }

    /// Reads `jsonb` and `json` columns.
    public static func decode(postgresText text: Substring) throws -> JSONB {
        JSONB(text: String(text))
    }
}
