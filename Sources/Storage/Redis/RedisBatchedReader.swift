import Synchronization

/// Coalesces concurrent single-key reads into one `MGET`: while a read is on its way to Redis,
/// later reads queue and go out together in the next one, so N concurrent polls cost about one
/// pool thread hop and one round trip instead of N. Every read also gets the value of
/// `extraKey` (a marker such as "the hot set is complete") from the same `MGET`.
///
/// ```swift
/// let reader = RedisBatchedReader(redis: redis, extraKey: "parking:complete")
/// let read = try await reader.read("parking:status:AB123")   // read.value, read.extra
/// ```
///
/// At most `maxInFlight` `MGET`s run at once, each with at most `maxBatch` keys. A failed
/// `MGET` fails every read in it with the same `RedisError`.
public final class RedisBatchedReader: Sendable {
    /// One key's value and the extra key's value, from the same `MGET`.
    public struct Read: Sendable, Hashable {
        public let value: RedisReply
        public let extra: RedisReply
    }

    private typealias Waiter = (key: String, continuation: CheckedContinuation<Read, any Error>)

    private struct State {
        var pending: [Waiter] = []
        var inFlight = 0
    }

    private let redis: RedisClient
    private let extraKey: String?
    private let maxBatch: Int
    private let maxInFlight: Int
    private let state = Mutex(State())

    public init(redis: RedisClient, extraKey: String? = nil, maxBatch: Int = 512, maxInFlight: Int = 2) {
        self.redis = redis
        self.extraKey = extraKey
        self.maxBatch = max(1, maxBatch)
        self.maxInFlight = max(1, maxInFlight)
    }

    /// The value of `key` (`.null` when missing) and of the extra key.
    /// - Throws: `RedisError` when the `MGET` carrying this read fails.
    public func read(_ key: String) async throws -> Read {
        try await withCheckedThrowingContinuation { continuation in
            let startsSender = state.withLock { state -> Bool in
                state.pending.append((key, continuation))
                guard state.inFlight < maxInFlight else { return false }
                state.inFlight += 1
                return true
            }
            if startsSender { Task { await self.send() } }
        }
    }

    /// Sends what is queued, batch after batch, until nothing is left.
    private func send() async {
        while true {
            let batch = state.withLock { state -> [Waiter] in
                guard !state.pending.isEmpty else {
                    state.inFlight -= 1
                    return []
                }
                let count = min(maxBatch, state.pending.count)
                let taken = Array(state.pending.prefix(count))
                state.pending.removeFirst(count)
                return taken
            }
            guard !batch.isEmpty else { return }
            var arguments: [RedisArgument] = ["MGET"]
            arguments.reserveCapacity(batch.count + 2)
            for waiter in batch { arguments.append(RedisArgument(waiter.key)) }
            if let extraKey { arguments.append(RedisArgument(extraKey)) }
            do {
                let reply = try await redis.command(arguments)
                guard let items = reply.array, items.count == arguments.count - 1 else {
                    throw RedisError(.server, message: "MGET of \(arguments.count - 1) keys answered \(reply)")
                }
                let extra = extraKey == nil ? RedisReply.null : items[items.count - 1]
                for (index, waiter) in batch.enumerated() {
                    waiter.continuation.resume(returning: Read(value: items[index], extra: extra))
                }
            } catch {
                for waiter in batch { waiter.continuation.resume(throwing: error) }
            }
        }
    }
}
