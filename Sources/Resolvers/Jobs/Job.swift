import Foundation
import Storage

/// One row of the `jobs` table as a worker sees it after taking it.
public struct Job: Sendable, Hashable {
    public let id: Int64
    /// What to run, e.g. `solar.sync`; a handler is registered per kind.
    public let kind: String
    /// The handler's input, JSON.
    public let payload: JSONB
    /// Attempts so far, this one included.
    public let attempts: Int
    public let maxAttempts: Int
    /// Who holds the lease (the worker's id) and until when.
    public let lockedBy: String
    public let lockedUntil: Date

    public init(id: Int64, kind: String, payload: JSONB, attempts: Int, maxAttempts: Int, lockedBy: String, lockedUntil: Date) {
        self.id = id
        self.kind = kind
        self.payload = payload
        self.attempts = attempts
        self.maxAttempts = maxAttempts
        self.lockedBy = lockedBy
        self.lockedUntil = lockedUntil
    }

    /// Whether a failure of this attempt is the last one allowed.
    public var isLastAttempt: Bool { attempts >= maxAttempts }

    static let columns: SQL = "id, kind, payload, attempts, max_attempts, locked_by, locked_until"

    static func decode(_ row: PostgresRow) throws -> Job {
        Job(id: Int64(try row.decode(Int.self, column: "id")), kind: try row.decode(String.self, column: "kind"),
            payload: try row.decode(JSONB.self, column: "payload"), attempts: try row.decode(Int.self, column: "attempts"),
            maxAttempts: try row.decode(Int.self, column: "max_attempts"), lockedBy: try row.decode(String.self, column: "locked_by"),
            lockedUntil: try row.decode(Date.self, column: "locked_until"))
    }
}

/// A job to queue.
public struct NewJob: Sendable {
    public var kind: String
    public var payload: JSONB
    public var runAt: Date
    public var maxAttempts: Int
    /// Queued at most once: a second job with the same key is not added.
    public var uniqueKey: String?

    public init(kind: String, payload: JSONB, runAt: Date, maxAttempts: Int = 10, uniqueKey: String? = nil) {
        self.kind = kind
        self.payload = payload
        self.runAt = runAt
        self.maxAttempts = maxAttempts
        self.uniqueKey = uniqueKey
    }
}

/// Exponential backoff with full jitter: attempt n waits a random time in
/// [0, min(cap, base × 2^(n−1))], so retries of many workers spread out instead of colliding.
public struct RetryBackoff: Sendable, Hashable {
    public var base: Duration
    public var cap: Duration

    public init(base: Duration, cap: Duration) {
        self.base = base
        self.cap = max(base, cap)
    }

    /// The upper bound of the wait after the `attempt`-th failure (1-based).
    public func ceiling(afterAttempt attempt: Int) -> Duration {
        let exponent = min(max(attempt - 1, 0), 30)
        let grown = base * (1 << exponent)
        return min(grown, cap)
    }

    /// A wait after the `attempt`-th failure: `unit` (0…1, from a random source) of the ceiling,
    /// never below a tenth of `base` so a retry never spins.
    public func delay(afterAttempt attempt: Int, unit: Double) -> Duration {
        let ceiling = ceiling(afterAttempt: attempt)
        let floor = base / 10
        return max(floor, ceiling * min(1, max(0, unit)))
    }
}
