import Foundation
import Hummingbird
import HummingbirdCore
import HummingbirdWebSocket
import Logging
import Resolvers
import Storage

/// Accounts and subscriptions, assembled once at start-up: the JWT signer, the bearer
/// authenticator, the Redis event bus, the ``ResolverServices`` every request carries, and the
/// two streaming transports (WebSocket and Server-Sent Events) over the GraphQL service.
///
/// Wiring, in this order:
/// ```swift
/// let realtime = try RealtimeSetup(auth: AuthSettings.resolve(...), postgres: postgres, redis: redis, logger: logger)
/// let graphQL = GraphQLEndpoint(..., authenticator: realtime.authenticator, services: realtime.services, ...)
/// realtime.register(on: router, service: graphQL.service)      // before graphQL.register(on: router)
/// Application(router: router, server: realtime.server(service: graphQL.service), ...)
/// ```
struct RealtimeSetup: Sendable {
    let tokens: JSONWebToken
    let authenticator: BearerAuthenticator
    let bus: RedisEventBus
    let services: ResolverServices
    /// How long a WebSocket client may take to send `connection_init`.
    var connectionInitTimeout: Duration = .seconds(10)

    /// - Parameter eventNamespace: prefix of the Redis channels; instances that share events
    ///   must share it.
    init(auth: AuthSettings, postgres: PostgresPool, redis: RedisClient, eventNamespace: String = "energygraph",
         now: @escaping @Sendable () -> Date = { Date() }, parking: ParkingServices? = nil,
         domainSettings: DomainSettings = DomainSettings(), logger: Logger) {
        tokens = JSONWebToken(secret: auth.secret, lifetime: auth.tokenLifetime)
        var authLogger = logger
        authLogger[metadataKey: "component"] = "auth"
        authenticator = BearerAuthenticator(tokens: tokens, users: UserRepository(postgres: postgres), now: now, logger: authLogger)
        bus = RedisEventBus(redis: redis, namespace: eventNamespace)
        services = ResolverServices(tokens: tokens, events: bus, passwordCost: auth.bcryptCost, parking: parking,
                                    domainSettings: domainSettings)
    }

    /// Server-Sent Events on `/graphql`; must be added before the GraphQL routes, so that it
    /// sees requests that accept `text/event-stream` first.
    func register<Context: Hummingbird.RequestContext>(on router: Router<Context>, service: GraphQLService) {
        router.add(middleware: ServerSentEventsMiddleware<Context>(gateway: gateway(service), authenticator: authenticator))
    }

    /// HTTP/1.1 with WebSocket upgrades of `/graphql` (graphql-transport-ws).
    func server(service: GraphQLService) -> HTTPServerBuilder {
        .http1WebSocketUpgrade(configuration: .init(ws: .init(maxFrameSize: service.limits.maxBodyBytes)),
                               shouldUpgrade: webSocket(service: service).shouldUpgrade)
    }

    /// The WebSocket handler over `service`.
    func webSocket(service: GraphQLService) -> GraphQLWebSocketHandler {
        GraphQLWebSocketHandler(gateway: gateway(service), authenticator: authenticator,
                                initTimeout: connectionInitTimeout, maxMessageBytes: service.limits.maxBodyBytes)
    }

    /// Stops the event bus's Redis subscriber.
    func shutdown() async {
        await bus.shutdown()
    }

    private func gateway(_ service: GraphQLService) -> SubscriptionGateway {
        SubscriptionGateway(service: service, services: services)
    }
}
