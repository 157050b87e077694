import Foundation
import Resolvers
import Synchronization

/// A parking clock that moves only when a test advances it; sleepers wake when it passes
/// their deadline.
final class ManualParkingClock: ParkingClock {
    private struct Waiter {
        let deadlineMs: Int64
        let continuation: CheckedContinuation<Void, any Error>
    }

    private struct State {
        var nowMs: Int64
        var waiters: [Int: Waiter] = [:]
        var cancelled: Set<Int> = []
        var nextID = 0
    }

    private let state: Mutex<State>

    init(startMs: Int64) {
        state = Mutex(State(nowMs: startMs))
    }

    func nowMs() -> Int64 { state.withLock { $0.nowMs } }

    /// Now as a `Date`, for the request context.
    var date: Date { Date(timeIntervalSince1970: Double(nowMs()) / 1000) }

    /// How many tasks sleep on this clock.
    var sleepers: Int { state.withLock { $0.waiters.count } }

    /// Moves the clock to `ms` (never back) and wakes every sleeper whose deadline passed.
    func advance(toMs ms: Int64) {
        let due = state.withLock { state -> [Waiter] in
            state.nowMs = max(state.nowMs, ms)
            let due = state.waiters.filter { $0.value.deadlineMs <= state.nowMs }
            for id in due.keys { state.waiters[id] = nil }
            return Array(due.values)
        }
        for waiter in due { waiter.continuation.resume() }
    }

    func sleep(untilMs deadlineMs: Int64) async throws {
        let id = state.withLock { state -> Int in
            state.nextID += 1
            return state.nextID
        }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let outcome = state.withLock { state -> Result<Void, any Error>? in
                    if state.cancelled.remove(id) != nil { return .failure(CancellationError()) }
                    if state.nowMs >= deadlineMs { return .success(()) }
                    state.waiters[id] = Waiter(deadlineMs: deadlineMs, continuation: continuation)
                    return nil
                }
                if let outcome { continuation.resume(with: outcome) }
            }
        } onCancel: {
            let waiter = state.withLock { state -> Waiter? in
                guard let waiter = state.waiters.removeValue(forKey: id) else {
                    state.cancelled.insert(id)
                    return nil
                }
                return waiter
            }
            waiter?.continuation.resume(throwing: CancellationError())
        }
    }
}
