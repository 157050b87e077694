import GraphQLEngine

/// Who may resolve a field: declared when a resolver is registered, enforced before it runs.
///
/// A denied field resolves to a field error with `extensions.code` UNAUTHENTICATED (no usable
/// token) or FORBIDDEN (signed in, not allowed); the resolver never runs.
/// ADMIN passes every check except `.custom`, which decides for itself.
public enum Access: Sendable {
    /// Anyone, signed in or not.
    case anyone
    /// Any signed-in user.
    case signedIn
    /// A signed-in user with one of these roles (or ADMIN).
    case roles(Set<Role>)
    /// A signed-in user for whom the check returns true (e.g. "owns this pile"). The check sees
    /// the parent value and the field's arguments. It may also throw its own error.
    case custom(@Sendable (_ viewer: Viewer, _ source: any Sendable, _ arguments: GraphQLObjectValue,
                           _ context: RequestContext) throws -> Bool)

    /// Shorthand for `.roles([...])`.
    public static func role(_ roles: Role...) -> Access { .roles(Set(roles)) }

    /// The access a field gets when its registration names none: root fields (Query, Mutation,
    /// Subscription) need a signed-in user; fields of other types are reachable only through a
    /// root field, so they are open.
    public static func defaultAccess(forType type: String) -> Access {
        switch type {
        case "Query", "Mutation", "Subscription": .signedIn
        default: .anyone
        }
    }

    /// Whether this is `.anyone` (the resolver then runs without a wrapper).
    public var isOpen: Bool {
        if case .anyone = self { return true }
        return false
    }

    /// The error that denies `coordinate` (`Type.field`) to this request, or nil when allowed.
    public func denial(for coordinate: String, source: any Sendable, arguments: GraphQLObjectValue,
                       context: RequestContext) throws -> GraphQLError? {
        if case .anyone = self { return nil }
        guard let viewer = context.viewer else {
            return AuthorizationError.unauthenticated(coordinate: coordinate, problem: context.credentialProblem).graphQLError
        }
        switch self {
        case .anyone, .signedIn:
            return nil
        case let .roles(roles):
            if viewer.role == .admin || roles.contains(viewer.role) { return nil }
            return AuthorizationError.forbidden(coordinate: coordinate, role: viewer.role,
                                                allowed: roles.map(\.rawValue).sorted()).graphQLError
        case let .custom(check):
            if try check(viewer, source, arguments, context) { return nil }
            return AuthorizationError.forbidden(coordinate: coordinate, role: viewer.role, allowed: []).graphQLError
        }
    }
}

/// Why a field was denied; becomes a field error with the matching `extensions.code`.
public enum AuthorizationError: Error, Sendable, Equatable {
    case unauthenticated(coordinate: String, problem: String?)
    case forbidden(coordinate: String, role: Role, allowed: [String])

    /// UNAUTHENTICATED or FORBIDDEN.
    public var code: String {
        switch self {
        case .unauthenticated: "UNAUTHENTICATED"
        case .forbidden: "FORBIDDEN"
        }
    }

    /// What the client sees: what is wrong and what to do.
    public var message: String {
        switch self {
        case let .unauthenticated(coordinate, problem):
            (problem.map { "The bearer token was not accepted (\($0)). " } ?? "")
                + "\(coordinate) needs a signed-in user: send Authorization: Bearer <token> from the login mutation."
        case let .forbidden(coordinate, role, allowed):
            allowed.isEmpty
                ? "Your role \(role.rawValue) may not use \(coordinate) here."
                : "Your role \(role.rawValue) may not use \(coordinate); it needs \(allowed.joined(separator: " or "))."
        }
    }

    /// The field error to report.
    public var graphQLError: GraphQLError {
        GraphQLError(message, extensions: [(key: "code", value: code)], underlying: self)
    }
}
