import Foundation

/// A user account (`User` in the schema). The password hash is never part of it: only
/// ``UserRepository/credentials(email:)`` reads it, for `login`.
public struct User: Sendable, Hashable {
    public let id: Int64
    public var name: String
    /// Lower-cased, trimmed; unique.
    public var email: String
    public var role: Role
    public var active: Bool
    public let createdAt: Date

    public init(id: Int64, name: String, email: String, role: Role, active: Bool, createdAt: Date) {
        self.id = id
        self.name = name
        self.email = email
        self.role = role
        self.active = active
        self.createdAt = createdAt
    }

    /// The Relay global id (`User:<id>`).
    public var globalID: String { GlobalID("User", id).encoded }

    /// The form every email is stored and looked up in.
    public static func normalizedEmail(_ email: String) -> String {
        email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }
}

/// The fields a new account gets.
public struct NewUser: Sendable {
    public var name: String
    public var email: String
    public var role: Role
    /// A bcrypt hash, never the password.
    public var passwordHash: String

    public init(name: String, email: String, role: Role, passwordHash: String) {
        self.name = name
        self.email = email
        self.role = role
        self.passwordHash = passwordHash
    }
}

/// The changes `updateUser` makes; nil leaves a field as it is.
public struct UserChanges: Sendable {
    public var name: String?
    public var passwordHash: String?
    public var role: Role?
    public var active: Bool?

    public init(name: String? = nil, passwordHash: String? = nil, role: Role? = nil, active: Bool? = nil) {
        self.name = name
        self.passwordHash = passwordHash
        self.role = role
        self.active = active
    }
}
