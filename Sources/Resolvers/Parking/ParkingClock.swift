import Foundation

/// The time source of the parking domain: what time it is, and waiting until a given instant
/// (the moment a vehicle becomes ready). Tests inject a clock they advance by hand.
public protocol ParkingClock: Sendable {
    /// Now, in milliseconds since 1970 (UTC).
    func nowMs() -> Int64
    /// Returns when the clock reads `deadlineMs` or later.
    /// - Throws: `CancellationError` when the task is cancelled first.
    func sleep(untilMs deadlineMs: Int64) async throws
}

/// Wall-clock time. Long waits are cut into slices of at most a minute and re-checked against
/// the wall clock, so a clock adjustment delays an event by at most that slice.
public struct SystemParkingClock: ParkingClock {
    public init() {}

    public func nowMs() -> Int64 { EpochMilliseconds.of(Date()) }

    public func sleep(untilMs deadlineMs: Int64) async throws {
        while true {
            let remaining = deadlineMs - nowMs()
            if remaining <= 0 { return }
            try await Task.sleep(for: .milliseconds(min(remaining, 60_000)))
        }
    }
}
