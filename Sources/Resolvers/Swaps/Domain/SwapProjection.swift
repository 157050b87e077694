import Foundation

/// Where a battery is now and with how much energy.
public struct BatteryState: Sendable, Hashable {
    public var location: BatteryLocation
    public var energyKwh: Double
}

/// A vehicle's odometer and the battery it carries now.
public struct VehicleState: Sendable, Hashable {
    public var odometerKm: Double
    public var batteryID: Int?
}

/// The projections of the accepted swaps: battery locations and energies, vehicle odometers and
/// batteries, each driver's last accepted swap, and the metrics of each accepted swap.
/// `apply(_:)` assumes the swap was validated against this state (see `SwapValidator`).
public struct SwapProjection: Sendable, Hashable {
    public var batteries: [Int: BatteryState]
    public var vehicles: [Int: VehicleState]
    /// Per driver, the last accepted swap applied (id and issued energy, odometer).
    public var lastSwapOfDriver: [Int: SwapEvent]
    public var metrics: [Int: SwapMetrics]

    /// The state before any swap: each battery where it was created, each vehicle as created.
    public init(batteries: [Battery], vehicles: [Vehicle]) {
        var batteryStates: [Int: BatteryState] = [:]
        for battery in batteries {
            batteryStates[battery.id] = BatteryState(location: battery.initialLocation, energyKwh: battery.initialEnergyKwh)
        }
        var vehicleStates: [Int: VehicleState] = [:]
        for vehicle in vehicles {
            vehicleStates[vehicle.id] = VehicleState(odometerKm: vehicle.initialOdometerKm, batteryID: vehicle.initialBatteryID)
        }
        self.batteries = batteryStates
        self.vehicles = vehicleStates
        self.lastSwapOfDriver = [:]
        self.metrics = [:]
    }

    /// Applies an accepted, validated swap: the issued battery moves to the vehicle with the issued
    /// energy, the returned one to the station with the returned energy, the odometer advances.
    public mutating func apply(_ event: SwapEvent) {
        let input = event.input
        if let returned = input.returnedBatteryID {
            batteries[returned] = BatteryState(location: .station(input.stationID), energyKwh: input.returnedEnergyKwh ?? 0)
        }
        batteries[input.issuedBatteryID] = BatteryState(location: .vehicle(event.vehicleID), energyKwh: input.issuedEnergyKwh)
        vehicles[event.vehicleID, default: VehicleState(odometerKm: 0, batteryID: nil)].odometerKm = input.odometerKm
        vehicles[event.vehicleID]?.batteryID = input.issuedBatteryID
        metrics[event.id] = Self.metrics(of: event, previous: lastSwapOfDriver[input.driverID])
        lastSwapOfDriver[input.driverID] = event
    }

    /// distanceKm, energyUsedKwh and efficiency of `event` after `previous` (DOMAIN.md section 1).
    public static func metrics(of event: SwapEvent, previous: SwapEvent?) -> SwapMetrics {
        guard let previous else {
            return SwapMetrics(previousSwapID: nil, distanceKm: 0, energyUsedKwh: 0, efficiencyKmPerKwh: nil)
        }
        let distance = event.input.odometerKm - previous.input.odometerKm
        let used = previous.input.issuedEnergyKwh - (event.input.returnedEnergyKwh ?? 0)
        return SwapMetrics(previousSwapID: previous.id, distanceKm: distance, energyUsedKwh: used,
                           efficiencyKmPerKwh: used == 0 ? nil : distance / used)
    }
}
