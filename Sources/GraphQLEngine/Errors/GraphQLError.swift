/// An error as a GraphQL response reports it (spec: Response, Errors).
///
/// `message`, `locations`, `path` and `extensions` are serialized; `underlying` is for logs only
/// and never reaches a client.
public struct GraphQLError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public var locations: [SourceLocation]
    public var path: [PathComponent]?
    /// Serialized under `extensions`, in insertion order (e.g. `code`).
    public var extensions: [(key: String, value: String)]
    public var underlying: (any Error & Sendable)?

    public init(_ message: String, locations: [SourceLocation] = [], path: [PathComponent]? = nil,
                extensions: [(key: String, value: String)] = [], underlying: (any Error & Sendable)? = nil) {
        self.message = message
        self.locations = locations
        self.path = path
        self.extensions = extensions
        self.underlying = underlying
    }

    /// The `extensions.code` value, if set.
    public var code: String? { extensions.first { $0.key == "code" }?.value }

    public var description: String { message }

    public static func == (lhs: GraphQLError, rhs: GraphQLError) -> Bool {
        lhs.message == rhs.message && lhs.locations == rhs.locations && lhs.path == rhs.path
            && lhs.extensions.map(\.key) == rhs.extensions.map(\.key)
            && lhs.extensions.map(\.value) == rhs.extensions.map(\.value)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(message)
        hasher.combine(locations)
        hasher.combine(path)
    }
}

/// One step of a response path: a response key or a list index.
public enum PathComponent: Sendable, Hashable, CustomStringConvertible {
    case key(String)
    case index(Int)

    public var description: String {
        switch self {
        case let .key(k): k
        case let .index(i): String(i)
        }
    }
}
