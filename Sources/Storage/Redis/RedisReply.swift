/// A decoded Redis reply (RESP2).
public enum RedisReply: Sendable, Hashable {
    /// A bulk string; binary-safe.
    case bulk([UInt8])
    /// A status line such as `OK` or `PONG`.
    case status(String)
    case integer(Int)
    case null
    case array([RedisReply])
    /// An error reply nested in an array (a top-level error is thrown as `RedisError`).
    case error(String)

    /// The bulk or status text as UTF-8; nil for other kinds.
    public var string: String? {
        switch self {
        case .bulk(let bytes): String(decoding: bytes, as: UTF8.self)
        case .status(let text): text
        default: nil
        }
    }

    /// The bulk string's bytes; nil for other kinds.
    public var bytes: [UInt8]? {
        if case .bulk(let bytes) = self { return bytes }
        return nil
    }

    /// The integer, or a bulk string holding one.
    public var int: Int? {
        switch self {
        case .integer(let value): value
        case .bulk: string.flatMap { Int($0) }
        default: nil
        }
    }

    /// The elements of an array reply; nil for other kinds.
    public var array: [RedisReply]? {
        if case .array(let elements) = self { return elements }
        return nil
    }

    public var isNull: Bool { self == .null }
}

/// One command argument; binary-safe, so keys and values may hold any bytes, NUL included.
public struct RedisArgument: Sendable, Hashable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    public var bytes: [UInt8]

    public init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    public init(_ text: String) {
        bytes = Array(text.utf8)
    }

    public init(_ value: Int) {
        bytes = Array(String(value).utf8)
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }

    public init(integerLiteral value: Int) {
        self.init(value)
    }
}
