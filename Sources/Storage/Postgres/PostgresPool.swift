import Logging

/// The async front of PostgreSQL: a bounded pool of libpq connections on dedicated threads.
///
/// ```swift
/// let rows = try await postgres.withConnection { conn in
///     try conn.query("SELECT id, capacity_kwh FROM batteries WHERE station_id = ANY(\(stationIDs))")
/// }
/// ```
///
/// The closure runs synchronously on one of `poolSize` pool threads; the caller suspends until
/// it returns. Idle connections that the server dropped are reconnected before use, connections
/// that broke during use are replaced, and a transaction left open is rolled back.
public final class PostgresPool: Sendable {
    public let configuration: PostgresConfiguration
    /// Statements executed through this pool (see `StatementCounter` for what counts).
    public let statements: StatementCounter
    private let pool: ConnectionPool<PostgresConnection>

    /// Creates the pool; connections open lazily on first use.
    public init(configuration: PostgresConfiguration, logger: Logger = Logger(label: "energygraph.postgres")) {
        let counter = StatementCounter()
        self.configuration = configuration
        self.statements = counter
        self.pool = ConnectionPool(
            capacity: configuration.poolSize,
            acquireTimeout: configuration.acquireTimeout,
            hooks: ConnectionPoolHooks(
                open: {
                    logger.debug("opening PostgreSQL connection")
                    return try PostgresConnection.open(configuration, counter: counter)
                },
                prepare: { connection in
                    if !connection.isConnected { logger.info("reconnecting to PostgreSQL") }
                    try connection.reconnectIfLost()
                },
                isReusable: { $0.isReusable },
                close: { _ in },  // the handle closes the connection when the last reference goes
                acquireTimeoutError: { timeout in
                    PostgresError(.acquireTimeout, message: "no connection free within \(timeout) (pool of \(configuration.poolSize))")
                },
                closedError: { PostgresError(.poolClosed, message: "the pool was shut down") }
            )
        )
    }

    /// Connections open right now (idle or in use).
    public var openConnections: Int { pool.openConnections }

    /// Runs `body` with a connection on a pool thread.
    /// - Throws: `PostgresError` or whatever `body` throws.
    public func withConnection<T: Sendable>(
        _ body: @escaping @Sendable (PostgresConnection) throws -> T
    ) async throws -> T {
        try await pool.withConnection(body)
    }

    /// Runs `body` in a transaction on one connection (`COMMIT` on return, `ROLLBACK` on throw).
    /// - Throws: `PostgresError` or whatever `body` throws.
    public func transaction<T: Sendable>(
        isolation: PostgresConnection.IsolationLevel = .readCommitted,
        _ body: @escaping @Sendable (PostgresConnection) throws -> T
    ) async throws -> T {
        try await pool.withConnection { connection in
            try connection.transaction(isolation: isolation) { try body(connection) }
        }
    }

    /// Runs one statement and returns its rows.
    public func query(_ sql: SQL) async throws -> PostgresRows {
        try await pool.withConnection { try $0.query(sql) }
    }

    /// Runs one statement and returns the number of rows it affected.
    @discardableResult
    public func execute(_ sql: SQL) async throws -> Int {
        try await pool.withConnection { try $0.execute(sql) }
    }

    /// Runs statements in one round trip and one implicit transaction (libpq pipeline mode).
    public func pipeline(_ statements: [SQL]) async throws -> [PostgresRows] {
        try await pool.withConnection { try $0.pipeline(statements) }
    }

    /// Checks that the server answers (`SELECT 1`).
    public func ping() async throws {
        _ = try await query("SELECT 1")
    }

    /// Closes idle connections and stops the pool's threads. Later calls throw `.poolClosed`.
    public func shutdown() async {
        await pool.shutdown()
    }
}
