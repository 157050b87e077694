/// An error from the Redis client or server.
///
/// `description` stays generic; `debugDescription` holds the details for the log.
public struct RedisError: Error, Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    public enum Kind: Sendable, Hashable {
        /// The server answered with an error reply (`ERR`, `WRONGTYPE`, …).
        case server
        /// Could not connect, or the connection was lost.
        case connection
        /// The server did not answer within the timeout.
        case timeout
        /// No connection became free within the pool's acquire timeout.
        case acquireTimeout
        /// The client was shut down.
        case closed
        /// The configuration (URL, options) is invalid.
        case configuration
    }

    public var kind: Kind
    public var message: String

    public init(_ kind: Kind, message: String) {
        self.kind = kind
        self.message = message
    }

    /// The first word of a server error, e.g. `WRONGTYPE`.
    public var serverCode: String? {
        kind == .server ? message.split(separator: " ").first.map(String.init) : nil
    }

    public var description: String {
        switch kind {
        case .server: "Redis error reply"
        case .connection: "Redis connection error"
        case .timeout: "Redis timeout"
        case .acquireTimeout: "Redis pool exhausted"
        case .closed: "Redis client closed"
        case .configuration: "Redis configuration error"
        }
    }

    public var debugDescription: String { "\(description): \(message)" }
}
