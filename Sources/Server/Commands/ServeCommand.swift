import Foundation
import ArgumentParser
import Hummingbird
import Logging
import Resolvers
import Schema
import Storage

/// `energygraph serve`: applies pending migrations (unless turned off) and serves HTTP.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the HTTP server (GraphQL API, /health, /ready) until SIGTERM or SIGINT."
    )

    @OptionGroup var settings: SettingsOptions

    func run() async throws {
        let (configuration, logger) = try settings.resolve()
        let auth = try AuthSettings.resolve(settings.values, logger: logger)
        var postgresLogger = logger
        postgresLogger[metadataKey: "component"] = "postgres"
        var redisLogger = logger
        redisLogger[metadataKey: "component"] = "redis"
        let postgres = PostgresPool(configuration: configuration.postgres, logger: postgresLogger)
        let redis = RedisClient(configuration: configuration.redis, logger: redisLogger)
        do {
            if configuration.autoMigrate {
                let applied = try await Migrator(migrations: Migration.bundled(), logger: logger).migrate(postgres)
                logger.info("migrations up to date", metadata: ["applied": "\(applied.count)"])
            }
            let served = try ServedSchema.load(override: configuration.graphQL.schemaPath)
            logger.info("serving schema", metadata: ["path": "\(served.path)"])
            let assets = configuration.graphQL.explorer ? ExplorerAssets.locate(configured: configuration.graphQL.explorerAssetsDir) : nil
            if let assets { logger.info("explorer", metadata: ["assets": "\(assets.directory ?? "CDN")"]) }
            // Parking's hot status in Redis is rebuilt from PostgreSQL before the first request.
            let parking = ParkingServices(postgres: postgres, redis: redis, logger: logger)
            await parking.start()
            defer { parking.shutdown() }
            let realtime = RealtimeSetup(
                auth: auth,
                postgres: postgres, redis: redis, eventNamespace: configuration.eventNamespace, parking: parking,
                domainSettings: SolarJobs.domainSettings(configuration.solar), logger: logger)
            let graphQL = GraphQLEndpoint(served: served, limits: configuration.graphQL.limits, postgres: postgres, redis: redis,
                                          authenticator: realtime.authenticator, explorerAssets: assets,
                                          services: realtime.services, remoteFiles: configuration.remoteFiles, logger: logger)
            let jobs = SolarJobs.scheduler(postgres: postgres, settings: configuration.solar, events: realtime.bus, logger: logger)
            let app = buildApplication(configuration: configuration, postgres: postgres, redis: redis, logger: logger,
                                       graphQL: graphQL, realtime: realtime, services: [jobs])
            let sweep = OverdueSweep(postgres: postgres, interval: configuration.bookingSweepInterval, logger: logger)
            let sweeper = Task { await sweep.run() }
            do {
                try await app.runService()
            } catch {
                sweeper.cancel()
                await realtime.shutdown()
                throw error
            }
            sweeper.cancel()
            await realtime.shutdown()
        } catch {
            logger.error("serve failed", metadata: ["error": "\(String(reflecting: error))"])
            await postgres.shutdown()
            await redis.shutdown()
            throw error
        }
        await postgres.shutdown()
        await redis.shutdown()
    }
}
