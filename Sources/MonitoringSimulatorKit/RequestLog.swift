import Synchronization

/// Counts what the simulator was asked and how it answered, for tests (`GET /_simulator/stats`).
public final class RequestLog: Sendable {
    /// One distinct query (plant and range) and how it went.
    public struct Query: Sendable, Hashable {
        public let plantID: Int
        public let from: String
        public let to: String
    }

    /// Counts of one query.
    public struct Counts: Sendable, Hashable {
        public var requests = 0
        /// Answers sent complete and on time (slow answers count here too when delivered).
        public var good = 0
    }

    private struct State {
        var total = 0
        var byOutcome: [String: Int] = [:]
        var byQuery: [Query: Counts] = [:]
        var brokenRecords: [Int: Int] = [:]
    }

    private let state = Mutex(State())

    public init() {}

    /// Records a request before it is answered; returns how often the same query came before.
    public func begin(_ query: Query) -> Int {
        state.withLock { s in
            s.total += 1
            let before = s.byQuery[query]?.requests ?? 0
            s.byQuery[query, default: Counts()].requests += 1
            return before
        }
    }

    /// Records the outcome of a request: `ok` or a failure mode's name; `good` when the answer
    /// was a complete, well-formed array.
    public func finish(_ query: Query, outcome: String, good: Bool) {
        state.withLock { s in
            s.byOutcome[outcome, default: 0] += 1
            if good { s.byQuery[query, default: Counts()].good += 1 }
        }
    }

    /// Counts records sent broken (malformed answers) for a plant.
    public func addBroken(_ count: Int, plantID: Int) {
        state.withLock { $0.brokenRecords[plantID, default: 0] += count }
    }

    /// Broken records sent, per plant.
    public var brokenRecords: [Int: Int] { state.withLock { $0.brokenRecords } }

    /// Requests seen so far.
    public var total: Int { state.withLock { $0.total } }

    /// Requests by outcome (`ok`, `error`, `5xx`, `malformed`, `slow`, `bad-request`).
    public var byOutcome: [String: Int] { state.withLock { $0.byOutcome } }

    /// Counts per distinct query.
    public var byQuery: [Query: Counts] { state.withLock { $0.byQuery } }

    /// Forgets everything.
    public func reset() {
        state.withLock { $0 = State() }
    }
}
