import Hummingbird
import HummingbirdCore
import Logging
import ServiceLifecycle
import Storage

/// Builds the HTTP application: routes, middleware, bind address.
func buildApplication(
    configuration: ServerConfiguration, postgres: PostgresPool, redis: RedisClient, logger: Logger,
    graphQL: GraphQLEndpoint? = nil, realtime: RealtimeSetup? = nil, services: [any Service] = []
) -> some ApplicationProtocol {
    let router = Router()
    router.add(middleware: LogRequestsMiddleware(.debug))
    HealthRoutes(postgres: postgres, redis: redis).register(on: router)
    // Server-Sent Events is a middleware: Hummingbird applies it only to routes added after it,
    // so it goes in before the GraphQL routes.
    if let graphQL, let realtime { realtime.register(on: router, service: graphQL.service) }
    graphQL?.register(on: router)
    let server: HTTPServerBuilder =
        if let graphQL, let realtime { realtime.server(service: graphQL.service) } else { .http1() }
    return Application(
        router: router,
        server: server,
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "energygraph"),
        services: services,
        logger: logger
    )
}
