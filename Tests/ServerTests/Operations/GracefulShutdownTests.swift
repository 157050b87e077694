import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Hummingbird
import Logging
import Resolvers
import Schema
import ServiceLifecycle
import Storage
import Synchronization
import Testing
import TestSupport
@testable import Server

/// A graceful shutdown (what SIGTERM triggers) lets an in-flight GraphQL request finish.
@Suite("Graceful shutdown")
struct GracefulShutdownTests {
    @Test func inFlightRequestFinishesAfterShutdownStarts() async throws {
        var registry = ResolverRegistry()
        registry.field("Query", "slow", access: .anyone) { _, _, _, _ in
            .async {
                try await Task.sleep(for: .milliseconds(700))
                return .string("done")
            }
        }
        let served = try ServedSchema(sdl: "type Query { slow: String }", path: "slow.graphql", registry: registry)
        let postgres = PostgresPool(configuration: PostgresConfiguration(url: TestServices.databaseURL, poolSize: 1))
        let redis = RedisClient(configuration: try TestServices.redisConfiguration(poolSize: 1))
        let endpoint = GraphQLEndpoint(served: served, limits: GraphQLLimits(), postgres: postgres, redis: redis,
                                       explorerAssets: nil, logger: Logger(label: "test"))
        let router = Router()
        endpoint.register(on: router)
        let port = Mutex(0)
        let (started, startedContinuation) = AsyncStream<Void>.makeStream()
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
                              onServerRunning: { channel in
                                  port.withLock { $0 = channel.localAddress?.port ?? 0 }
                                  startedContinuation.yield()
                              }, logger: Logger(label: "test"))
        let group = ServiceGroup(configuration: .init(services: [app], logger: Logger(label: "test")))
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            for await _ in started { break }
            var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port.withLock { $0 })/graphql")!)
            request.httpMethod = "POST"
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
            request.httpBody = Data(#"{"query":"{ slow }"}"#.utf8)
            let response = Task { try await URLSession.shared.data(for: request) }
            try await Task.sleep(for: .milliseconds(250))
            await group.triggerGracefulShutdown()
            let (data, http) = try await response.value
            #expect((http as? HTTPURLResponse)?.statusCode == 200)
            #expect(String(decoding: data, as: UTF8.self) == #"{"data":{"slow":"done"}}"#)
            try await tasks.waitForAll()
        }
        await postgres.shutdown()
        await redis.shutdown()
    }
}
