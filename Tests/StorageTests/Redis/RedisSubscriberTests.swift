import Foundation
import Storage
import Testing
import TestSupport

/// Pub/sub across connection loss, on a private server so killing clients disturbs no one.
@Suite struct RedisSubscriberTests {
    @Test func aSubscriberResubscribesAfterItsConnectionIsKilled() async throws {
        let server = try await ThrowawayRedis.start()
        let redis = RedisClient(configuration: try RedisConfiguration(url: server.url))
        let subscriber = redis.makeSubscriber()
        let messages = try await subscriber.subscribe(to: "events")
        var iterator = messages.makeAsyncIterator()
        #expect(try await redis.publish(Array("one".utf8), to: "events") == 1)
        #expect(await iterator.next()?.payload == Array("one".utf8))

        #expect(try await redis.command("CLIENT", "KILL", "TYPE", "pubsub").int == 1)
        var receivers = 0
        for _ in 0..<100 where receivers == 0 {
            try await Task.sleep(for: .milliseconds(50))
            receivers = try await redis.command("PUBSUB", "NUMSUB", "events").array?.last?.int ?? 0
        }
        #expect(receivers == 1, "the subscriber should be back within 5 s")
        #expect(try await redis.publish(Array("two".utf8), to: "events") == 1)
        #expect(await iterator.next()?.payload == Array("two".utf8))

        await subscriber.shutdown()
        #expect(await iterator.next() == nil, "shutdown ends the stream")
        await redis.shutdown()
        await server.stop()
    }

    @Test func subscribingWhileRedisIsDownFailsInsteadOfWaiting() async throws {
        var configuration = RedisConfiguration(port: ProcessRunner.freePort())
        configuration.connectTimeout = .milliseconds(500)
        let subscriber = RedisClient(configuration: configuration).makeSubscriber()
        let clock = ContinuousClock()
        let start = clock.now
        let error = await #expect(throws: RedisError.self) { _ = try await subscriber.subscribe(to: "events") }
        #expect(error?.kind == .connection)
        #expect(clock.now - start < .seconds(3))
        await subscriber.shutdown()
    }

    @Test func endingTheIterationUnsubscribes() async throws {
        let redis = RedisClient(configuration: try TestServices.redisConfiguration())
        let subscriber = redis.makeSubscriber()
        let channel = TestServices.uniqueName("short-lived")
        do {
            let messages = try await subscriber.subscribe(to: channel)
            #expect(try await redis.publish([1], to: channel) == 1)
            for await _ in messages { break }
        }
        var receivers = 1
        for _ in 0..<100 where receivers != 0 {
            try await Task.sleep(for: .milliseconds(20))
            receivers = try await redis.command("PUBSUB", "NUMSUB", RedisArgument(channel)).array?.last?.int ?? -1
        }
        #expect(receivers == 0)
        await subscriber.shutdown()
        await redis.shutdown()
    }
}
