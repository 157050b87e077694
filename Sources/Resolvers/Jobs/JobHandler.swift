/// Runs the jobs of one kind. The scheduler takes a job, calls ``run(_:)`` while it keeps the
/// lease, and on a thrown error calls ``attemptFailed(_:error:final:)`` and queues a retry
/// (with backoff) unless the attempts are used up.
///
/// A handler must tolerate running a job again after a crash: its steps are idempotent or
/// resume from recorded progress. When the lease is lost the scheduler cancels the task
/// running ``run(_:)``.
public protocol JobHandler: Sendable {
    /// The job kind it runs, e.g. `solar.sync`.
    var kind: String { get }
    /// How long to wait before the next attempt after the `attempt`-th failed.
    var backoff: RetryBackoff { get }
    /// Does the work. Returning means done; throwing means this attempt failed.
    func run(_ job: Job) async throws
    /// Records a failed attempt (`final`: no more attempts follow).
    func attemptFailed(_ job: Job, error: any Error, final: Bool) async
}
