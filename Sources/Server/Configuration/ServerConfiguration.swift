import Foundation
import Logging
import Resolvers
import Storage

/// Every setting, resolved and checked.
struct ServerConfiguration: Sendable {
    var postgres: PostgresConfiguration
    var redis: RedisConfiguration
    var host: String
    var port: Int
    var logLevel: Logger.Level
    var logFormat: LogFormat
    var autoMigrate: Bool
    /// Prefix of the Redis channels of subscription events.
    var eventNamespace: String
    /// `/graphql` limits, the schema file and the explorer.
    var graphQL: GraphQLSettings
    /// What imports by URL may fetch.
    var remoteFiles: RemoteFilePolicy
    /// How often `serve` marks accepted bookings past their end OVERDUE.
    var bookingSweepInterval: Duration
    /// Plant syncs and the job scheduler.
    var solar: SolarServerSettings

    /// Resolves settings: an option's value, else its environment variable, else its default.
    ///
    /// - Parameters:
    ///   - options: values given on the command line, by `Setting.option`.
    ///   - environment: the process environment.
    /// - Throws: `ConfigurationError` naming the setting, the bad value and what was expected.
    init(options: [String: String], environment: [String: String]) throws {
        let values = SettingValues(options: options, environment: environment)
        func value(_ setting: Setting) -> (text: String, source: String)? { values.value(setting) }
        func text(_ setting: Setting) -> String { value(setting)?.text ?? "" }
        func integer(_ setting: Setting, _ range: ClosedRange<Int>) throws -> Int { try values.integer(setting, range) }
        func seconds(_ setting: Setting, allowZero: Bool = false) throws -> Duration {
            let (raw, source) = value(setting)!
            guard let number = Double(raw.trimmingCharacters(in: .whitespaces)), number.isFinite,
                  number > 0 || (allowZero && number == 0), number <= 86_400
            else {
                throw ConfigurationError(source: source, value: raw, expected: "a number of seconds\(allowZero ? " (0 for none)" : " above 0"), at most 86400")
            }
            return .milliseconds(Int64((number * 1000).rounded()))
        }

        let databaseURL = text(.databaseURL)
        guard databaseURL.hasPrefix("postgres://") || databaseURL.hasPrefix("postgresql://") || databaseURL.contains("=") else {
            throw ConfigurationError(source: value(.databaseURL)!.source, value: databaseURL,
                                     expected: "a postgres:// URL or a key=value connection string")
        }
        let statementTimeout = try seconds(.databaseStatementTimeout, allowZero: true)
        postgres = PostgresConfiguration(
            url: databaseURL, poolSize: try integer(.databasePoolSize, 1...500),
            acquireTimeout: try seconds(.databaseAcquireTimeout),
            statementTimeout: statementTimeout == .zero ? nil : statementTimeout)

        do {
            redis = try RedisConfiguration(url: text(.redisURL))
        } catch {
            throw ConfigurationError(source: value(.redisURL)!.source, value: text(.redisURL),
                                     expected: "redis://[:password@]host[:port][/db]")
        }
        redis.poolSize = try integer(.redisPoolSize, 1...100)
        redis.commandTimeout = try seconds(.redisTimeout)
        redis.connectTimeout = redis.commandTimeout

        host = text(.host)
        guard !host.isEmpty, !host.contains(where: \.isWhitespace) else {
            throw ConfigurationError(source: value(.host)!.source, value: host, expected: "a host name or IP address")
        }
        port = try integer(.port, 0...65535)

        let level = text(.logLevel).lowercased()
        guard let logLevel = Logger.Level(rawValue: level) else {
            throw ConfigurationError(source: value(.logLevel)!.source, value: text(.logLevel),
                                     expected: Logger.Level.allCases.map(\.rawValue).joined(separator: ", "))
        }
        self.logLevel = logLevel
        logFormat = LogFormat(rawValue: try values.choice(.logFormat, LogFormat.allCases.map(\.rawValue)))!

        graphQL = try GraphQLSettings(options: options, environment: environment)
        remoteFiles = try RemoteFilePolicy(options: options, environment: environment)
        bookingSweepInterval = try seconds(.bookingSweepInterval)
        solar = try SolarServerSettings(options: options, environment: environment)

        autoMigrate = try values.flag(.autoMigrate)

        eventNamespace = text(.eventNamespace)
        guard (1...100).contains(eventNamespace.utf8.count), !eventNamespace.contains(where: { $0.isWhitespace || $0.isNewline }) else {
            throw ConfigurationError(source: value(.eventNamespace)!.source, value: eventNamespace,
                                     expected: "1 to 100 characters without spaces")
        }
    }
}

/// A setting with a value that cannot be used.
struct ConfigurationError: Error, CustomStringConvertible, Equatable {
    /// Where the value came from: `--port`, `PORT`, or a default.
    var source: String
    var value: String
    var expected: String

    var description: String {
        "invalid value \(value.debugDescription) for \(source): expected \(expected)"
    }
}
