import Foundation
import Logging
import Testing
@testable import Server

/// JWT_SECRET, TOKEN_LIFETIME and BCRYPT_COST: options, variables, defaults and clear errors.
@Suite struct AuthSettingsTests {
    static let secret = "0123456789abcdef0123456789abcdef"

    static func resolve(options: [String: String] = [:], environment: [String: String], directory: String = "/nonexistent") throws -> AuthSettings {
        try AuthSettings.resolve(SettingValues(options: options, environment: environment), directory: directory, logger: Logger(label: "test"))
    }

    @Test func defaultsWithASecretFromTheEnvironment() throws {
        let settings = try Self.resolve(environment: ["JWT_SECRET": Self.secret])
        #expect(settings.secret == Array(Self.secret.utf8))
        #expect(settings.tokenLifetime == .seconds(43_200))
        #expect(settings.bcryptCost == 10)
    }

    @Test func anOptionWinsOverItsVariable() throws {
        let settings = try Self.resolve(options: ["jwt-secret": Self.secret + "!", "token-lifetime": "600", "bcrypt-cost": "12"],
                                        environment: ["JWT_SECRET": Self.secret, "TOKEN_LIFETIME": "120", "BCRYPT_COST": "4"])
        #expect(settings.secret == Array((Self.secret + "!").utf8))
        #expect(settings.tokenLifetime == .seconds(600))
        #expect(settings.bcryptCost == 12)
    }

    static let badValues: [([String: String], [String: String], String)] = [
        ([:], ["JWT_SECRET": "short"], "invalid value \"<5 bytes>\" for JWT_SECRET: expected a secret of at least 32 bytes (e.g. `openssl rand -hex 32`)"),
        (["jwt-secret": "x"], [:], "invalid value \"<1 bytes>\" for --jwt-secret: expected a secret of at least 32 bytes (e.g. `openssl rand -hex 32`)"),
        ([:], ["JWT_SECRET": secret, "TOKEN_LIFETIME": "59"], #"invalid value "59" for TOKEN_LIFETIME: expected an integer from 60 to 2592000"#),
        ([:], ["JWT_SECRET": secret, "TOKEN_LIFETIME": "1h"], #"invalid value "1h" for TOKEN_LIFETIME: expected an integer from 60 to 2592000"#),
        ([:], ["JWT_SECRET": secret, "BCRYPT_COST": "3"], #"invalid value "3" for BCRYPT_COST: expected an integer from 4 to 31"#),
        (["bcrypt-cost": "32"], ["JWT_SECRET": secret], #"invalid value "32" for --bcrypt-cost: expected an integer from 4 to 31"#),
    ]

    @Test("bad values are clear errors", arguments: badValues)
    func badValuesAreClearErrors(options: [String: String], environment: [String: String], message: String) {
        let error = #expect(throws: ConfigurationError.self) { try Self.resolve(options: options, environment: environment) }
        #expect(error?.description == message)
    }

    @Test func withoutASecretADevelopmentSecretIsMadeOnceAndKept() throws {
        let directory = NSTemporaryDirectory() + "eg-auth-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let first = try Self.resolve(environment: [:], directory: directory)
        let second = try Self.resolve(environment: ["JWT_SECRET": ""], directory: directory)
        #expect(first.secret.count == 64)
        #expect(first.secret == second.secret)
        let path = directory + "/" + AuthSettings.developmentSecretPath
        let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(permissions == 0o600)
        let other = try Self.resolve(environment: [:], directory: directory + "-other")
        defer { try? FileManager.default.removeItem(atPath: directory + "-other") }
        #expect(other.secret != first.secret)
    }
}
