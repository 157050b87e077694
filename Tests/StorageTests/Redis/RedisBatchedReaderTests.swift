import Foundation
import Storage
import Testing
import TestSupport

/// Concurrent reads through one `RedisBatchedReader`: right values, fewer `MGET`s than reads.
@Suite struct RedisBatchedReaderTests {
    /// `cmdstat_mget` calls so far on the server.
    static func mgetCalls(_ redis: RedisClient) async throws -> Int {
        let info = try await redis.command("INFO", "commandstats").string ?? ""
        guard let line = info.split(whereSeparator: \.isNewline).first(where: { $0.hasPrefix("cmdstat_mget:") }),
              let calls = line.split(separator: ",").first?.split(separator: "=").last, let n = Int(calls) else { return 0 }
        return n
    }

    @Test("300 concurrent reads get their own key's value and the marker, in fewer MGETs")
    func concurrentReadsShareMGETs() async throws {
        let redis = RedisClient(configuration: try TestServices.redisConfiguration())
        let prefix = TestServices.uniqueName("batched")
        let marker = prefix + ":marker"
        try await redis.command("SET", RedisArgument(marker), "complete")
        for i in stride(from: 0, to: 300, by: 2) { try await redis.command("SET", RedisArgument("\(prefix):\(i)"), RedisArgument("value-\(i)")) }
        let reader = RedisBatchedReader(redis: redis, extraKey: marker)
        let before = try await Self.mgetCalls(redis)
        let reads = try await withThrowingTaskGroup(of: (Int, RedisBatchedReader.Read).self) { group in
            for i in 0..<300 { group.addTask { (i, try await reader.read("\(prefix):\(i)")) } }
            var all: [Int: RedisBatchedReader.Read] = [:]
            for try await (i, read) in group { all[i] = read }
            return all
        }
        let mgets = try await Self.mgetCalls(redis) - before
        #expect(reads.count == 300)
        for i in 0..<300 {
            #expect(reads[i]?.value == (i % 2 == 0 ? .bulk(Array("value-\(i)".utf8)) : .null), "key \(i)")
            #expect(reads[i]?.extra == .bulk(Array("complete".utf8)))
        }
        #expect(mgets >= 1 && mgets < 300, "\(mgets) MGETs for 300 reads")
        await redis.shutdown()
    }

    @Test("a failing MGET fails its reads with the Redis error, and the reader keeps working")
    func failuresReachEveryRead() async throws {
        let redis = RedisClient(configuration: try TestServices.redisConfiguration())
        let key = TestServices.uniqueName("batched-list")
        try await redis.command("RPUSH", RedisArgument(key), "x")
        // MGET of a list key answers nil, not an error; a closed client makes every read fail.
        let reader = RedisBatchedReader(redis: redis)
        #expect(try await reader.read(key).value == .null)
        await redis.shutdown()
        await #expect(throws: RedisError.self) { try await reader.read(key) }
    }
}
