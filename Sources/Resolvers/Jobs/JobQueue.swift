import Foundation
import Storage

/// All SQL of the job table: queue, take (`FOR UPDATE SKIP LOCKED`, so no two workers take the
/// same job), renew the lease, finish, retry later, fail, cancel.
///
/// A taken job carries a lease (`locked_by`, `locked_until`). A worker renews it while it
/// works; a worker that crashed stops renewing, and once `locked_until` has passed any worker
/// may take the job again (its attempt count goes up, so a job that crashes its workers
/// fails after `max_attempts`). Times come from the caller's clock, not the database's.
public struct JobQueue: Sendable {
    public let postgres: PostgresPool

    public init(postgres: PostgresPool) {
        self.postgres = postgres
    }

    /// Queues a job; returns its id, or nil when a job with the same `uniqueKey` exists.
    @discardableResult
    public func enqueue(_ job: NewJob) async throws -> Int64? {
        try await postgres.withConnection { try Self.enqueue(job, on: $0) }
    }

    /// ``enqueue(_:)`` on a connection, inside the caller's transaction.
    public static func enqueue(_ job: NewJob, on connection: PostgresConnection) throws -> Int64? {
        let uniqueKey: SQL = job.uniqueKey.map { "\($0)" } ?? "NULL"
        let rows = try connection.query("""
            INSERT INTO jobs (kind, payload, run_at, max_attempts, unique_key, created_at)
            VALUES (\(job.kind), \(job.payload), \(job.runAt), \(job.maxAttempts), \(uniqueKey), \(job.runAt))
            ON CONFLICT (unique_key) WHERE unique_key IS NOT NULL DO NOTHING
            RETURNING id
            """)
        return try rows.first.map { Int64(try $0.decode(Int.self, column: "id")) }
    }

    /// Takes the next due job of one of `kinds` whose lease is free or expired, and leases it
    /// to `worker` until `now + lease`.
    public func take(kinds: [String], worker: String, now: Date, lease: Duration) async throws -> Job? {
        let until = now.addingTimeInterval(lease.timeInterval)
        let rows = try await postgres.query("""
            UPDATE jobs SET state = 'running', attempts = attempts + 1, locked_by = \(worker),
                   locked_until = \(until), started_at = \(now)
            WHERE id = (
                SELECT id FROM jobs
                WHERE finished_at IS NULL AND kind = ANY(\(kinds)) AND run_at <= \(now)
                  AND (locked_until IS NULL OR locked_until < \(now))
                ORDER BY run_at, id
                LIMIT 1
                FOR UPDATE SKIP LOCKED)
            RETURNING \(Job.columns)
            """)
        return try rows.first.map(Job.decode)
    }

    /// Extends the lease; false when the job is no longer this worker's (finished, cancelled,
    /// or taken by another worker after the lease ran out).
    public func renew(_ job: Job, now: Date, lease: Duration) async throws -> Bool {
        try await postgres.execute("""
            UPDATE jobs SET locked_until = \(now.addingTimeInterval(lease.timeInterval))
            WHERE id = \(Int(job.id)) AND locked_by = \(job.lockedBy) AND finished_at IS NULL
            """) == 1
    }

    /// Marks the job done (`locked_by` stays: it tells which worker finished it).
    public func succeed(_ job: Job, now: Date) async throws {
        try await postgres.execute("""
            UPDATE jobs SET state = 'succeeded', finished_at = \(now), locked_until = NULL, last_error = NULL
            WHERE id = \(Int(job.id)) AND locked_by = \(job.lockedBy) AND finished_at IS NULL
            """)
    }

    /// Records the failure of this attempt and queues the next at `retryAt`, or, when the
    /// attempts are used up, marks the job failed. Returns whether it will be retried.
    @discardableResult
    public func fail(_ job: Job, error: String, now: Date, retryAt: Date) async throws -> Bool {
        let retry = !job.isLastAttempt
        try await postgres.execute("""
            UPDATE jobs SET last_error = \(error), locked_by = NULL, locked_until = NULL,
                   state = \(retry ? "queued" : "failed"), run_at = \(retry ? retryAt : now),
                   finished_at = \(retry ? "NULL" : "\(now)" as SQL)
            WHERE id = \(Int(job.id)) AND locked_by = \(job.lockedBy) AND finished_at IS NULL
            """)
        return retry
    }

    /// Gives the job back without counting a failure (the server is shutting down): any worker
    /// may take it at once.
    public func release(_ job: Job, now: Date) async throws {
        try await postgres.execute("""
            UPDATE jobs SET state = 'queued', locked_by = NULL, locked_until = NULL, run_at = \(now),
                   attempts = greatest(attempts - 1, 0)
            WHERE id = \(Int(job.id)) AND locked_by = \(job.lockedBy) AND finished_at IS NULL
            """)
    }

    /// Cancels unfinished jobs by id (a running worker notices when it renews its lease).
    public static func cancel(ids: [Int64], reason: String, now: Date, on connection: PostgresConnection) throws {
        guard !ids.isEmpty else { return }
        try connection.execute("""
            UPDATE jobs SET state = 'cancelled', finished_at = \(now), last_error = \(reason), locked_by = NULL, locked_until = NULL
            WHERE id = ANY(\(ids.map { Int($0) })) AND finished_at IS NULL
            """)
    }
}

extension Duration {
    /// The duration in seconds, with its fraction.
    public var timeInterval: TimeInterval {
        let (whole, attoseconds) = components
        return Double(whole) + Double(attoseconds) / 1e18
    }
}
