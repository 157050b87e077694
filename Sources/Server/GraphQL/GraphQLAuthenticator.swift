import Resolvers

/// Who is calling, as the authentication step found it.
struct Authentication: Sendable {
    /// The signed-in user, or nil.
    var viewer: Viewer?
    /// Why sent credentials were refused (quoted in UNAUTHENTICATED errors), or nil.
    var problem: String?

    static let anonymous = Authentication(viewer: nil, problem: nil)
}

/// Turns a request's `Authorization` header (or a WebSocket `connection_init` payload's token)
/// into the viewer. The accounts module provides the JWT implementation; without one every
/// request is anonymous.
protocol GraphQLAuthenticator: Sendable {
    /// - Parameter authorization: the header value, e.g. `Bearer eyJ…`, or nil.
    func authenticate(authorization: String?) async -> Authentication
}

/// Treats every request as anonymous; refuses credentials it cannot check.
struct AnonymousAuthenticator: GraphQLAuthenticator {
    func authenticate(authorization: String?) async -> Authentication {
        guard let authorization, !authorization.isEmpty else { return .anonymous }
        return Authentication(viewer: nil, problem: "this server has no token verification configured")
    }
}
