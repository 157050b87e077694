import Resolvers
import Storage

/// The event bus over Redis pub/sub: a topic is the channel `<namespace>:events:<topic>`
/// (namespace `energygraph` unless several deployments, or tests, share one Redis).
///
/// Every process publishes with `PUBLISH` and listens through one shared `RedisSubscriber`
/// (one connection and one thread for all of its subscriptions), so an event published by any
/// server instance reaches the subscribers of every instance, the publisher's own included.
final class RedisEventBus: EventBus {
    let channelPrefix: String
    private let redis: RedisClient
    private let subscriber: RedisSubscriber

    init(redis: RedisClient, namespace: String = "energygraph") {
        self.redis = redis
        self.subscriber = redis.makeSubscriber()
        channelPrefix = namespace + ":events:"
    }

    func publish(topic: String, payload: [UInt8]) async throws {
        _ = try await redis.publish(payload, to: channelPrefix + topic)
    }

    func subscribe(topic: String) async throws -> AsyncStream<[UInt8]> {
        let messages = try await subscriber.subscribe(to: channelPrefix + topic)
        return AsyncStream { continuation in
            let task = Task {
                for await message in messages { continuation.yield(message.payload) }
                continuation.finish()
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    /// Ends every subscription and closes the subscriber's connection.
    func shutdown() async {
        await subscriber.shutdown()
    }
}
