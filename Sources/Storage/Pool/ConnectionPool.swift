import NIOPosix
import Synchronization

/// What a concrete client tells the pool about its connections. Every hook runs on a pool thread.
struct ConnectionPoolHooks<Connection: Sendable>: Sendable {
    /// Opens a new connection (blocking).
    var open: @Sendable () throws -> Connection
    /// Checks an idle connection before it is used and reconnects it if it was lost.
    var prepare: @Sendable (Connection) throws -> Void
    /// Says, after use, whether the connection may go back to the pool (it may clean up first).
    var isReusable: @Sendable (Connection) -> Bool
    /// Closes a connection for good.
    var close: @Sendable (Connection) -> Void
    /// The error for an acquire that waited longer than the acquire timeout.
    var acquireTimeoutError: @Sendable (Duration) -> any Error
    /// The error for using a pool that was shut down.
    var closedError: @Sendable () -> any Error
}

/// A bounded pool of blocking connections, each used on a thread of its own thread pool.
///
/// The async API never blocks the caller's executor: `withConnection` waits for a lease
/// (suspending, with a timeout), then runs the synchronous body on one of `capacity` dedicated
/// threads and resumes the caller when it returns. No C client call ever runs on an event loop
/// or on Swift's cooperative pool.
final class ConnectionPool<Connection: Sendable>: Sendable {
    typealias Waiter = CheckedContinuation<PoolLease<Connection>, any Error>

    let capacity: Int
    private let acquireTimeout: Duration
    private let hooks: ConnectionPoolHooks<Connection>
    private let threadPool: NIOThreadPool
    private let state: Mutex<PoolStateMachine<Connection, Waiter>>

    /// Creates the pool and starts its threads; connections are opened lazily.
    init(capacity: Int, acquireTimeout: Duration, hooks: ConnectionPoolHooks<Connection>) {
        self.capacity = capacity
        self.acquireTimeout = acquireTimeout
        self.hooks = hooks
        self.threadPool = NIOThreadPool(numberOfThreads: capacity)
        self.state = Mutex(PoolStateMachine(capacity: capacity))
        threadPool.start()
    }

    /// Connections currently open or being opened.
    var openConnections: Int { state.withLock { $0.taken } }

    /// Runs `body` with a connection on a pool thread.
    ///
    /// - Throws: the acquire-timeout or closed error from the hooks, connection errors from
    ///   `open`/`prepare`, or whatever `body` throws.
    func withConnection<T: Sendable>(
        _ body: @escaping @Sendable (Connection) throws -> T
    ) async throws -> T {
        let lease = try await acquire()
        return try await threadPool.runIfActive { [self] in
            let connection: Connection
            switch lease {
            case .existing(let idle):
                do {
                    try hooks.prepare(idle)
                } catch {
                    release(idle, reusable: false)
                    throw error
                }
                connection = idle
            case .newSlot:
                do {
                    connection = try hooks.open()
                } catch {
                    if let waiter = state.withLock({ $0.creationFailed() }) {
                        waiter.resume(returning: .newSlot)
                    }
                    throw error
                }
            }
            do {
                let value = try body(connection)
                release(connection, reusable: hooks.isReusable(connection))
                return value
            } catch {
                release(connection, reusable: hooks.isReusable(connection))
                throw error
            }
        }
    }

    /// Closes idle connections, fails waiters, and stops the threads once leased work is done.
    func shutdown() async {
        let (idle, waiters) = state.withLock { $0.shutdown() }
        for waiter in waiters { waiter.resume(throwing: hooks.closedError()) }
        let hooks = self.hooks
        _ = try? await threadPool.runIfActive { for connection in idle { hooks.close(connection) } }
        try? await threadPool.shutdownGracefully()
    }

    private func acquire() async throws -> PoolLease<Connection> {
        let timeout = acquireTimeout
        return try await withCheckedThrowingContinuation { (waiter: Waiter) in
            switch state.withLock({ $0.acquire(waiter: waiter) }) {
            case .lease(let lease):
                waiter.resume(returning: lease)
            case .failClosed:
                waiter.resume(throwing: hooks.closedError())
            case .wait(let ticket):
                Task { [self] in
                    try? await Task.sleep(for: timeout)
                    if let expired = state.withLock({ $0.cancelWaiting(ticket: ticket) }) {
                        expired.resume(throwing: hooks.acquireTimeoutError(timeout))
                    }
                }
            }
        }
    }

    private func release(_ connection: Connection, reusable: Bool) {
        switch state.withLock({ $0.release(connection, reusable: reusable) }) {
        case .none:
            break
        case .handOver(let waiter, let lease):
            waiter.resume(returning: lease)
        case .close(let closing):
            hooks.close(closing)
        case .closeAndHandOver(let closing, let waiter):
            hooks.close(closing)
            waiter.resume(returning: .newSlot)
        }
    }
}
