import Foundation

/// The drivers, vehicles and batteries some swaps touch: after a back-dated insert or a
/// correction, the later accepted swaps inside this scope (grown as each is taken) are the ones
/// whose validity can change, so the ones to re-validate and name in a CONFLICT. The database
/// layer selects them with `driver_id = ANY(...) OR vehicle_id = ANY(...) OR ...`; the simplest
/// correct rebuild of the projections is still `SwapLedger.replay(events:from:)` over every
/// accepted swap from the insert's time, starting from the state just before it.
public struct SwapScope: Sendable, Hashable {
    public var driverIDs: Set<Int> = []
    public var vehicleIDs: Set<Int> = []
    public var batteryIDs: Set<Int> = []

    public init() {}

    /// The scope of `events` (e.g. a correction and its original).
    public init(_ events: [SwapEvent]) {
        for event in events { insert(event) }
    }

    public mutating func insert(_ event: SwapEvent) {
        driverIDs.insert(event.input.driverID)
        vehicleIDs.insert(event.vehicleID)
        batteryIDs.insert(event.input.issuedBatteryID)
        if let returned = event.input.returnedBatteryID { batteryIDs.insert(returned) }
    }

    /// Whether `event` touches a driver, vehicle or battery of this scope.
    public func contains(_ event: SwapEvent) -> Bool {
        driverIDs.contains(event.input.driverID) || vehicleIDs.contains(event.vehicleID)
            || batteryIDs.contains(event.input.issuedBatteryID)
            || event.input.returnedBatteryID.map(batteryIDs.contains) == true
    }

    /// The accepted swaps after `event` in time order that touch this scope, growing the scope with
    /// each one taken (a replayed swap can move a battery another later swap needs).
    public func laterSwaps(after event: SwapEvent, in events: [SwapEvent]) -> [SwapEvent] {
        var scope = self
        var taken: [SwapEvent] = []
        for candidate in events.filter({ $0.status == .accepted && SwapEvent.timeOrder(event, $0) }).sorted(by: SwapEvent.timeOrder)
        where scope.contains(candidate) {
            scope.insert(candidate)
            taken.append(candidate)
        }
        return taken
    }
}
