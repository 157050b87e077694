import Foundation
import Logging
import Storage

/// The background job that turns ACCEPTED bookings past their end into OVERDUE (releasing
/// their prepaid service holds). Every server runs it; the row locks of each transition make
/// concurrent sweeps safe (a booking already changed is skipped).
public struct OverdueSweep: Sendable {
    public let ledger: BookingLedger
    public let interval: Duration
    public let now: @Sendable () -> Date
    public let logger: Logger

    public init(postgres: PostgresPool, interval: Duration, now: @escaping @Sendable () -> Date = { Date() }, logger: Logger) {
        ledger = BookingLedger(postgres: postgres)
        self.interval = interval
        self.now = now
        self.logger = logger
    }

    /// Sweeps every `interval` until the task is cancelled; a failed sweep is logged and retried
    /// at the next tick.
    public func run() async {
        while !Task.isCancelled {
            do {
                let changed = try await sweepOnce()
                if changed > 0 { logger.info("bookings marked overdue", metadata: ["count": "\(changed)"]) }
            } catch is CancellationError {
                return
            } catch {
                logger.warning("overdue sweep failed", metadata: ["error": "\(String(reflecting: error))"])
            }
            do {
                try await Task.sleep(for: interval)
            } catch {
                return
            }
        }
    }

    /// One pass over every booking due, in batches; returns how many changed.
    public func sweepOnce() async throws -> Int {
        var total = 0
        while true {
            let changed = try await ledger.sweepOverdue(now: now(), limit: 100)
            total += changed
            if changed < 100 { return total }
        }
    }
}
