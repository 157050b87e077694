import Foundation
import Logging

/// Token and password settings: the JWT secret, token lifetime and bcrypt cost.
///
/// Resolved like every setting (`--jwt-secret`/`JWT_SECRET`, `--token-lifetime`/`TOKEN_LIFETIME`,
/// `--bcrypt-cost`/`BCRYPT_COST`; see `Setting+Auth.swift`). Without a secret the server uses a
/// development secret generated once and kept in `.local/jwt-secret` (mode 0600) under the
/// working directory, and says so in the log: fine on a laptop, wrong for more than one machine.
struct AuthSettings: Sendable {
    /// The HMAC key, at least 32 bytes.
    var secret: [UInt8]
    /// How long a token from `login` stays valid.
    var tokenLifetime: Duration
    /// bcrypt cost for new passwords.
    var bcryptCost: Int

    static let defaultLifetimeSeconds = 12 * 3600
    static let defaultBcryptCost = 10
    static let developmentSecretPath = ".local/jwt-secret"

    /// - Parameter directory: where `.local/jwt-secret` is kept when no secret is set.
    /// - Throws: `ConfigurationError` for a secret shorter than 32 bytes, a lifetime outside
    ///   60 s ... 30 days, or a cost outside 4...31.
    static func resolve(_ values: SettingValues, directory: String = FileManager.default.currentDirectoryPath,
                        logger: Logger) throws -> AuthSettings {
        let secret: [UInt8]
        if let given = values.value(.jwtSecret), !given.text.isEmpty {
            secret = Array(given.text.utf8)
            guard secret.count >= 32 else {
                throw ConfigurationError(source: given.source, value: "<\(secret.count) bytes>",
                                         expected: "a secret of at least 32 bytes (e.g. `openssl rand -hex 32`)")
            }
        } else {
            secret = try developmentSecret(directory: directory)
            logger.warning("JWT_SECRET is not set: signing tokens with the development secret in \(developmentSecretPath); set JWT_SECRET (32+ bytes, the same on every instance) in production")
        }
        let lifetime = try values.integer(.tokenLifetime, 60...(30 * 86_400))
        return AuthSettings(secret: secret, tokenLifetime: .seconds(lifetime), bcryptCost: try bcryptCost(values))
    }

    /// The bcrypt cost setting.
    /// - Throws: `ConfigurationError` for a cost outside 4...31.
    static func bcryptCost(_ values: SettingValues) throws -> Int {
        try values.integer(.bcryptCost, 4...31)
    }

    /// The development secret: read from `.local/jwt-secret`, or 32 random bytes written there
    /// (hex, mode 0600) the first time.
    static func developmentSecret(directory: String) throws -> [UInt8] {
        let url = URL(fileURLWithPath: directory).appendingPathComponent(developmentSecretPath)
        if let text = try? String(contentsOf: url, encoding: .utf8) {
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.utf8.count >= 64 { return Array(trimmed.utf8) }
        }
        var generator = SystemRandomNumberGenerator()
        let hex = (0..<32).map { _ in String(UInt8.random(in: .min ... .max, using: &generator), radix: 16) }
            .map { $0.count == 1 ? "0" + $0 : $0 }.joined()
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: url.path, contents: Data((hex + "\n").utf8), attributes: [.posixPermissions: 0o600]) else {
            throw ConfigurationError(source: "JWT_SECRET", value: "", expected: "a secret, or a writable \(url.path) for the development secret")
        }
        return Array(hex.utf8)
    }
}
