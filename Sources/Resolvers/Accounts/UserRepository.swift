import Foundation
import Storage

/// All SQL of the accounts domain (table `users`).
public struct UserRepository: Sendable {
    public let postgres: PostgresPool

    public init(postgres: PostgresPool) {
        self.postgres = postgres
    }

    static let columns: SQL = "id, name, email, role, active, created_at"

    /// The user with this id, or nil.
    public func user(id: Int64) async throws -> User? {
        let rows = try await postgres.query("SELECT \(Self.columns) FROM users WHERE id = \(Int(id))")
        return try rows.first.map(Self.user(from:))
    }

    /// Users by id, for loaders: one statement for any number of ids.
    public func users(ids: [Int64]) async throws -> [Int64: User] {
        let rows = try await postgres.query("SELECT \(Self.columns) FROM users WHERE id = ANY(\(ids.map { Int($0) }))")
        var found: [Int64: User] = [:]
        for row in rows {
            let user = try Self.user(from: row)
            found[user.id] = user
        }
        return found
    }

    /// The user and password hash for a login, or nil when no account has this email.
    public func credentials(email: String) async throws -> (user: User, passwordHash: String)? {
        let rows = try await postgres.query(
            "SELECT \(Self.columns), password_hash FROM users WHERE email = \(User.normalizedEmail(email))")
        guard let row = rows.first else { return nil }
        return (try Self.user(from: row), try row.decode(String.self, column: "password_hash"))
    }

    /// One page of users ordered by id, optionally of one role; `limit` rows after `afterID`.
    public func page(afterID: Int64?, limit: Int, role: Role?) async throws -> [User] {
        var sql: SQL = "SELECT \(Self.columns) FROM users WHERE true"
        if let afterID { sql = sql + " AND id > \(Int(afterID))" }
        if let role { sql = sql + " AND role = \(role.rawValue)" }
        sql = sql + " ORDER BY id LIMIT \(limit)"
        return try await postgres.query(sql).map(Self.user(from:))
    }

    /// How many users there are, optionally of one role.
    public func count(role: Role?) async throws -> Int {
        var sql: SQL = "SELECT count(*) FROM users"
        if let role { sql = sql + " WHERE role = \(role.rawValue)" }
        return try await postgres.query(sql).scalar(Int.self)
    }

    /// Inserts an account.
    /// - Throws: `AccountsStoreError.emailTaken` when the email is in use.
    public func insert(_ new: NewUser, at now: Date) async throws -> User {
        do {
            let rows = try await postgres.query("""
                INSERT INTO users (name, email, password_hash, role, active, created_at, updated_at)
                VALUES (\(new.name), \(User.normalizedEmail(new.email)), \(new.passwordHash), \(new.role.rawValue), true, \(now), \(now))
                RETURNING \(Self.columns)
                """)
            return try Self.user(from: rows[0])
        } catch let error as PostgresError where error.sqlState == .uniqueViolation {
            throw AccountsStoreError.emailTaken
        }
    }

    /// Applies `changes` to the user; nil when there is no such user.
    public func update(id: Int64, _ changes: UserChanges, at now: Date) async throws -> User? {
        var sets: [SQL] = ["updated_at = \(now)"]
        if let name = changes.name { sets.append("name = \(name)") }
        if let hash = changes.passwordHash { sets.append("password_hash = \(hash)") }
        if let role = changes.role { sets.append("role = \(role.rawValue)") }
        if let active = changes.active { sets.append("active = \(active)") }
        let rows = try await postgres.query(
            "UPDATE users SET \(SQL.joined(sets, separator: ", ")) WHERE id = \(Int(id)) RETURNING \(Self.columns)")
        return try rows.first.map(Self.user(from:))
    }

    static func user(from row: PostgresRow) throws -> User {
        let roleText = try row.decode(String.self, column: "role")
        guard let role = Role(rawValue: roleText) else { throw AccountsStoreError.unknownRole(roleText) }
        return User(id: Int64(try row.decode(Int.self, column: "id")), name: try row.decode(String.self, column: "name"),
                    email: try row.decode(String.self, column: "email"), role: role,
                    active: try row.decode(Bool.self, column: "active"),
                    createdAt: try row.decode(Date.self, column: "created_at"))
    }
}

/// Why the users table refused a change.
public enum AccountsStoreError: Error, Sendable, Equatable {
    /// Another account has this email.
    case emailTaken
    /// A row holds a role this build does not know (the schema and the database disagree).
    case unknownRole(String)
}
