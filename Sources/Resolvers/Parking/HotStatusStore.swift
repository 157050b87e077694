import Logging
import Storage
import Synchronization

/// The hot path of `chargingStatus(plate)`: per plate, the latest session's values in Redis
/// (`<namespace>:parking:status:<plate>`, text of ``ParkingStatusRecord``), so a poll costs one
/// Redis round trip and no SQL.
///
/// - Writes go through after each commit (import, re-import, departure), conditionally: a copy
///   replaces the stored one only when its version is newer, so write-throughs and rebuilds
///   may arrive in any order. A departure stays as a tombstone for a day.
/// - `<namespace>:parking:complete` marks a hot set rebuilt from PostgreSQL; with it, a missing
///   plate is "not parked" without asking PostgreSQL.
/// - When Redis fails (or the marker is gone, e.g. Redis restarted empty), reads fall back to
///   PostgreSQL and a background task pings Redis until it answers, then rebuilds every entry
///   from PostgreSQL; reads use Redis again once a rebuild finished with no write failing since.
public final class HotStatusStore: Sendable {
    let redis: RedisClient
    let repository: ParkingRepository
    let prefix: String
    /// `<namespace>:parking:complete`: set once the hot set was rebuilt from PostgreSQL.
    let completeKey: String
    let nowMs: @Sendable () -> Int64
    let logger: Logger
    /// Concurrent polls share one `MGET` (the plates' keys and the completeness marker).
    let reader: RedisBatchedReader
    private let state = Mutex(State())

    /// How long a departure stays in Redis as a tombstone.
    static let tombstoneSeconds = 86_400

    struct State {
        /// Redis may be stale or unreachable: read from PostgreSQL.
        var suspect = false
        /// Failed Redis operations so far; a rebuild counts only if none failed meanwhile.
        var failures = 0
        /// A healing task runs (set before it starts, cleared when it ends).
        var healing = false
        var healer: Task<Void, Never>?
        var stopped = false
    }

    /// Sets `KEYS[1]` to `ARGV[2]` (expiring after `ARGV[3]` seconds unless 0) when the stored
    /// copy's version (second word) is older than `ARGV[1]`.
    static let conditionalSet = """
        local cur = redis.call('GET', KEYS[1])
        if cur then
          local v = tonumber(string.match(cur, '^%a (%d+)'))
          if v and v >= tonumber(ARGV[1]) then return 0 end
        end
        if ARGV[3] == '0' then redis.call('SET', KEYS[1], ARGV[2]) else redis.call('SET', KEYS[1], ARGV[2], 'EX', ARGV[3]) end
        return 1
        """

    public init(redis: RedisClient, repository: ParkingRepository, namespace: String,
                nowMs: @escaping @Sendable () -> Int64, logger: Logger) {
        self.redis = redis
        self.repository = repository
        self.prefix = namespace + ":parking:"
        self.nowMs = nowMs
        self.logger = logger
        self.completeKey = prefix + "complete"
        self.reader = RedisBatchedReader(redis: redis, extraKey: completeKey)
    }

    func key(_ plate: String) -> String { prefix + "status:" + plate }

    /// Whether reads currently bypass Redis.
    public var isSuspect: Bool { state.withLock { $0.suspect } }

    /// The latest state of `plate` if it is parked, else nil: from Redis when it can answer,
    /// else from PostgreSQL.
    public func parkedRecord(plate: String) async throws -> ParkingStatusRecord? {
        if !isSuspect {
            do {
                let read = try await reader.read(key(plate))
                if let text = read.value.string, let record = ParkingStatusRecord(plate: plate, text: text) {
                    return record.isParked ? record : nil
                }
                if !read.extra.isNull { return nil }
                failed("the hot set is incomplete (Redis restarted or was flushed)")
            } catch {
                failed("reading \(plate): \(error)")
            }
        }
        return try await repository.openSession(plate: plate)?.record
    }

    /// The latest state of `plate`, parked or departed (a subscription's starting point).
    public func latestRecord(plate: String) async throws -> ParkingStatusRecord? {
        if !isSuspect, let text = try? await redis.command("GET", RedisArgument(key(plate))).string,
           let record = ParkingStatusRecord(plate: plate, text: text) {
            return record
        }
        return try await repository.latestSession(plate: plate)?.record
    }

    /// Writes committed changes through to Redis. Never throws: a failure is logged and
    /// heals later by a rebuild.
    public func write(_ records: [ParkingStatusRecord]) async {
        guard !records.isEmpty else { return }
        let commands = records.map(command(for:))
        do {
            try await redis.withConnection { connection in
                for arguments in commands { try connection.command(arguments) }
            }
        } catch {
            failed("writing \(records.count) entries: \(error)")
        }
    }

    func command(for record: ParkingStatusRecord) -> [RedisArgument] {
        ["EVAL", RedisArgument(Self.conditionalSet), 1, RedisArgument(key(record.plate)), RedisArgument(String(record.version)),
         RedisArgument(record.text), RedisArgument(record.isParked ? 0 : Self.tombstoneSeconds)]
    }

    /// Writes every plate's latest session from PostgreSQL into Redis, then marks the set complete.
    /// - Returns: how many entries were written.
    @discardableResult
    public func rebuild() async throws -> Int {
        let sessions = try await repository.latestSessions(nowMs: nowMs(), keepLeftMs: Int64(Self.tombstoneSeconds) * 1000)
        let commands = sessions.map { command(for: $0.record) }
        let complete = completeKey
        try await redis.withConnection { connection in
            for arguments in commands { try connection.command(arguments) }
            try connection.command("SET", RedisArgument(complete), "1")
        }
        return sessions.count
    }

    /// At start-up: rebuilds the hot set; when Redis or PostgreSQL cannot, reads fall back to
    /// PostgreSQL and the rebuild is retried in the background.
    public func start() async {
        do {
            let count = try await rebuild()
            logger.info("parking hot status rebuilt", metadata: ["entries": "\(count)"])
        } catch {
            failed("start-up rebuild: \(error)")
        }
    }

    /// Stops the background healing.
    public func shutdown() {
        let healer = state.withLock { state -> Task<Void, Never>? in
            state.stopped = true
            defer { state.healer = nil }
            return state.healer
        }
        healer?.cancel()
    }

    /// Records a failure: reads go to PostgreSQL until a rebuild succeeds.
    func failed(_ what: String) {
        let start = state.withLock { state -> Bool in
            state.failures += 1
            state.suspect = true
            guard !state.healing, !state.stopped else { return false }
            state.healing = true
            return true
        }
        if start {
            logger.warning("parking hot status: Redis cannot be trusted; reading PostgreSQL until it heals", metadata: ["problem": "\(what)"])
            let task = Task { await self.heal() }
            state.withLock { state in
                if state.stopped { task.cancel() } else if state.healing { state.healer = task }
            }
        }
    }

    /// Pings Redis until it answers, then rebuilds; done when no Redis operation failed meanwhile.
    func heal() async {
        while !Task.isCancelled {
            let generation = state.withLock { $0.failures }
            do {
                try await redis.ping()
                let count = try await rebuild()
                let healed = state.withLock { state -> Bool in
                    guard state.failures == generation else { return false }
                    state.suspect = false
                    state.healing = false
                    state.healer = nil
                    return true
                }
                if healed {
                    logger.info("parking hot status healed", metadata: ["entries": "\(count)"])
                    return
                }
            } catch {
                logger.debug("parking hot status: still unreachable", metadata: ["error": "\(error)"])
            }
            try? await Task.sleep(for: .milliseconds(200))
        }
        state.withLock { $0.healing = false }
    }
}
