import Foundation
import Storage

/// Where the shared test PostgreSQL and Redis are (started by `scripts/test.sh`).
///
/// `EG_TEST_DATABASE_URL` names a database on a server where the user may create databases;
/// `EG_TEST_REDIS_URL` a Redis server. The defaults match `scripts/dev-services.sh`.
public enum TestServices {
    public static var databaseURL: String {
        ProcessInfo.processInfo.environment["EG_TEST_DATABASE_URL"] ?? "postgres://postgres@127.0.0.1:54329/postgres"
    }

    public static var redisURL: String {
        ProcessInfo.processInfo.environment["EG_TEST_REDIS_URL"] ?? "redis://127.0.0.1:63799"
    }

    /// A Redis configuration for the shared server, with short timeouts.
    public static func redisConfiguration(poolSize: Int = 4) throws -> RedisConfiguration {
        var configuration = try RedisConfiguration(url: redisURL)
        configuration.poolSize = poolSize
        return configuration
    }

    /// A unique name for keys and channels, so parallel tests never share state.
    public static func uniqueName(_ prefix: String) -> String {
        "\(prefix)-\(UUID().uuidString.prefix(8).lowercased())"
    }

    /// Replaces the database in a PostgreSQL URL: `postgres://u@h:p/old` → `…/new`.
    static func url(_ url: String, database: String) -> String {
        guard var components = URLComponents(string: url) else { return url }
        components.path = "/" + database
        return components.string ?? url
    }
}
