import Logging

/// The async front of Redis: a small pool of hiredis connections on dedicated threads.
///
/// ```swift
/// try await redis.command("SET", "vehicle:AB123", payload)
/// let reply = try await redis.command("GET", "vehicle:AB123")
/// ```
public final class RedisClient: Sendable {
    public let configuration: RedisConfiguration
    private let pool: ConnectionPool<RedisConnection>
    private let logger: Logger

    /// Creates the pool; connections open lazily on first use.
    public init(configuration: RedisConfiguration, logger: Logger = Logger(label: "energygraph.redis")) {
        self.configuration = configuration
        self.logger = logger
        self.pool = ConnectionPool(
            capacity: configuration.poolSize,
            acquireTimeout: configuration.acquireTimeout,
            hooks: ConnectionPoolHooks(
                open: { try RedisConnection.open(configuration) },
                prepare: { try $0.reconnectIfLost() },
                isReusable: { $0.isReusable },
                close: { _ in },  // the handle frees the context when the last reference goes
                acquireTimeoutError: { timeout in
                    RedisError(.acquireTimeout, message: "no connection free within \(timeout) (pool of \(configuration.poolSize))")
                },
                closedError: { RedisError(.closed, message: "the client was shut down") }
            )
        )
    }

    /// Runs `body` with a connection on a pool thread (for several commands in a row).
    public func withConnection<T: Sendable>(_ body: @escaping @Sendable (RedisConnection) throws -> T) async throws -> T {
        try await pool.withConnection(body)
    }

    /// Sends one command.
    /// - Throws: `RedisError`.
    @discardableResult
    public func command(_ arguments: [RedisArgument]) async throws -> RedisReply {
        try await pool.withConnection { try $0.command(arguments) }
    }

    /// Sends one command given as separate arguments.
    @discardableResult
    public func command(_ arguments: RedisArgument...) async throws -> RedisReply {
        try await command(arguments)
    }

    /// Sends a blocking command (`BLPOP key 1`) with its own reply timeout.
    @discardableResult
    public func command(_ arguments: [RedisArgument], timeout: Duration) async throws -> RedisReply {
        try await pool.withConnection { try $0.command(arguments, timeout: timeout) }
    }

    /// Publishes a message; returns how many subscribers received it.
    @discardableResult
    public func publish(_ message: [UInt8], to channel: String) async throws -> Int {
        try await command("PUBLISH", RedisArgument(channel), RedisArgument(bytes: message)).int ?? 0
    }

    /// Checks that the server answers (`PING`).
    public func ping() async throws {
        try await command("PING")
    }

    /// Makes a subscriber with its own connection and thread, for pub/sub.
    public func makeSubscriber() -> RedisSubscriber {
        RedisSubscriber(configuration: configuration, logger: logger)
    }

    /// Stops the pool's threads. Later calls throw `.closed`.
    public func shutdown() async {
        await pool.shutdown()
    }
}
