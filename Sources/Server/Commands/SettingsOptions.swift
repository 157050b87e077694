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
    @Option(name: .customLong("log-format"), help: ArgumentHelp(Setting.logFormat.optionHelp))
    var logFormat: String?
    @Option(name: .customLong("auto-migrate"), help: ArgumentHelp(Setting.autoMigrate.optionHelp))
    var autoMigrate: String?
    @Option(name: .customLong("event-namespace"), help: ArgumentHelp(Setting.eventNamespace.optionHelp))
    var eventNamespace: String?
    @Option(name: .customLong("jwt-secret"), help: ArgumentHelp(Setting.jwtSecret.optionHelp))
    var jwtSecret: String?
    @Option(name: .customLong("token-lifetime"), help: ArgumentHelp(Setting.tokenLifetime.optionHelp))
    var tokenLifetime: String?
    @Option(name: .customLong("bcrypt-cost"), help: ArgumentHelp(Setting.bcryptCost.optionHelp))
    var bcryptCost: String?
    @Option(name: .customLong("schema-path"), help: ArgumentHelp(Setting.schemaPath.optionHelp))
    var schemaPath: String?
    @Option(name: .customLong("graphql-max-body-bytes"), help: ArgumentHelp(Setting.graphQLMaxBodyBytes.optionHelp))
    var graphQLMaxBodyBytes: String?
    @Option(name: .customLong("graphql-max-query-bytes"), help: ArgumentHelp(Setting.graphQLMaxQueryBytes.optionHelp))
    var graphQLMaxQueryBytes: String?
    @Option(name: .customLong("graphql-max-depth"), help: ArgumentHelp(Setting.graphQLMaxDepth.optionHelp))
    var graphQLMaxDepth: String?
    @Option(name: .customLong("graphql-max-aliases"), help: ArgumentHelp(Setting.graphQLMaxAliases.optionHelp))
    var graphQLMaxAliases: String?
    @Option(name: .customLong("graphql-max-cost"), help: ArgumentHelp(Setting.graphQLMaxCost.optionHelp))
    var graphQLMaxCost: String?
    @Option(name: .customLong("graphql-timeout"), help: ArgumentHelp(Setting.graphQLTimeout.optionHelp))
    var graphQLTimeout: String?
    @Option(name: .customLong("graphql-introspection"), help: ArgumentHelp(Setting.graphQLIntrospection.optionHelp))
    var graphQLIntrospection: String?
    @Option(name: .customLong("graphql-document-cache-size"), help: ArgumentHelp(Setting.graphQLDocumentCacheSize.optionHelp))
    var graphQLDocumentCacheSize: String?
    @Option(name: .customLong("explorer"), help: ArgumentHelp(Setting.explorer.optionHelp))
    var explorer: String?
    @Option(name: .customLong("explorer-assets-dir"), help: ArgumentHelp(Setting.explorerAssetsDir.optionHelp))
    var explorerAssetsDir: String?
    @Option(name: .customLong("import-max-bytes"), help: ArgumentHelp(Setting.importMaxBytes.optionHelp))
    var importMaxBytes: String?
    @Option(name: .customLong("import-timeout"), help: ArgumentHelp(Setting.importTimeout.optionHelp))
    var importTimeout: String?
    @Option(name: .customLong("import-allow-private-urls"), help: ArgumentHelp(Setting.importAllowPrivateURLs.optionHelp))
    var importAllowPrivateURLs: String?
    @Option(name: .customLong("booking-sweep-interval"), help: ArgumentHelp(Setting.bookingSweepInterval.optionHelp))
    var bookingSweepInterval: String?
    @Option(name: .customLong("monitoring-url"), help: ArgumentHelp(Setting.monitoringURL.optionHelp))
    var monitoringURL: String?
    @Option(name: .customLong("monitoring-timeout"), help: ArgumentHelp(Setting.monitoringTimeout.optionHelp))
    var monitoringTimeout: String?
    @Option(name: .customLong("solar-chunk-days"), help: ArgumentHelp(Setting.solarChunkDays.optionHelp))
    var solarChunkDays: String?
    @Option(name: .customLong("solar-chunk-attempts"), help: ArgumentHelp(Setting.solarChunkAttempts.optionHelp))
    var solarChunkAttempts: String?
    @Option(name: .customLong("solar-retry-base"), help: ArgumentHelp(Setting.solarRetryBase.optionHelp))
    var solarRetryBase: String?
    @Option(name: .customLong("solar-retry-max"), help: ArgumentHelp(Setting.solarRetryMax.optionHelp))
    var solarRetryMax: String?
    @Option(name: .customLong("solar-job-attempts"), help: ArgumentHelp(Setting.solarJobAttempts.optionHelp))
    var solarJobAttempts: String?
    @Option(name: .customLong("solar-max-range-days"), help: ArgumentHelp(Setting.solarMaxRangeDays.optionHelp))
    var solarMaxRangeDays: String?
    @Option(name: .customLong("solar-backfill-years"), help: ArgumentHelp(Setting.solarBackfillYears.optionHelp))
    var solarBackfillYears: String?
    @Option(name: .customLong("solar-history-years"), help: ArgumentHelp(Setting.solarHistoryYears.optionHelp))
    var solarHistoryYears: String?
    @Option(name: .customLong("solar-daily-sync-at"), help: ArgumentHelp(Setting.solarDailySyncAt.optionHelp))
    var solarDailySyncAt: String?
    @Option(name: .customLong("solar-daily-sync"), help: ArgumentHelp(Setting.solarDailySync.optionHelp))
    var solarDailySync: String?
    @Option(name: .customLong("jobs-workers"), help: ArgumentHelp(Setting.jobsWorkers.optionHelp))
    var jobsWorkers: String?
    @Option(name: .customLong("jobs-poll-interval"), help: ArgumentHelp(Setting.jobsPollInterval.optionHelp))
    var jobsPollInterval: String?
    @Option(name: .customLong("jobs-lease"), help: ArgumentHelp(Setting.jobsLease.optionHelp))
    var jobsLease: String?

    /// The options that were given, keyed by `Setting.option`.
    var given: [String: String] {
        let pairs: [(Setting, String?)] = [
            (.databaseURL, databaseURL), (.databasePoolSize, databasePoolSize),
            (.databaseStatementTimeout, databaseStatementTimeout), (.databaseAcquireTimeout, databaseAcquireTimeout),
            (.redisURL, redisURL), (.redisPoolSize, redisPoolSize), (.redisTimeout, redisTimeout),
            (.host, host), (.port, port), (.logLevel, logLevel), (.logFormat, logFormat), (.autoMigrate, autoMigrate),
            (.eventNamespace, eventNamespace), (.jwtSecret, jwtSecret), (.tokenLifetime, tokenLifetime), (.bcryptCost, bcryptCost),
        ] + [
            (.schemaPath, schemaPath),
            (.graphQLMaxBodyBytes, graphQLMaxBodyBytes),
            (.graphQLMaxQueryBytes, graphQLMaxQueryBytes),
            (.graphQLMaxDepth, graphQLMaxDepth),
            (.graphQLMaxAliases, graphQLMaxAliases),
            (.graphQLMaxCost, graphQLMaxCost),
            (.graphQLTimeout, graphQLTimeout),
            (.graphQLIntrospection, graphQLIntrospection),
            (.graphQLDocumentCacheSize, graphQLDocumentCacheSize),
            (.explorer, explorer),
            (.explorerAssetsDir, explorerAssetsDir),
        ] + [
            (.importMaxBytes, importMaxBytes), (.importTimeout, importTimeout),
            (.importAllowPrivateURLs, importAllowPrivateURLs),
            (.bookingSweepInterval, bookingSweepInterval),
            (.monitoringURL, monitoringURL),
            (.monitoringTimeout, monitoringTimeout),
            (.solarChunkDays, solarChunkDays),
            (.solarChunkAttempts, solarChunkAttempts),
            (.solarRetryBase, solarRetryBase),
            (.solarRetryMax, solarRetryMax),
            (.solarJobAttempts, solarJobAttempts),
            (.solarMaxRangeDays, solarMaxRangeDays),
            (.solarBackfillYears, solarBackfillYears),
            (.solarHistoryYears, solarHistoryYears),
            (.solarDailySyncAt, solarDailySyncAt),
            (.solarDailySync, solarDailySync),
            (.jobsWorkers, jobsWorkers),
            (.jobsPollInterval, jobsPollInterval),
            (.jobsLease, jobsLease),
        ]
        return Dictionary(uniqueKeysWithValues: pairs.compactMap { setting, value in value.map { (setting.option, $0) } })
    }

    /// The given options and the process environment, for settings resolved outside
    /// ``ServerConfiguration`` (``AuthSettings``).
    var values: SettingValues {
        SettingValues(options: given, environment: ProcessInfo.processInfo.environment)
    }

    /// Resolves the configuration and sets up logging to standard error in its format and at its level.
    /// - Throws: `ConfigurationError` for a bad value.
    func resolve() throws -> (ServerConfiguration, Logger) {
        let configuration = try ServerConfiguration(options: given, environment: ProcessInfo.processInfo.environment)
        configuration.logFormat.bootstrap()
        var logger = Logger(label: "energygraph")
        logger.logLevel = configuration.logLevel
        return (configuration, logger)
    }
}
