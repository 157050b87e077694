import Foundation
import GraphQLEngine

/// `login`, `createUser` and `updateUser`: input checks, password hashing, the write, and the
/// `userUpdated` event. Refusals are `userErrors` and change nothing.
struct AccountsMutations {
    let context: RequestContext
    var repository: UserRepository { UserRepository(postgres: context.dependencies.postgres) }

    /// Checks the credentials and issues a bearer token. A wrong password, an unknown email and a
    /// deactivated account get the same answer after the same amount of bcrypt work.
    func login(email: String, password: String) async throws -> LoginPayload {
        let services = try ResolverServices.required(context)
        let refused = LoginPayload(errors: [UserErrorValue.make(field: nil, message: AccountRules.loginRefused, code: "INVALID")])
        guard let found = try await repository.credentials(email: email) else {
            _ = try? await Bcrypt.hashOffPool(password, cost: services.passwordCost)
            return refused
        }
        let matches = try await Bcrypt.verifyOffPool(password, against: found.passwordHash)
        guard matches, found.user.active else { return refused }
        let token = try services.tokens.issue(userID: found.user.id, now: context.now().timeIntervalSince1970)
        context.logger.info("login", metadata: ["userID": "\(found.user.id)"])
        return LoginPayload(token: token, user: found.user)
    }

    func createUser(_ input: GraphQLObjectValue) async throws -> UserPayload {
        let services = try ResolverServices.required(context)
        let name = input["name"].flatMap(\.stringValue) ?? ""
        let email = input["email"].flatMap(\.stringValue) ?? ""
        let password = input["password"].flatMap(\.stringValue) ?? ""
        let role = try AccountsResolvers.roleArgument(input["role"], argument: "input.role") ?? .viewer
        let errors = AccountRules.nameErrors(name, field: ["input", "name"])
            + AccountRules.emailErrors(email, field: ["input", "email"])
            + AccountRules.passwordErrors(password, field: ["input", "password"])
        guard errors.isEmpty else { return UserPayload(user: nil, errors: errors) }
        let hash = try await Bcrypt.hashOffPool(password, cost: services.passwordCost)
        let new = NewUser(name: name.trimmingCharacters(in: .whitespacesAndNewlines), email: email, role: role, passwordHash: hash)
        do {
            let user = try await repository.insert(new, at: context.now())
            context.logger.info("user created", metadata: ["userID": "\(user.id)", "role": "\(role.rawValue)"])
            return UserPayload(user: user, errors: [])
        } catch AccountsStoreError.emailTaken {
            return UserPayload(user: nil, errors: [UserErrorValue.make(
                field: ["input", "email"], message: "An account with email \(User.normalizedEmail(email)) already exists; use another email or update that account.",
                code: "INVALID")])
        }
    }

    func updateUser(_ input: GraphQLObjectValue) async throws -> UserPayload {
        let services = try ResolverServices.required(context)
        guard let viewer = context.viewer else { throw AuthorizationError.unauthenticated(coordinate: "Mutation.updateUser", problem: nil) }
        let idText = input["id"].flatMap(\.stringValue) ?? ""
        let id = Int64(try GlobalID.localID(of: idText, expecting: "User", argument: "input.id")) ?? -1
        let name = input["name"].flatMap(\.stringValue)
        let password = input["password"].flatMap(\.stringValue)
        let role = try AccountsResolvers.roleArgument(input["role"], argument: "input.role")
        var active: Bool?
        if case let .bool(flag)? = input["active"] { active = flag }
        var errors = name.map { AccountRules.nameErrors($0, field: ["input", "name"]) } ?? []
        errors += password.map { AccountRules.passwordErrors($0, field: ["input", "password"]) } ?? []
        errors += AccountRules.selfLockoutErrors(target: id, viewer: viewer, role: role, active: active)
        guard errors.isEmpty else { return UserPayload(user: nil, errors: errors) }
        var changes = UserChanges(name: name?.trimmingCharacters(in: .whitespacesAndNewlines), role: role, active: active)
        if let password { changes.passwordHash = try await Bcrypt.hashOffPool(password, cost: services.passwordCost) }
        guard let user = try await repository.update(id: id, changes, at: context.now()) else {
            return UserPayload(user: nil, errors: [UserErrorValue.make(
                field: ["input", "id"], message: "No user has id \(idText); list users to find the right id.", code: "NOT_FOUND")])
        }
        context.logger.info("user updated", metadata: ["userID": "\(user.id)"])
        do {
            try await UserEvents.publishUpdate(userID: user.id, bus: services.events)
        } catch {
            context.logger.warning("userUpdated event not published", metadata: ["userID": "\(user.id)", "error": "\(error)"])
        }
        return UserPayload(user: user, errors: [])
    }
}

extension GraphQLValue {
    /// The string inside `.string`, else nil.
    var stringValue: String? {
        if case let .string(text) = self { return text }
        return nil
    }
}
