import Foundation
import Logging
import Resolvers

/// Turns `Authorization: Bearer <jwt>` (or the token in a WebSocket `connection_init` payload)
/// into the viewer: the token must verify, and its user must still exist and be active. The
/// role comes from the database, so a demotion or deactivation applies to the very next request.
struct BearerAuthenticator: GraphQLAuthenticator {
    let tokens: JSONWebToken
    let users: UserRepository
    let now: @Sendable () -> Date
    let logger: Logger

    func authenticate(authorization: String?) async -> Authentication {
        guard let authorization, !authorization.isEmpty else { return .anonymous }
        guard let token = Self.bearerToken(in: authorization) else {
            return Authentication(viewer: nil, problem: "the Authorization header is not \"Bearer <token>\"")
        }
        return await authenticate(token: token)
    }

    /// Checks a bare token (no `Bearer ` prefix).
    func authenticate(token: String) async -> Authentication {
        let claims: JSONWebToken.Claims
        do {
            claims = try tokens.verify(token, now: now().timeIntervalSince1970)
        } catch {
            return Authentication(viewer: nil, problem: error.description)
        }
        guard let userID = Int64(claims.sub) else {
            return Authentication(viewer: nil, problem: TokenError.malformed.description)
        }
        do {
            guard let user = try await users.user(id: userID), user.active else {
                return Authentication(viewer: nil, problem: "the account no longer exists or is deactivated; ask an administrator")
            }
            return Authentication(viewer: Viewer(userID: user.id, role: user.role), problem: nil)
        } catch {
            logger.error("cannot load the token's user", metadata: ["userID": "\(userID)", "error": "\(String(reflecting: error))"])
            return Authentication(viewer: nil, problem: "the server could not check the token right now; retry shortly")
        }
    }

    /// The token of a `Bearer` credential (scheme case-insensitive, RFC 6750), or nil.
    static func bearerToken(in header: String) -> String? {
        let trimmed = header.trimmingCharacters(in: .whitespaces)
        guard trimmed.count > 7, trimmed.prefix(7).lowercased() == "bearer " else { return nil }
        let token = trimmed.dropFirst(7).trimmingCharacters(in: .whitespaces)
        return token.isEmpty || token.contains(" ") ? nil : token
    }
}
