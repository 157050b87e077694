/// An error from the PostgreSQL client or server.
///
/// `description` stays generic, so it is safe to show; `debugDescription` holds the details
/// (server message, detail, hint, constraint, statement text) for the log.
public struct PostgresError: Error, Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    /// What went wrong, broadly.
    public enum Kind: Sendable, Hashable {
        /// The server rejected a statement; `sqlState` says why.
        case server
        /// Could not connect, or the connection was lost.
        case connection
        /// No connection became free within the pool's acquire timeout.
        case acquireTimeout
        /// The pool was shut down.
        case poolClosed
        /// A column could not be decoded into the requested Swift type.
        case decoding
        /// The configuration (URL, options) is invalid.
        case configuration
        /// The result did not have the expected shape (missing column or row).
        case resultShape
    }

    public var kind: Kind
    /// The server's error code; nil for client-side errors.
    public var sqlState: SQLState?
    /// The primary message.
    public var message: String
    public var detail: String?
    public var hint: String?
    public var constraint: String?
    /// The statement's text with placeholders (never its values).
    public var statement: String?

    public init(
        _ kind: Kind, sqlState: SQLState? = nil, message: String, detail: String? = nil,
        hint: String? = nil, constraint: String? = nil, statement: String? = nil
    ) {
        self.kind = kind
        self.sqlState = sqlState
        self.message = message
        self.detail = detail
        self.hint = hint
        self.constraint = constraint
        self.statement = statement
    }

    /// True for errors worth retrying the whole transaction for.
    public var isTransient: Bool {
        sqlState == .serializationFailure || sqlState == .deadlockDetected
    }

    public var description: String {
        switch kind {
        case .server: "PostgreSQL error (SQLSTATE \(sqlState?.rawValue ?? "?"))"
        case .connection: "PostgreSQL connection error"
        case .acquireTimeout: "PostgreSQL pool exhausted"
        case .poolClosed: "PostgreSQL pool closed"
        case .decoding: "PostgreSQL decoding error"
        case .configuration: "PostgreSQL configuration error"
        case .resultShape: "PostgreSQL unexpected result"
        }
    }

    public var debugDescription: String {
        var text = "\(description): \(message)"
        if let detail { text += "\nDETAIL: \(detail)" }
        if let hint { text += "\nHINT: \(hint)" }
        if let constraint { text += "\nCONSTRAINT: \(constraint)" }
        if let statement { text += "\nSTATEMENT: \(statement)" }
        return text
    }
}
