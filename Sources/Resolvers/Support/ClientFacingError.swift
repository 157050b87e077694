import GraphQLEngine

/// An error a client may see as it is: its message says what went wrong and what to do next.
///
/// Every other error a resolver throws reaches the client as `Internal server error` with
/// `extensions.code` INTERNAL_SERVER_ERROR and the request id; its details go to the log.
public protocol ClientFacingError: Error, Sendable {
    /// `extensions.code`, e.g. BAD_USER_INPUT or CONFLICT.
    var code: String { get }
    var clientMessage: String { get }
}

/// The server's mapping of resolver errors to the errors clients see.
public enum ResolverErrorMapping {
    /// `extensions.code` of an error whose details are hidden.
    public static let internalCode = "INTERNAL_SERVER_ERROR"

    /// Client-facing and authorization errors keep their message and code; anything else
    /// becomes `Internal server error` (code INTERNAL_SERVER_ERROR), keeping the original as
    /// `underlying` for the log.
    @Sendable public static func map(_ error: any Error) -> GraphQLError {
        if let authorization = error as? AuthorizationError { return authorization.graphQLError }
        if let facing = error as? ClientFacingError {
            return GraphQLError(facing.clientMessage, extensions: [(key: "code", value: facing.code)], underlying: facing)
        }
        return GraphQLError("Internal server error", extensions: [(key: "code", value: internalCode)],
                            underlying: SendableErrorBox(error))
    }
}

/// Carries any error as `GraphQLError.underlying` (which must be `Sendable`).
public struct SendableErrorBox: Error, Sendable, CustomStringConvertible {
    public let description: String
    public let debugDescription: String

    public init(_ error: any Error) {
        description = String(describing: error)
        debugDescription = String(reflecting: error)
    }
}
