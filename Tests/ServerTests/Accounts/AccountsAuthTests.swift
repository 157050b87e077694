import Foundation
import GraphQLEngine
import HummingbirdTesting
import Resolvers
import Testing
@testable import Server

/// Login, tokens and role checks against a live server (DOMAIN.md section 6).
@Suite(.serialized) struct AccountsAuthTests {
    static let login = "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token expiresAt user { email role } userErrors { field message code } } }"
    static let createUser = "mutation($i: CreateUserInput!) { createUser(input: $i) { user { id email role active } userErrors { field message code } } }"
    static let updateUser = "mutation($i: UpdateUserInput!) { updateUser(input: $i) { user { id name role active } userErrors { field message code } } }"

    @Test func loginIssuesATokenThatViewerAccepts() async throws {
        try await AccountsTestServer.with { server, client in
            let response = try await client.graphQL(Self.login, variables: ["e": .string("  Admin@Example.com "), "p": .string(AccountsTestServer.password)])
            #expect(response.at("data", "login", "userErrors") == .list([]))
            #expect(response.at("data", "login", "user", "email") == .string("admin@example.com"))
            #expect(response.at("data", "login", "user", "role") == .string("ADMIN"))
            guard case let .string(token)? = response.at("data", "login", "token"),
                  case let .string(expiresAt)? = response.at("data", "login", "expiresAt") else {
                Issue.record("no token in \(response)")
                return
            }
            let expiry = try #require(ISO8601DateFormatter().date(from: expiresAt))
            #expect(abs(expiry.timeIntervalSinceNow - 3600) < 120)
            let viewer = try await client.graphQL("{ viewer { id email role active } }", token: token)
            #expect(viewer.at("data", "viewer", "email") == .string("admin@example.com"))
            #expect(viewer.at("data", "viewer", "id") == .string(server.users["ADMIN"]!.globalID))
            let anonymous = try await client.graphQL("{ viewer { id } }")
            #expect(anonymous.at("data", "viewer") == .null)
            #expect(anonymous.at("errors") == nil)
        }
    }

