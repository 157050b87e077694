import Foundation

/// The entities a swap refers to, as they exist (not their projected state).
public struct SwapCatalog: Sendable, Hashable {
    public var stations: [Int: Station] = [:]
    public var batteries: [Int: Battery] = [:]
    public var vehicles: [Int: Vehicle] = [:]
    public var drivers: [Int: Driver] = [:]

    public init() {}
}

/// The rules of `recordSwap` (DOMAIN.md section 1), pure: the catalog says what exists, the
/// projection what holds just before the swap's time. The database layer builds both from a
/// snapshot of the affected rows and calls the same function.
public enum SwapValidator {
    /// Every broken rule of `input` (empty when it may be recorded). `vehicleID` is the vehicle the
    /// swap is for (the driver's when recording; the recorded one when replaying).
    public static func violations(of input: SwapInput, vehicleID: Int?, catalog: SwapCatalog,
                                  projection: SwapProjection, now: Date) -> [SwapRuleViolation] {
        var found: [SwapRuleViolation] = []
        if catalog.stations[input.stationID] == nil {
            found.append(.init(.notFound, field: "stationId", "Station \(input.stationID) does not exist."))
        }
        let driver = catalog.drivers[input.driverID]
        if driver == nil {
            found.append(.init(.notFound, field: "driverId", "Driver \(input.driverID) does not exist."))
        }
        let issued = catalog.batteries[input.issuedBatteryID]
        if issued == nil {
            found.append(.init(.notFound, field: "issuedBatteryId", "Battery \(input.issuedBatteryID) does not exist."))
        }
        var returned: Battery?
        if let id = input.returnedBatteryID {
            returned = catalog.batteries[id]
            if returned == nil { found.append(.init(.notFound, field: "returnedBatteryId", "Battery \(id) does not exist.")) }
        }
        if input.occurredAt > now {
            found.append(.init(.invalid, field: "occurredAt", "A swap cannot occur in the future."))
        }
        if input.returnedBatteryID != nil, input.returnedEnergyKwh == nil {
            found.append(.init(.invalid, field: "returnedEnergyKwh", "Give the returned battery's remaining energy."))
        }
        if input.returnedBatteryID == nil, input.returnedEnergyKwh != nil {
            found.append(.init(.invalid, field: "returnedBatteryId", "Energy was given for a returned battery that is missing."))
        }
        if let issued { checkEnergy(input.issuedEnergyKwh, of: issued, field: "issuedEnergyKwh", into: &found) }
        if let returned, let energy = input.returnedEnergyKwh {
            checkEnergy(energy, of: returned, field: "returnedEnergyKwh", into: &found)
        }
        if !input.odometerKm.isFinite || input.odometerKm < 0 {
            found.append(.init(.outOfRange, field: "odometerKm", "The odometer must be a number ≥ 0."))
        }
        guard found.isEmpty, let driver, issued != nil else { return found }

        if !driver.isActive(at: input.occurredAt) {
            found.append(.init(.conflict, field: "driverId", "Driver \(driver.id) is not active at that time."))
        }
        guard let vehicleID, let vehicle = projection.vehicles[vehicleID] else {
            found.append(.init(.conflict, field: "driverId", "Driver \(driver.id) has no vehicle."))
            return found
        }
        if input.returnedBatteryID != vehicle.batteryID {
            let carried = vehicle.batteryID.map { "battery \($0)" } ?? "no battery"
            found.append(.init(.conflict, field: "returnedBatteryId",
                               "Vehicle \(vehicleID) carries \(carried) at that time; return exactly that battery."))
        } else if let id = input.returnedBatteryID, let energy = input.returnedEnergyKwh,
                  let state = projection.batteries[id], energy > state.energyKwh {
            found.append(.init(.conflict, field: "returnedEnergyKwh",
                               "Battery \(id) was issued with \(state.energyKwh) kWh; it cannot come back with more."))
        }
        if projection.batteries[input.issuedBatteryID]?.location != .station(input.stationID) {
            found.append(.init(.conflict, field: "issuedBatteryId",
                               "Battery \(input.issuedBatteryID) is not at station \(input.stationID) at that time."))
        }
        if input.odometerKm < vehicle.odometerKm {
            found.append(.init(.conflict, field: "odometerKm",
                               "Vehicle \(vehicleID) already shows \(vehicle.odometerKm) km; the odometer cannot go back."))
        }
        return found
    }

    private static func checkEnergy(_ energy: Double, of battery: Battery, field: String,
                                    into found: inout [SwapRuleViolation]) {
        if !energy.isFinite || energy < 0 || energy > battery.capacityKwh {
            found.append(.init(.outOfRange, field: field,
                               "Energy must be between 0 and battery \(battery.id)'s capacity of \(battery.capacityKwh) kWh."))
        }
    }
}
