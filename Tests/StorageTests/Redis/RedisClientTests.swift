import Foundation
import Storage
import Testing
import TestSupport

@Suite struct RedisClientTests {
    @Test func binaryValuesWithNULBytesRoundTrip() async throws {
        let redis = RedisClient(configuration: try TestServices.redisConfiguration())
        let key = RedisArgument(bytes: Array("bin\0key-\(UUID().uuidString)".utf8))
        let value: [UInt8] = [0, 1, 2, 0, 255, 0x0D, 0x0A, 0]
        #expect(try await redis.command("SET", key, RedisArgument(bytes: value), "EX", 60) == .status("OK"))
        #expect(try await redis.command("GET", key) == .bulk(value))
        #expect(try await redis.command("STRLEN", key) == .integer(8))
        #expect(try await redis.command("GET", RedisArgument(TestServices.uniqueName("missing"))) == .null)
        await redis.shutdown()
    }

    @Test func errorRepliesAreThrownWithTheServerCode() async throws {
        let redis = RedisClient(configuration: try TestServices.redisConfiguration())
        let key = RedisArgument(TestServices.uniqueName("list"))
        try await redis.command("RPUSH", key, "a", "b")
        #expect(try await redis.command("LRANGE", key, 0, -1) == .array([.bulk(Array("a".utf8)), .bulk(Array("b".utf8))]))
        let error = await #expect(throws: RedisError.self) { try await redis.command("INCR", key) }
        #expect(error?.kind == .server)
        #expect(error?.serverCode == "WRONGTYPE")
        #expect(error?.description == "Redis error reply")
        try await redis.command("DEL", key)
        await redis.shutdown()
    }

    @Test func pubSubDeliversAMessage() async throws {
        let redis = RedisClient(configuration: try TestServices.redisConfiguration())
        let subscriber = redis.makeSubscriber()
        let channel = TestServices.uniqueName("channel")
        let messages = try await subscriber.subscribe(to: channel)
        let payload: [UInt8] = Array("swap:42 ⚡".utf8) + [0, 7]
        #expect(try await redis.publish(payload, to: channel) == 1)
        let received = try await firstMessage(of: messages, within: .seconds(5))
        #expect(received == RedisMessage(channel: channel, payload: payload))
        await subscriber.shutdown()
        await redis.shutdown()
    }

    @Test func aKilledConnectionIsReplacedOnNextUse() async throws {
        let redis = RedisClient(configuration: try TestServices.redisConfiguration(poolSize: 1))
        let firstID = try await redis.command("CLIENT", "ID").int ?? -1
        let admin = RedisClient(configuration: try TestServices.redisConfiguration(poolSize: 1))
        #expect(try await admin.command("CLIENT", "KILL", "ID", RedisArgument(firstID)) == .integer(1))
        await admin.shutdown()
        try await Task.sleep(for: .milliseconds(100))
        let secondID = try await redis.command("CLIENT", "ID").int ?? -1
        #expect(secondID != firstID)
        await redis.shutdown()
    }

    @Test func aStoppedServerIsAClearErrorWithinTheTimeout() async throws {
        let server = try await ThrowawayRedis.start()
        var configuration = try RedisConfiguration(url: server.url)
        configuration.commandTimeout = .seconds(1)
        configuration.poolSize = 1
        let redis = RedisClient(configuration: configuration)
        try await redis.command("SET", "k", "v")
        await server.stop()
        let clock = ContinuousClock()
        let start = clock.now
        let error = await #expect(throws: RedisError.self) { try await redis.command("GET", "k") }
        #expect(error?.kind == .connection)
        #expect(error?.debugDescription.contains("127.0.0.1:\(server.port)") == true)
        #expect(clock.now - start < .seconds(2))
        await redis.shutdown()
    }

    @Test func aFrozenServerTimesOutInsteadOfHanging() async throws {
        let server = try await ThrowawayRedis.start()
        var configuration = try RedisConfiguration(url: server.url)
        configuration.commandTimeout = .milliseconds(500)
        configuration.poolSize = 1
        let redis = RedisClient(configuration: configuration)
        try await redis.command("SET", "k", "v")
        server.pause()
        let clock = ContinuousClock()
        let start = clock.now
        let error = await #expect(throws: RedisError.self) { try await redis.command("GET", "k") }
        let elapsed = clock.now - start
        #expect(error?.kind == .timeout)
        #expect(elapsed >= .milliseconds(400) && elapsed < .seconds(2))
        server.resume()
        #expect(try await redis.command("GET", "k") == .bulk(Array("v".utf8)))
        await redis.shutdown()
        await server.stop()
    }

    private func firstMessage(of stream: AsyncStream<RedisMessage>, within limit: Duration) async throws -> RedisMessage? {
        try await withThrowingTaskGroup(of: RedisMessage?.self) { group in
            group.addTask {
                for await message in stream { return message }
                return nil
            }
            group.addTask {
                try await Task.sleep(for: limit)
                return nil
            }
            let first = try await group.next() ?? nil
            group.cancelAll()
            return first
        }
    }
}
