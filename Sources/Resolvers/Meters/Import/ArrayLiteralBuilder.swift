import Storage

/// Builds a PostgreSQL array literal (`{"a","b",NULL}`) byte by byte, for binding thousands of
/// values as one parameter (`unnest($1::text[], …)`) without a per-element `String` detour.
struct ArrayLiteralBuilder: Sendable {
    private var bytes: [UInt8] = [UInt8(ascii: "{")]
    private(set) var count = 0

    init(reservingBytes capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    private mutating func separate() {
        if count > 0 { bytes.append(UInt8(ascii: ",")) }
        count += 1
    }

    /// Appends a quoted text element (quotes and backslashes escaped).
    mutating func append(text: String) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { bytes.append(UInt8(ascii: "\\")) }
            bytes.append(byte)
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Appends a text element, or NULL for nil.
    mutating func append(optionalText text: String?) {
        guard let text else { return appendNull() }
        append(text: text)
    }

    /// Appends an integer element.
    mutating func append(_ value: Int) {
        separate()
        bytes.append(contentsOf: String(value).utf8)
    }

    /// Appends a finite double element (Swift's shortest round-trip spelling).
    mutating func append(_ value: Double) {
        separate()
        bytes.append(contentsOf: value.description.utf8)
    }

    /// Appends a double element, or NULL for nil.
    mutating func append(optional value: Double?) {
        guard let value else { return appendNull() }
        append(value)
    }

    mutating func appendNull() {
        separate()
        bytes.append(contentsOf: "NULL".utf8)
    }

    /// The literal, to bind with a cast in the statement (`\(builder.bind)::float8[]`).
    var bind: ArrayLiteral { ArrayLiteral(postgresText: String(decoding: bytes + [UInt8(ascii: "}")], as: UTF8.self)) }
}

/// An array literal bound with an unknown type; the statement's cast gives it its type.
struct ArrayLiteral: PostgresEncodable {
    static var postgresTypeOID: UInt32 { 0 }
    static var postgresArrayTypeOID: UInt32 { 0 }
    let postgresText: String?
}
