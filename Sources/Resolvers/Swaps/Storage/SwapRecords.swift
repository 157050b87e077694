import Foundation

/// A battery as the API shows it: what it is (the catalog entry) and where it is now.
public struct BatteryRecord: Sendable, Hashable {
    public var battery: Battery
    /// Nil when none was given at creation.
    public var voltage: Double?
    public var state: BatteryState

    public init(battery: Battery, voltage: Double?, state: BatteryState) {
        self.battery = battery
        self.voltage = voltage
        self.state = state
    }

    public var id: Int { battery.id }
}

/// A recorded swap as the API shows it: the event, its stored metrics and who recorded it.
public struct SwapRecord: Sendable, Hashable {
    public var event: SwapEvent
    public var recordedAt: Date
    public var metrics: SwapMetrics
    /// `users.id` of the caller that recorded it; nil for imported history.
    public var recordedBy: Int64?

    public init(event: SwapEvent, recordedAt: Date, metrics: SwapMetrics, recordedBy: Int64?) {
        self.event = event
        self.recordedAt = recordedAt
        self.metrics = metrics
        self.recordedBy = recordedBy
    }

    public var id: Int { event.id }
}

/// A vehicle's projected state: its odometer now and the battery it carries.
public struct VehicleStateRecord: Sendable, Hashable {
    public var vehicleID: Int
    public var state: VehicleState
}

/// One row of `Driver.dailySummaries`, with the driver it belongs to.
public struct DriverDailySummaryRecord: Sendable, Hashable {
    public var driver: Driver
    public var summary: DriverDaySummary
}

/// `Battery.summary(from:to:)`, with the battery it belongs to.
public struct BatterySummaryRecord: Sendable, Hashable {
    public var battery: BatteryRecord
    public var summary: BatterySummary
}

/// What `recordSwap` or `correctSwap` wrote.
public struct SwapWriteOutcome: Sendable, Hashable {
    /// The new swap (the correction, for `correctSwap`).
    public var swapID: Int
    /// The swap now REJECTED, for `correctSwap`.
    public var rejectedID: Int?
    /// How many later swaps were replayed and re-validated.
    public var replayed: Int
    /// Stations whose subscribers hear about the change.
    public var stationIDs: Set<Int>
}

/// One parent's page of a nested swap list and the parent's total.
public struct SwapPage: Sendable, Hashable {
    public var swaps: [SwapRecord]
    public var total: Int
}
