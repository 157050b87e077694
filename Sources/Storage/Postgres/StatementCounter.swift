import Synchronization

/// Counts statements sent to the server, so tests can assert exact SQL counts.
///
/// Every statement counts: queries, `execute`, each statement of a pipeline, and the `BEGIN`,
/// `COMMIT` and `ROLLBACK` of transactions. Health checks and reconnects do not.
public final class StatementCounter: Sendable {
    private let count = Mutex(0)

    public init() {}

    /// Statements executed so far.
    public var value: Int { count.withLock { $0 } }

    func add(_ statements: Int = 1) {
        count.withLock { $0 += statements }
    }
}
