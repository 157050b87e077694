import Foundation
import GraphQLEngine
import Hummingbird
import Logging
import Resolvers
import Schema
import Storage

/// Everything behind `/graphql`, `/metrics` and the explorer, assembled once at start-up.
struct GraphQLEndpoint: Sendable {
    let service: GraphQLService
    let metrics: ServerMetrics
    let explorer: ExplorerPage?
    let postgres: PostgresPool

    /// - Parameters:
    ///   - served: the bound schema (``ServedSchema/load(override:registry:)`` at start-up).
    ///   - explorerAssets: where GraphiQL's files are; nil turns the explorer off.
    ///   - remoteFiles: what imports by URL may fetch (tests allow loopback).
    init(served: ServedSchema, limits: GraphQLLimits, postgres: PostgresPool, redis: RedisClient,
         authenticator: any GraphQLAuthenticator = AnonymousAuthenticator(),
         explorerAssets: ExplorerAssets?, metrics: ServerMetrics = ServerMetrics(),
         root: any Sendable = GraphQLValue.null, services: ResolverServices? = nil,
         now: @escaping @Sendable () -> Date = { Date() }, remoteFiles: RemoteFilePolicy = RemoteFilePolicy(),
         logger: Logger) {
        self.metrics = metrics
        self.postgres = postgres
        var graphQLLogger = logger
        graphQLLogger[metadataKey: "component"] = "graphql"
        service = GraphQLService(served: served, limits: limits,
                                 dependencies: ResolverDependencies(postgres: postgres, redis: redis, remoteFiles: remoteFiles),
                                 authenticator: authenticator, now: now, metrics: metrics, root: root, services: services,
                                 logger: graphQLLogger)
        explorer = explorerAssets.map { ExplorerPage(assets: $0) }
    }

    /// Adds the request-id middleware and the routes.
    func register<Context: Hummingbird.RequestContext>(on router: Router<Context>) {
        router.add(middleware: RequestIDMiddleware(metrics: metrics))
        GraphQLRoutes(service: service, explorer: explorer, metrics: metrics).register(on: router)
        explorer?.register(on: router)
        MetricsRoute(metrics: metrics, documents: service.documents, postgres: postgres).register(on: router)
    }
}
