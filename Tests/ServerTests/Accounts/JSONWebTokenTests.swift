import Foundation
import Testing
@testable import Server

/// HS256 tokens: round trip, and every way a token is refused.
@Suite struct JSONWebTokenTests {
    let signer = JSONWebToken(secret: Array("unit-test-secret-unit-test-secret-0123".utf8), lifetime: .seconds(600))
    let now = 1_800_000_000.0

    @Test func issuedTokensVerifyUntilTheyExpire() throws {
        let issued = try signer.issue(userID: 42, now: now)
        #expect(issued.expiresAt == now + 600)
        #expect(issued.token.split(separator: ".").count == 3)
        let claims = try signer.verify(issued.token, now: now + 599)
        #expect(claims == JSONWebToken.Claims(sub: "42", iat: Int(now), exp: Int(now) + 600, iss: "energygraph"))
        #expect(throws: TokenError.expired) { try signer.verify(issued.token, now: now + 600 + 31) }
    }

    @Test func headerIsHS256() throws {
        let token = try signer.issue(userID: 1, now: now).token
        let header = Base64URLText.decode(token.split(separator: ".")[0])!
        #expect(String(decoding: header, as: UTF8.self) == #"{"alg":"HS256","typ":"JWT"}"#)
    }

    @Test func tamperedPayloadsFailTheSignature() throws {
        let parts = try signer.issue(userID: 42, now: now).token.split(separator: ".").map(String.init)
        let forgedClaims = Base64URLText.encode(Array(#"{"exp":1900000000,"iat":1800000000,"iss":"energygraph","sub":"1"}"#.utf8))
        #expect(throws: TokenError.badSignature) { try signer.verify([parts[0], forgedClaims, parts[2]].joined(separator: "."), now: now) }
        let otherKey = JSONWebToken(secret: Array("a-different-secret-a-different-secret".utf8), lifetime: .seconds(600))
        #expect(throws: TokenError.badSignature) { try otherKey.verify(parts.joined(separator: "."), now: now) }
    }

    @Test func unsignedAndMalformedTokensAreRefused() throws {
        let parts = try signer.issue(userID: 42, now: now).token.split(separator: ".").map(String.init)
        let none = Base64URLText.encode(Array(#"{"alg":"none","typ":"JWT"}"#.utf8))
        #expect(throws: TokenError.unsupportedAlgorithm) { try signer.verify("\(none).\(parts[1]).", now: now) }
        for garbage in ["", "a.b", "a.b.c.d", "!!.??.##", "\(parts[0]).\(parts[1])"] {
            #expect(throws: TokenError.malformed) { try signer.verify(garbage, now: now) }
        }
    }

    @Test("bearer credentials", arguments: [
        ("Bearer abc.def.ghi", "abc.def.ghi"), ("bearer  abc.def.ghi ", "abc.def.ghi"),
        ("Basic dXNlcjpwYXNz", nil), ("Bearer", nil), ("Bearer a b", nil),
    ])
    func bearerToken(header: String, expected: String?) {
        #expect(BearerAuthenticator.bearerToken(in: header) == expected)
    }
}