    @Test("a wrong password, an unknown email and a deactivated account get the same answer",
          arguments: [("admin@example.com", "wrong password"), ("nobody@example.com", AccountsTestServer.password),
                      ("gone@example.com", AccountsTestServer.password)])
    func loginRefusals(email: String, password: String) async throws {
        try await AccountsTestServer.with { _, client in
            let response = try await client.graphQL(Self.login, variables: ["e": .string(email), "p": .string(password)])
            #expect(response.at("data", "login", "token") == .null)
            #expect(response.at("data", "login", "user") == .null)
            #expect(response.at("data", "login", "userErrors") == .list([.object([
                "field": .null, "message": .string(AccountRules.loginRefused), "code": .string("INVALID"),
            ])]))
        }
    }

    @Test func rolesDecideWhoMayReadAndManageAccounts() async throws {
        try await AccountsTestServer.with { server, client in
            let newUser: GraphQLObjectValue = ["i": .object(["name": .string("New"), "email": .string("new@example.com"),
                                                            "password": .string("long enough pw"), "role": .string("DRIVER")])]
            // Anonymous: reading users and managing accounts need a token.
            let anonymousRead = try await client.graphQL("{ users { totalCount } }")
            #expect(anonymousRead.at("errors", 0, "extensions", "code") == .string("UNAUTHENTICATED"))
            #expect(anonymousRead.at("errors", 0, "message") == .string(
                "Query.users needs a signed-in user: send Authorization: Bearer <token> from the login mutation."))
            #expect(anonymousRead.at("errors", 0, "path") == .list([.string("users")]))
            let anonymousCreate = try await client.graphQL(Self.createUser, variables: newUser)
            #expect(anonymousCreate.at("errors", 0, "extensions", "code") == .string("UNAUTHENTICATED"))
            // VIEWER and OPERATOR may read, not manage.
            for role in ["VIEWER", "OPERATOR"] {
                let read = try await client.graphQL("{ users(role: ADMIN) { totalCount nodes { email } } }", token: try server.token(role))
                #expect(read.at("data", "users", "totalCount") == .int(1))
                #expect(read.at("data", "users", "nodes", 0, "email") == .string("admin@example.com"))
                let create = try await client.graphQL(Self.createUser, variables: newUser, token: try server.token(role))
                #expect(create.at("errors", 0, "extensions", "code") == .string("FORBIDDEN"))
                #expect(create.at("errors", 0, "message") == .string("Your role \(role) may not use Mutation.createUser; it needs ADMIN."))
                #expect(create.at("data", "createUser") == nil || create.at("data") == .null)
            }
            // ADMIN manages.
            let admin = try server.token("ADMIN")
            let created = try await client.graphQL(Self.createUser, variables: newUser, token: admin)
            #expect(created.at("data", "createUser", "user", "email") == .string("new@example.com"))
            #expect(created.at("data", "createUser", "user", "role") == .string("DRIVER"))
            #expect(created.at("data", "createUser", "userErrors") == .list([]))
            let again = try await client.graphQL(Self.createUser, variables: newUser, token: admin)
            #expect(again.at("data", "createUser", "user") == .null)
            #expect(again.at("data", "createUser", "userErrors", 0, "code") == .string("INVALID"))
            #expect(again.at("data", "createUser", "userErrors", 0, "field") == .list([.string("input"), .string("email")]))
            let page = try await client.graphQL("{ users(first: 2) { totalCount pageInfo { hasNextPage } edges { node { email } } } }", token: admin)
            #expect(page.at("data", "users", "totalCount") == .int(7))
            #expect(page.at("data", "users", "pageInfo", "hasNextPage") == .bool(true))
        }
    }

    @Test func inputChecksAreUserErrors() async throws {
        try await AccountsTestServer.with { server, client in
            let bad: GraphQLObjectValue = ["i": .object(["name": .string(" "), "email": .string("not-an-email"),
                                                        "password": .string("short"), "role": .string("VIEWER")])]
            let response = try await client.graphQL(Self.createUser, variables: bad, token: try server.token("ADMIN"))
            #expect(response.at("data", "createUser", "userErrors") == .list([
                .object(["field": .list([.string("input"), .string("name")]), "message": .string("The name is empty; give the person's name."), "code": .string("INVALID")]),
                .object(["field": .list([.string("input"), .string("email")]), "message": .string("\"not-an-email\" is not an email address; use the form name@example.com."), "code": .string("INVALID")]),
                .object(["field": .list([.string("input"), .string("password")]), "message": .string("The password is shorter than 8 characters; choose a longer one."), "code": .string("INVALID")]),
            ]))
            let selfLockout = try await client.graphQL(Self.updateUser, variables: ["i": .object(["id": .string(server.users["ADMIN"]!.globalID), "active": .bool(false)])],
                                                       token: try server.token("ADMIN"))
            #expect(selfLockout.at("data", "updateUser", "userErrors", 0, "code") == .string("CONFLICT"))
            let missing = try await client.graphQL(Self.updateUser, variables: ["i": .object(["id": .string(GlobalID("User", 999_999).encoded), "name": .string("X")])],
                                                   token: try server.token("ADMIN"))
            #expect(missing.at("data", "updateUser", "userErrors", 0, "code") == .string("NOT_FOUND"))
        }
    }

    @Test func demotionAndDeactivationApplyToTokensAlreadyIssued() async throws {
        try await AccountsTestServer.with { server, client in
            let admin = try server.token("ADMIN")
            let operatorToken = try server.token("OPERATOR")
            let operatorID = server.users["OPERATOR"]!.globalID
            let promote = try await client.graphQL(Self.updateUser, variables: ["i": .object(["id": .string(operatorID), "role": .string("ADMIN")])], token: admin)
            #expect(promote.at("data", "updateUser", "user", "role") == .string("ADMIN"))
            let nowAdmin = try await client.graphQL("{ viewer { role } }", token: operatorToken)
            #expect(nowAdmin.at("data", "viewer", "role") == .string("ADMIN"))
            _ = try await client.graphQL(Self.updateUser, variables: ["i": .object(["id": .string(operatorID), "active": .bool(false)])], token: admin)
            let deactivated = try await client.graphQL("{ users { totalCount } }", token: operatorToken)
            #expect(deactivated.at("errors", 0, "extensions", "code") == .string("UNAUTHENTICATED"))
            #expect(deactivated.at("errors", 0, "message") == .string(
                "The bearer token was not accepted (the account no longer exists or is deactivated; ask an administrator). Query.users needs a signed-in user: send Authorization: Bearer <token> from the login mutation."))
        }
    }

    @Test func forgedAndExpiredTokensAreUnauthenticated() async throws {
        try await AccountsTestServer.with { server, client in
            let forger = JSONWebToken(secret: Array("another-secret-another-secret-0123456789".utf8), lifetime: .seconds(3600))
            let forged = try forger.issue(userID: server.users["ADMIN"]!.id, now: Date().timeIntervalSince1970).token
            let expired = try server.token("ADMIN", now: Date().addingTimeInterval(-7200))
            for (token, problem) in [(forged, TokenError.badSignature), (expired, .expired), ("garbage", .malformed)] {
                let response = try await client.graphQL("{ users { totalCount } }", token: token)
                #expect(response.at("errors", 0, "extensions", "code") == .string("UNAUTHENTICATED"))
                #expect(response.at("errors", 0, "message") == .string(
                    "The bearer token was not accepted (\(problem)). Query.users needs a signed-in user: send Authorization: Bearer <token> from the login mutation."))
                let viewer = try await client.graphQL("{ viewer { id } }", token: token)
                #expect(viewer.at("data", "viewer") == .null)
            }
        }
    }
}
