/// A user's role (`Role` in the schema); who may do what is in DOMAIN.md, "Accounts".
public enum Role: String, Sendable, Hashable, CaseIterable, Codable {
    case admin = "ADMIN"
    case `operator` = "OPERATOR"
    case merchant = "MERCHANT"
    case driver = "DRIVER"
    case viewer = "VIEWER"
}

/// The authenticated caller of a request: who they are and their role.
///
/// Built by the server's authentication (a verified bearer token) before execution starts;
/// `RequestContext.viewer` is nil for anonymous requests.
public struct Viewer: Sendable, Hashable {
    /// The user's primary key (`users.id`).
    public let userID: Int64
    public let role: Role

    public init(userID: Int64, role: Role) {
        self.userID = userID
        self.role = role
    }
}
