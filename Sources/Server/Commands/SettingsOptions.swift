import ArgumentParser
import Foundation
import Logging

/// The command-line options of every setting in `Setting.all`, with environment fallbacks.
struct SettingsOptions: ParsableArguments {
    @Option(name: .customLong("database-url"), help: ArgumentHelp(Setting.databaseURL.optionHelp))
    var databaseURL: String?
    @Option(name: .customLong("database-pool-size"), help: ArgumentHelp(Setting.databasePoolSize.optionHelp))
    var databasePoolSize: String?
    @Option(name: .customLong("database-statement-timeout"), help: ArgumentHelp(Setting.databaseStatementTimeout.optionHelp))
    var databaseStatementTimeout: String?
    @Option(name: .customLong("database-acquire-timeout"), help: ArgumentHelp(Setting.databaseAcquireTimeout.optionHelp))
    var databaseAcquireTimeout: String?
    @Option(name: .customLong("redis-url"), help: ArgumentHelp(Setting.redisURL.optionHelp))
    var redisURL: String?
    @Option(name: .customLong("redis-pool-size"), help: ArgumentHelp(Setting.redisPoolSize.optionHelp))
    var redisPoolSize: String?
    @Option(name: .customLong("redis-timeout"), help: ArgumentHelp(Setting.redisTimeout.optionHelp))
    var redisTimeout: String?
    @Option(name: .customLong("host"), help: ArgumentHelp(Setting.host.optionHelp))
    var host: String?
    @Option(name: .customLong("port"), help: ArgumentHelp(Setting.port.optionHelp))
    var port: String?
    @Option(name: .customLong("log-level"), help: ArgumentHelp(Setting.logLevel.optionHelp))
    var logLevel: String?
    @Option(name: .customLong("auto-migrate"), help: ArgumentHelp(Setting.autoMigrate.optionHelp))
    var autoMigrate: String?

    /// The options that were given, keyed by `Setting.option`.
    var given: [String: String] {
        let pairs: [(Setting, String?)] = [
            (.databaseURL, databaseURL), (.databasePoolSize, databasePoolSize),
            (.databaseStatementTimeout, databaseStatementTimeout), (.databaseAcquireTimeout, databaseAcquireTimeout),
            (.redisURL, redisURL), (.redisPoolSize, redisPoolSize), (.redisTimeout, redisTimeout),
            (.host, host), (.port, port), (.logLevel, logLevel), (.autoMigrate, autoMigrate),
        ]
        return Dictionary(uniqueKeysWithValues: pairs.compactMap { setting, value in value.map { (setting.option, $0) } })
    }

    /// Resolves the configuration and sets up logging to standard error at its level.
    /// - Throws: `ConfigurationError` for a bad value.
    func resolve() throws -> (ServerConfiguration, Logger) {
        let configuration = try ServerConfiguration(options: given, environment: ProcessInfo.processInfo.environment)
        LoggingSystem.bootstrap(StreamLogHandler.standardError)
        var logger = Logger(label: "energygraph")
        logger.logLevel = configuration.logLevel
        return (configuration, logger)
    }
}
