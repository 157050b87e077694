import Foundation
import Storage
import Testing
import TestSupport

/// Blocking C calls run on the pools' own threads: the cooperative pool keeps making progress.
///
/// Were the calls run on the cooperative pool, more of them than it has threads would leave the
/// ticker no thread for a second or more. The bounds leave room for other tests sharing the
/// machine's two cores.
@Suite struct NonBlockingTests {
    /// More slow calls than the machine has cores.
    static let slowCalls = ProcessInfo.processInfo.activeProcessorCount + 2

    @Test func slowQueriesDoNotStallTheCooperativePool() async throws {
        let database = try await TestDatabase.create()
        let postgres = database.pool(size: Self.slowCalls)
        let clock = ContinuousClock()
        let start = clock.now
        async let slow: Void = withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<Self.slowCalls {
                group.addTask { try await postgres.execute("SELECT pg_sleep(1)") }
            }
            try await group.waitForAll()
        }
        let progress = await Ticker.run(for: .milliseconds(900))
        try await slow
        #expect(clock.now - start < .seconds(3), "the slow queries should run side by side")
        #expect(progress.ticks >= 10, "ticker made \(progress.ticks) ticks")
        #expect(progress.longestGap < .milliseconds(800), "ticker stalled for \(progress.longestGap)")
        await postgres.shutdown()
        try await database.drop()
    }

    @Test func blockedRedisCallsDoNotStallTheCooperativePool() async throws {
        var configuration = try TestServices.redisConfiguration(poolSize: Self.slowCalls)
        configuration.commandTimeout = .seconds(1)
        let redis = RedisClient(configuration: configuration)
        let key = RedisArgument(TestServices.uniqueName("empty-list"))
        async let blocked: [RedisReply] = withThrowingTaskGroup(of: RedisReply.self) { group in
            for _ in 0..<Self.slowCalls {
                group.addTask { try await redis.command(["BLPOP", key, "1"], timeout: .seconds(3)) }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        let progress = await Ticker.run(for: .milliseconds(900))
        #expect(try await blocked == Array(repeating: .null, count: Self.slowCalls))
        #expect(progress.ticks >= 10, "ticker made \(progress.ticks) ticks")
        #expect(progress.longestGap < .milliseconds(800), "ticker stalled for \(progress.longestGap)")
        await redis.shutdown()
    }
}

/// An unrelated task on the cooperative pool that records how steadily it runs.
enum Ticker {
    struct Progress {
        var ticks = 0
        var longestGap = Duration.zero
    }

    static func run(for duration: Duration) async -> Progress {
        let clock = ContinuousClock()
        let end = clock.now + duration
        var progress = Progress()
        var last = clock.now
        while clock.now < end {
            try? await Task.sleep(for: .milliseconds(10))
            let now = clock.now
            progress.longestGap = max(progress.longestGap, now - last)
            progress.ticks += 1
            last = now
        }
        return progress
    }
}
