/// What a waiter or an acquirer of a pool receives.
enum PoolLease<Connection> {
    /// Use this idle connection.
    case existing(Connection)
    /// A slot is reserved for you: open a new connection.
    case newSlot
}

extension PoolLease: Sendable where Connection: Sendable {}

/// The bookkeeping of a bounded connection pool, without I/O, clocks or locks.
///
/// The pool feeds it events (`acquire`, `release`, `creationFailed`, `timedOut`, `shutdown`) and
/// carries out the action each returns. Keeping it a plain value makes every transition testable
/// event by event.
///
/// A *slot* is permission to hold one connection; at most `capacity` slots are taken at once.
/// A waiter is handed either an idle connection or a free slot to open a new one with.
struct PoolStateMachine<Connection, Waiter> {
    typealias Lease = PoolLease<Connection>

    /// The action `acquire` asks for.
    enum AcquireAction {
        case lease(Lease)
        /// No connection and no slot: the caller waits under this ticket.
        case wait(ticket: Int)
        case failClosed
    }

    /// The action `release` and `creationFailed` ask for.
    enum ReleaseAction {
        case none
        /// Hand the lease to the waiter.
        case handOver(Waiter, Lease)
        /// Close the connection (it could not be reused, or the pool is shut down).
        case close(Connection)
        /// Close the connection and hand its slot to the waiter.
        case closeAndHandOver(Connection, Waiter)
    }

    let capacity: Int
    private(set) var idle: [Connection] = []
    /// Slots taken: connections idle, leased, or being opened.
    private(set) var taken = 0
    private(set) var waiters: [(ticket: Int, waiter: Waiter)] = []
    private(set) var isShutDown = false
    private var nextTicket = 0

    init(capacity: Int) {
        precondition(capacity > 0, "a pool needs at least one connection")
        self.capacity = capacity
    }

    /// Asks for a connection.
    ///
    /// `waiter` is stored only when the answer is `.wait`.
    mutating func acquire(waiter: Waiter) -> AcquireAction {
        if isShutDown { return .failClosed }
        if let connection = idle.popLast() { return .lease(.existing(connection)) }
        if taken < capacity {
            taken += 1
            return .lease(.newSlot)
        }
        nextTicket += 1
        waiters.append((nextTicket, waiter))
        return .wait(ticket: nextTicket)
    }

    /// Gives a leased connection back.
    ///
    /// - Parameter reusable: false when the connection is broken or in an unknown state.
    mutating func release(_ connection: Connection, reusable: Bool) -> ReleaseAction {
        if isShutDown {
            taken -= 1
            return .close(connection)
        }
        if !waiters.isEmpty {
            let first = waiters.removeFirst()
            return reusable
                ? .handOver(first.waiter, .existing(connection))
                : .closeAndHandOver(connection, first.waiter)
        }
        if reusable {
            idle.append(connection)
            return .none
        }
        taken -= 1
        return .close(connection)
    }

    /// A connection could not be opened in a slot that `acquire` or a hand-over reserved.
    ///
    /// The slot goes to the next waiter, who tries to open one of its own.
    mutating func creationFailed() -> Waiter? {
        if !isShutDown, !waiters.isEmpty {
            return waiters.removeFirst().waiter
        }
        taken -= 1
        return nil
    }

    /// The waiter under `ticket` gave up (timeout or cancellation).
    ///
    /// - Returns: the waiter if it was still waiting; nil if it was already served.
    mutating func cancelWaiting(ticket: Int) -> Waiter? {
        guard let index = waiters.firstIndex(where: { $0.ticket == ticket }) else { return nil }
        return waiters.remove(at: index).waiter
    }

    /// Closes the pool: idle connections are returned for closing, waiters for failing.
    mutating func shutdown() -> (idle: [Connection], waiters: [Waiter]) {
        isShutDown = true
        let closing = idle
        taken -= idle.count
        idle.removeAll()
        let failing = waiters.map(\.waiter)
        waiters.removeAll()
        return (closing, failing)
    }
}
