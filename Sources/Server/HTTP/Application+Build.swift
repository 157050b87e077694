import Hummingbird
import Logging
import Storage

/// Builds the HTTP application: routes, middleware, bind address.
func buildApplication(
    configuration: ServerConfiguration, postgres: PostgresPool, redis: RedisClient, logger: Logger,
    graphQL: GraphQLEndpoint? = nil
) -> some ApplicationProtocol {
    let router = Router()
    router.add(middleware: LogRequestsMiddleware(.debug))
    HealthRoutes(postgres: postgres, redis: redis).register(on: router)
    graphQL?.register(on: router)
    return Application(
        router: router,
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "energygraph"),
        logger: logger
    )
}
