import Foundation
import GraphQLEngine

/// The accounts part of the API (DOMAIN.md section 6): `login`, `viewer`, `users`,
/// `createUser`, `updateUser`, the `User` type and the `userUpdated` subscription.
///
/// Access: `login` and `viewer` are open to anonymous callers; `users` needs a signed-in user;
/// `createUser` and `updateUser` need ADMIN; `userUpdated` is for ADMIN or the user themselves.
public enum AccountsResolvers {
    public static func register(into registry: inout ResolverRegistry) {
        registry.field("Query", "viewer", access: .anyone) { _, _, context, _ in
            guard let viewer = context.viewer else { return .null }
            let repository = UserRepository(postgres: context.dependencies.postgres)
            return .async { try await repository.user(id: viewer.userID).map { .object($0) } ?? .null }
        }
        registry.field("Query", "users", access: .signedIn) { _, arguments, context, _ in
            let page = try ConnectionArguments(arguments)
            let role = try roleArgument(arguments["role"], argument: "role")
            let afterID = try page.afterKey.map { key in
                guard let id = Int64(key) else {
                    throw GraphQLError("Argument \"after\" is not a cursor of this list; use endCursor from a previous page.",
                                       extensions: [(key: "code", value: "BAD_USER_INPUT")])
                }
                return id
            }
            let repository = UserRepository(postgres: context.dependencies.postgres)
            return .async {
                let rows = try await repository.page(afterID: afterID, limit: page.fetchLimit, role: role)
                return .object(Connection(rows: rows, arguments: page, key: { String($0.id) }, totalCount: {
                    .async { .int(try await repository.count(role: role)) }
                }))
            }
        }
        registry.connection("UserConnection", edge: "UserEdge", of: User.self)
        registry.node("User") { localID, context in
            guard let id = Int64(localID) else { return .null }
            let repository = UserRepository(postgres: context.dependencies.postgres)
            return .async { try await repository.user(id: id).map { .object($0) } ?? .null }
        }

        registry.field("Mutation", "login", access: .anyone) { _, arguments, context, _ in
            guard case let .string(email)? = arguments["email"], case let .string(password)? = arguments["password"] else {
                return .object(LoginPayload(errors: [UserErrorValue.make(field: nil, message: AccountRules.loginRefused, code: "INVALID")]))
            }
            return .async { .object(try await AccountsMutations(context: context).login(email: email, password: password)) }
        }
        registry.field("Mutation", "createUser", access: .role(.admin)) { _, arguments, context, _ in
            let input = try inputObject(arguments)
            return .async { .object(try await AccountsMutations(context: context).createUser(input)) }
        }
        registry.field("Mutation", "updateUser", access: .role(.admin)) { _, arguments, context, _ in
            let input = try inputObject(arguments)
            return .async { .object(try await AccountsMutations(context: context).updateUser(input)) }
        }
        registry.subscription("userUpdated", access: .custom { viewer, _, arguments, _ in
            if viewer.role == .admin { return true }
            guard case let .string(id)? = arguments["id"] else { return false }
            return id == GlobalID("User", viewer.userID).encoded
        }) { _, arguments, context, _ in
            var userID: Int64?
            if case let .string(id)? = arguments["id"] {
                userID = Int64(try GlobalID.localID(of: id, expecting: "User"))
            }
            return try await UserEvents.stream(userID: userID, context: context)
        }
        // Each event is the changed `User`; access was checked when the stream was created.
        registry.field("Subscription", "userUpdated", access: .anyone) { event, _, _, _ in .object(event) }

        registerTypes(into: &registry)
    }

    /// `User`, `LoginPayload` and `UserPayload` fields.
    static func registerTypes(into registry: inout ResolverRegistry) {
        registry.field("User", "id", on: User.self) { user, _, _ in .string(user.globalID) }
        registry.field("User", "name", on: User.self) { user, _, _ in .string(user.name) }
        registry.field("User", "email", on: User.self) { user, _, _ in .string(user.email) }
        registry.field("User", "role", on: User.self) { user, _, _ in .string(user.role.rawValue) }
        registry.field("User", "active", on: User.self) { user, _, _ in .bool(user.active) }
        registry.field("User", "createdAt", on: User.self) { user, _, _ in .string(dateTime(user.createdAt)) }

        registry.field("LoginPayload", "token", on: LoginPayload.self) { p, _, _ in p.token.map { .string($0.token) } ?? .null }
        registry.field("LoginPayload", "expiresAt", on: LoginPayload.self) { p, _, _ in
            p.token.map { .string(dateTime(Date(timeIntervalSince1970: $0.expiresAt))) } ?? .null
        }
        registry.field("LoginPayload", "user", on: LoginPayload.self) { p, _, _ in p.user.map { .object($0) } ?? .null }
        registry.field("LoginPayload", "userErrors", on: LoginPayload.self) { p, _, _ in .value(.list(p.errors)) }
        registry.field("UserPayload", "user", on: UserPayload.self) { p, _, _ in p.user.map { .object($0) } ?? .null }
        registry.field("UserPayload", "userErrors", on: UserPayload.self) { p, _, _ in .value(.list(p.errors)) }
    }

    /// RFC 3339 in UTC, as the `DateTime` scalar prints it.
    static func dateTime(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: .gmt))
    }

    static func inputObject(_ arguments: GraphQLObjectValue) throws -> GraphQLObjectValue {
        guard case let .object(input)? = arguments["input"] else {
            throw GraphQLError("Argument \"input\" is missing; send the input object.", extensions: [(key: "code", value: "BAD_USER_INPUT")])
        }
        return input
    }

    static func roleArgument(_ value: GraphQLValue?, argument: String) throws -> Role? {
        guard case let .string(text)? = value else { return nil }
        guard let role = Role(rawValue: text) else {
            throw GraphQLError("Argument \"\(argument)\" is not a role: \(text).", extensions: [(key: "code", value: "BAD_USER_INPUT")])
        }
        return role
    }
}

/// `LoginPayload`: a token and the user, or the refusal.
struct LoginPayload: Sendable {
    var token: IssuedToken?
    var user: User?
    var errors: [GraphQLValue]

    init(token: IssuedToken? = nil, user: User? = nil, errors: [GraphQLValue] = []) {
        self.token = token
        self.user = user
        self.errors = errors
    }
}

/// `UserPayload`: the created or updated user, or the refusals.
struct UserPayload: Sendable {
    var user: User?
    var errors: [GraphQLValue]
}
