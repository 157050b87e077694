import Crypto
import Foundation
import Resolvers

/// HS256 JSON Web Tokens (RFC 7519 with JWS compact serialization, RFC 7515): the bearer
/// tokens `login` issues and every request presents.
///
/// Claims: `sub` (the user's id, decimal), `iat` and `exp` (seconds since 1970), `iss`
/// ("energygraph"). Verification accepts only `alg` HS256, checks the signature in constant
/// time, then the issuer and the expiry (with `leeway` for clock skew between servers).
struct JSONWebToken: AccessTokenIssuing {
    /// The header every token carries; tokens with another `alg` are refused before any
    /// signature check (no `none`, no algorithm confusion).
    static let header = #"{"alg":"HS256","typ":"JWT"}"#
    static let issuer = "energygraph"

    private let key: SymmetricKey
    /// How long an issued token is valid.
    let lifetime: Duration
    /// Clock skew tolerated when checking `exp`.
    let leeway: Double

    /// - Parameter secret: at least 32 bytes; shared by every server instance.
    init(secret: [UInt8], lifetime: Duration, leeway: Double = 30) {
        key = SymmetricKey(data: secret)
        self.lifetime = lifetime
        self.leeway = leeway
    }

    /// The claims a valid token carries.
    struct Claims: Codable, Equatable {
        var sub: String
        var iat: Int
        var exp: Int
        var iss: String
    }

    func issue(userID: Int64, now: Double) throws -> IssuedToken {
        let issuedAt = Int(now.rounded(.down))
        let expires = issuedAt + Int(lifetime.components.seconds)
        let claims = Claims(sub: String(userID), iat: issuedAt, exp: expires, iss: Self.issuer)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let signingInput = Base64URLText.encode(Array(Self.header.utf8)) + "." + Base64URLText.encode(Array(try encoder.encode(claims)))
        let signature = HMAC<SHA256>.authenticationCode(for: Array(signingInput.utf8), using: key)
        return IssuedToken(token: signingInput + "." + Base64URLText.encode(Array(signature)), expiresAt: Double(expires))
    }

    /// The claims of a token this server signed that has not expired at `now`.
    /// - Throws: `TokenError` saying what is wrong (never echoing the token).
    func verify(_ token: String, now: Double) throws(TokenError) -> Claims {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, let headerBytes = Base64URLText.decode(parts[0]),
              let payloadBytes = Base64URLText.decode(parts[1]), let signature = Base64URLText.decode(parts[2])
        else { throw .malformed }
        guard let header = try? JSONDecoder().decode([String: String].self, from: Data(headerBytes)) else { throw .malformed }
        guard header["alg"] == "HS256" else { throw .unsupportedAlgorithm }
        let signingInput = Array(token.utf8.prefix(parts[0].utf8.count + 1 + parts[1].utf8.count))
        guard HMAC<SHA256>.isValidAuthenticationCode(signature, authenticating: signingInput, using: key) else {
            throw .badSignature
        }
        guard let claims = try? JSONDecoder().decode(Claims.self, from: Data(payloadBytes)), claims.iss == Self.issuer else {
            throw .malformed
        }
        guard Double(claims.exp) + leeway > now else { throw .expired }
        return claims
    }
}

/// Why a bearer token was refused. The descriptions are what clients see inside
/// UNAUTHENTICATED errors, so they say what to do and never include the token.
enum TokenError: Error, Equatable, CustomStringConvertible {
    case malformed
    case unsupportedAlgorithm
    case badSignature
    case expired

    var description: String {
        switch self {
        case .malformed: "the token is not a JWT issued by this server; log in again"
        case .unsupportedAlgorithm: "the token is not signed with HS256; log in again"
        case .badSignature: "the token's signature does not match; log in again"
        case .expired: "the token has expired; log in again"
        }
    }
}

/// base64url without padding (RFC 4648 section 5), as JWT uses it.
enum Base64URLText {
    static func encode(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    static func decode(_ text: Substring) -> [UInt8]? {
        guard text.utf8.allSatisfy({ c in
            (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x2D || c == 0x5F
        }) else { return nil }
        var standard = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while standard.count % 4 != 0 { standard += "=" }
        return Data(base64Encoded: standard).map { Array($0) }
    }
}
