import Testing
@testable import Storage

/// The pool's bookkeeping, event by event, without I/O.
@Suite struct PoolStateMachineTests {
    typealias Machine = PoolStateMachine<String, String>

    @Test func opensNewConnectionsUpToCapacityThenQueuesWaiters() {
        var pool = Machine(capacity: 2)
        #expect(isNewSlot(pool.acquire(waiter: "a")))
        #expect(isNewSlot(pool.acquire(waiter: "b")))
        guard case .wait(let ticket) = pool.acquire(waiter: "c") else {
            Issue.record("third acquire should wait")
            return
        }
        #expect(ticket == 1)
        #expect(pool.taken == 2)
        #expect(pool.waiters.map(\.waiter) == ["c"])
    }

    @Test func releaseHandsTheConnectionToTheFirstWaiter() {
        var pool = Machine(capacity: 1)
        _ = pool.acquire(waiter: "a")
        _ = pool.acquire(waiter: "b")
        _ = pool.acquire(waiter: "c")
        guard case .handOver(let waiter, .existing(let connection)) = pool.release("conn1", reusable: true) else {
            Issue.record("expected a hand-over")
            return
        }
        #expect(waiter == "b")
        #expect(connection == "conn1")
        #expect(pool.waiters.map(\.waiter) == ["c"])
        #expect(pool.taken == 1)
    }

    @Test func releaseWithoutWaitersParksTheConnectionForReuse() {
        var pool = Machine(capacity: 1)
        _ = pool.acquire(waiter: "a")
        guard case .none = pool.release("conn1", reusable: true) else {
            Issue.record("expected the connection to be parked")
            return
        }
        #expect(pool.idle == ["conn1"])
        guard case .lease(.existing(let connection)) = pool.acquire(waiter: "b") else {
            Issue.record("expected the idle connection")
            return
        }
        #expect(connection == "conn1")
    }

    @Test func brokenConnectionIsClosedAndItsSlotGoesToTheWaiter() {
        var pool = Machine(capacity: 1)
        _ = pool.acquire(waiter: "a")
        _ = pool.acquire(waiter: "b")
        guard case .closeAndHandOver(let closing, let waiter) = pool.release("conn1", reusable: false) else {
            Issue.record("expected close and hand-over")
            return
        }
        #expect(closing == "conn1")
        #expect(waiter == "b")
        #expect(pool.taken == 1)
    }

    @Test func brokenConnectionWithoutWaitersFreesItsSlot() {
        var pool = Machine(capacity: 1)
        _ = pool.acquire(waiter: "a")
        guard case .close("conn1") = pool.release("conn1", reusable: false) else {
            Issue.record("expected close")
            return
        }
        #expect(pool.taken == 0)
        #expect(isNewSlot(pool.acquire(waiter: "b")))
    }

    @Test func failedOpenPassesTheSlotOnOrFreesIt() {
        var pool = Machine(capacity: 1)
        _ = pool.acquire(waiter: "a")
        _ = pool.acquire(waiter: "b")
        #expect(pool.creationFailed() == "b")
        #expect(pool.taken == 1)
        #expect(pool.creationFailed() == nil)
        #expect(pool.taken == 0)
    }

    @Test func timedOutWaiterIsRemovedOnlyOnce() {
        var pool = Machine(capacity: 1)
        _ = pool.acquire(waiter: "a")
        guard case .wait(let ticket) = pool.acquire(waiter: "b") else {
            Issue.record("expected wait")
            return
        }
        #expect(pool.cancelWaiting(ticket: ticket) == "b")
        #expect(pool.cancelWaiting(ticket: ticket) == nil)
        guard case .none = pool.release("conn1", reusable: true) else {
            Issue.record("a removed waiter must not be served")
            return
        }
    }

    @Test func shutdownReturnsIdleConnectionsAndWaitersAndRefusesNewAcquires() {
        var pool = Machine(capacity: 2)
        _ = pool.acquire(waiter: "a")
        _ = pool.acquire(waiter: "b")
        _ = pool.release("conn1", reusable: true)
        _ = pool.acquire(waiter: "c")  // takes conn1
        _ = pool.acquire(waiter: "d")  // waits
        let (idle, waiters) = pool.shutdown()
        #expect(idle == [])
        #expect(waiters == ["d"])
        guard case .failClosed = pool.acquire(waiter: "e") else {
            Issue.record("expected failClosed")
            return
        }
        guard case .close("conn1") = pool.release("conn1", reusable: true) else {
            Issue.record("released connections close after shutdown")
            return
        }
        #expect(pool.taken == 1)
    }

    private func isNewSlot(_ action: Machine.AcquireAction) -> Bool {
        if case .lease(.newSlot) = action { return true }
        return false
    }
}
