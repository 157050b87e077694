import Foundation

/// Creating stations, batteries, vehicles and drivers, and `updateDriver`, with their rules:
/// unique names, serials, VINs, plates and phones (INVALID), capacity > 0 and energies within it
/// (OUT_OF_RANGE), references that exist (NOT_FOUND). A refusal leaves the ledger unchanged.
extension SwapLedger {
    public mutating func addStation(_ station: Station) throws(SwapRefusal) {
        var found: [SwapRuleViolation] = []
        if station.name.trimmingCharacters(in: .whitespaces).isEmpty {
            found.append(.init(.invalid, field: "name", "A station needs a name."))
        } else if catalog.stations.values.contains(where: { $0.name == station.name && $0.id != station.id }) {
            found.append(.init(.invalid, field: "name", "Station name \(station.name) is already taken."))
        }
        guard found.isEmpty else { throw SwapRefusal(found) }
        updateCatalog { catalog, _ in catalog.stations[station.id] = station }
    }

    public mutating func addBattery(_ battery: Battery) throws(SwapRefusal) {
        var found: [SwapRuleViolation] = []
        if battery.serial.trimmingCharacters(in: .whitespaces).isEmpty {
            found.append(.init(.invalid, field: "serial", "A battery needs a serial."))
        } else if catalog.batteries.values.contains(where: { $0.serial == battery.serial }) {
            found.append(.init(.invalid, field: "serial", "Serial \(battery.serial) is already taken."))
        }
        if !(battery.capacityKwh > 0) || !battery.capacityKwh.isFinite {
            found.append(.init(.outOfRange, field: "capacityKwh", "Capacity must be above 0 kWh."))
        } else if !(0...battery.capacityKwh).contains(battery.initialEnergyKwh) {
            found.append(.init(.outOfRange, field: "energyKwh", "Energy must be between 0 and the capacity."))
        }
        switch battery.initialLocation {
        case .station(let id) where catalog.stations[id] == nil:
            found.append(.init(.notFound, field: "stationId", "Station \(id) does not exist."))
        case .vehicle(let id) where projection.vehicles[id] == nil:
            found.append(.init(.notFound, field: "vehicleId", "Vehicle \(id) does not exist."))
        case .vehicle(let id) where projection.vehicles[id]?.batteryID != nil:
            found.append(.init(.conflict, field: "vehicleId", "Vehicle \(id) already carries a battery."))
        default: break
        }
        guard found.isEmpty else { throw SwapRefusal(found) }
        updateCatalog { catalog, projection in
            catalog.batteries[battery.id] = battery
            projection.batteries[battery.id] = BatteryState(location: battery.initialLocation, energyKwh: battery.initialEnergyKwh)
            // A vehicle that carries no battery has never swapped, so this is its initial battery.
            if case .vehicle(let id) = battery.initialLocation {
                catalog.vehicles[id]?.initialBatteryID = battery.id
                projection.vehicles[id]?.batteryID = battery.id
            }
        }
    }

    public mutating func addVehicle(_ vehicle: Vehicle) throws(SwapRefusal) {
        var found: [SwapRuleViolation] = []
        if vehicle.vin == nil && vehicle.plate == nil {
            found.append(.init(.invalid, field: "vin", "A vehicle needs a VIN or a plate."))
        }
        if let vin = vehicle.vin, catalog.vehicles.values.contains(where: { $0.vin == vin }) {
            found.append(.init(.invalid, field: "vin", "VIN \(vin) is already taken."))
        }
        if let plate = vehicle.plate, catalog.vehicles.values.contains(where: { $0.plate == plate }) {
            found.append(.init(.invalid, field: "plate", "Plate \(plate) is already taken."))
        }
        if !(vehicle.initialOdometerKm >= 0) || !vehicle.initialOdometerKm.isFinite {
            found.append(.init(.outOfRange, field: "odometerKm", "The odometer must be a number ≥ 0."))
        }
        guard found.isEmpty else { throw SwapRefusal(found) }
        var added = vehicle
        added.initialBatteryID = nil
        updateCatalog { catalog, projection in
            catalog.vehicles[vehicle.id] = added
            projection.vehicles[vehicle.id] = VehicleState(odometerKm: vehicle.initialOdometerKm, batteryID: nil)
        }
    }

    /// Adds a driver or replaces one (`updateDriver`: name, phone, vehicle, `endedAt`).
    public mutating func upsertDriver(_ driver: Driver) throws(SwapRefusal) {
        var found: [SwapRuleViolation] = []
        if driver.name.trimmingCharacters(in: .whitespaces).isEmpty {
            found.append(.init(.invalid, field: "name", "A driver needs a name."))
        }
        if catalog.drivers.values.contains(where: { $0.phone == driver.phone && $0.id != driver.id }) {
            found.append(.init(.invalid, field: "phone", "Phone \(driver.phone) is already taken."))
        }
        if let ended = driver.endedAt, ended <= driver.startedAt {
            found.append(.init(.invalid, field: "endedAt", "A driver must end after starting."))
        }
        if let vehicle = driver.vehicleID, catalog.vehicles[vehicle] == nil {
            found.append(.init(.notFound, field: "vehicleId", "Vehicle \(vehicle) does not exist."))
        }
        guard found.isEmpty else { throw SwapRefusal(found) }
        updateCatalog { catalog, _ in catalog.drivers[driver.id] = driver }
    }
}
