import Foundation
import Storage

/// Creating stations, batteries, vehicles and drivers and `updateDriver`, each inside a
/// transaction. Refusals throw `SwapRefusal` (field path, message, code) before or instead of
/// the write; the unique constraints catch names, serials, VINs, plates and phones taken
/// concurrently.
enum SwapCatalogStore {
    static func createStation(name: String, location: String, on conn: PostgresConnection) throws -> Int {
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { throw SwapRefusal([.init(.invalid, field: "name", "A station needs a name.")]) }
        return try uniquely(field: "name", "Station name \(name) is already taken; choose another name.") {
            try conn.query("INSERT INTO stations (name, location) VALUES (\(name), \(location)) RETURNING id").scalar(Int.self)
        }
    }

    static func createBattery(serial: String, capacityKwh: Double, voltage: Double?, stationID: Int, energyKwh: Double,
                              on conn: PostgresConnection) throws -> Int {
        let serial = serial.trimmingCharacters(in: .whitespacesAndNewlines)
        var found: [SwapRuleViolation] = []
        if serial.isEmpty { found.append(.init(.invalid, field: "serial", "A battery needs a serial.")) }
        if !capacityKwh.isFinite || capacityKwh <= 0 {
            found.append(.init(.outOfRange, field: "capacityKwh", "Capacity must be above 0 kWh."))
        } else if !energyKwh.isFinite || energyKwh < 0 || energyKwh > capacityKwh {
            found.append(.init(.outOfRange, field: "energyKwh", "Energy must be between 0 and the capacity of \(capacityKwh) kWh."))
        }
        if let voltage, !voltage.isFinite || voltage <= 0 {
            found.append(.init(.outOfRange, field: "voltage", "Voltage must be above 0 V."))
        }
        if try conn.query("SELECT 1 FROM stations WHERE id = \(stationID)").isEmpty {
            found.append(.init(.notFound, field: "stationId", "Station \(stationID) does not exist; create it first."))
        }
        guard found.isEmpty else { throw SwapRefusal(found) }
        let id = try uniquely(field: "serial", "Serial \(serial) is already taken; each battery has its own serial.") {
            try conn.query("""
                INSERT INTO batteries (serial, capacity_kwh, voltage, initial_station_id, initial_energy_kwh)
                VALUES (\(serial), \(capacityKwh), \(voltage), \(stationID), \(energyKwh)) RETURNING id
                """).scalar(Int.self)
        }
        try conn.execute("INSERT INTO battery_states (battery_id, station_id, energy_kwh) VALUES (\(id), \(stationID), \(energyKwh))")
        return id
    }

    /// A vehicle, optionally carrying a battery that has never been swapped and sits at a station.
    static func createVehicle(vin: String?, plate: String?, odometerKm: Double, batteryID: Int?,
                              on conn: PostgresConnection) throws -> Int {
        let vin = normalized(vin), plate = normalized(plate)
        var found: [SwapRuleViolation] = []
        if vin == nil && plate == nil { found.append(.init(.invalid, field: "vin", "A vehicle needs a VIN or a plate.")) }
        if !odometerKm.isFinite || odometerKm < 0 {
            found.append(.init(.outOfRange, field: "odometerKm", "The odometer must be a number ≥ 0."))
        }
        if let batteryID {
            try conn.execute("LOCK TABLE swaps IN ROW EXCLUSIVE MODE")
            let rows = try conn.query("""
                SELECT vehicle_id, last_swap_id, EXISTS (SELECT 1 FROM swaps WHERE issued_battery_id = \(batteryID)) AS swapped
                FROM battery_states WHERE battery_id = \(batteryID) FOR UPDATE
                """)
            if let row = rows.first {
                if try row.decode(Int?.self, column: "vehicle_id") != nil || row.decode(Bool.self, column: "swapped") {
                    found.append(.init(.conflict, field: "batteryId",
                                       "Battery \(batteryID) has been in a vehicle already; only a battery that was never swapped can start in a new vehicle."))
                }
            } else {
                found.append(.init(.notFound, field: "batteryId", "Battery \(batteryID) does not exist."))
            }
        }
        guard found.isEmpty else { throw SwapRefusal(found) }
        let id = try uniquely(field: vin != nil ? "vin" : "plate", "VIN \(vin ?? "-") or plate \(plate ?? "-") is already registered; look the vehicle up instead.") {
            try conn.query("""
                INSERT INTO vehicles (vin, plate, initial_odometer_km) VALUES (\(vin), \(plate), \(odometerKm)) RETURNING id
                """).scalar(Int.self)
        }
        try conn.execute("INSERT INTO vehicle_states (vehicle_id, odometer_km, battery_id) VALUES (\(id), \(odometerKm), \(batteryID))")
        if let batteryID {
            try conn.execute("UPDATE vehicles SET initial_battery_id = \(batteryID) WHERE id = \(id)")
            try conn.execute("UPDATE batteries SET initial_station_id = NULL, initial_vehicle_id = \(id) WHERE id = \(batteryID)")
            try conn.execute("UPDATE battery_states SET station_id = NULL, vehicle_id = \(id) WHERE battery_id = \(batteryID)")
        }
        return id
    }

    static func createDriver(name: String, phone: String, startedAt: Date, vehicleID: Int?, on conn: PostgresConnection) throws -> Int {
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines), phone = phone.trimmingCharacters(in: .whitespacesAndNewlines)
        var found: [SwapRuleViolation] = []
        if name.isEmpty { found.append(.init(.invalid, field: "name", "A driver needs a name.")) }
        if phone.isEmpty { found.append(.init(.invalid, field: "phone", "A driver needs a phone number.")) }
        if let vehicleID, try conn.query("SELECT 1 FROM vehicles WHERE id = \(vehicleID)").isEmpty {
            found.append(.init(.notFound, field: "vehicleId", "Vehicle \(vehicleID) does not exist; create it first."))
        }
        guard found.isEmpty else { throw SwapRefusal(found) }
        return try uniquely(field: "phone", "Phone \(phone) is already taken by another driver.") {
            try conn.query("""
                INSERT INTO drivers (name, phone, started_at, vehicle_id) VALUES (\(name), \(phone), \(startedAt), \(vehicleID)) RETURNING id
                """).scalar(Int.self)
        }
    }

    /// The changes `updateDriver` makes; nil leaves a field as it is.
    struct DriverChanges: Sendable {
        var name: String?
        var phone: String?
        /// `.some(nil)` takes the driver off their vehicle.
        var vehicleID: Int??
        var endedAt: Date??
    }

    /// Updates a driver. `endedAt` may not cut off swaps already recorded (CONFLICT).
    static func updateDriver(id: Int, _ changes: DriverChanges, on conn: PostgresConnection) throws {
        guard let driver = try conn.query("SELECT \(SwapRows.driver) FROM drivers d WHERE d.id = \(id) FOR UPDATE").first.map(SwapRows.driver) else {
            throw SwapRefusal([.init(.notFound, field: "id", "Driver \(id) does not exist; list drivers to find the id.")])
        }
        var updated = driver
        var found: [SwapRuleViolation] = []
        if let name = changes.name?.trimmingCharacters(in: .whitespacesAndNewlines) {
            if name.isEmpty { found.append(.init(.invalid, field: "name", "A driver needs a name.")) }
            updated.name = name
        }
        if let phone = changes.phone?.trimmingCharacters(in: .whitespacesAndNewlines) {
            if phone.isEmpty { found.append(.init(.invalid, field: "phone", "A driver needs a phone number.")) }
            updated.phone = phone
        }
        if let vehicle = changes.vehicleID {
            if let vehicle, try conn.query("SELECT 1 FROM vehicles WHERE id = \(vehicle)").isEmpty {
                found.append(.init(.notFound, field: "vehicleId", "Vehicle \(vehicle) does not exist; create it first."))
            }
            updated.vehicleID = vehicle
        }
        if let ended = changes.endedAt {
            updated.endedAt = ended
            if let ended, ended <= driver.startedAt {
                found.append(.init(.invalid, field: "endedAt", "A driver must end after starting (\(driver.startedAt))."))
            } else if let ended, let last = try conn.query("""
                SELECT max(occurred_at) AS last FROM swaps WHERE driver_id = \(id) AND status = 'ACCEPTED'
                """).first?.decode(Date?.self, column: "last"), last >= ended {
                found.append(.init(.conflict, field: "endedAt",
                                   "Driver \(id) has an accepted swap at \(last); endedAt must come after it."))
            }
        }
        guard found.isEmpty else { throw SwapRefusal(found) }
        _ = try uniquely(field: "phone", "Phone \(updated.phone) is already taken by another driver.") {
            try conn.execute("""
                UPDATE drivers SET name = \(updated.name), phone = \(updated.phone), vehicle_id = \(updated.vehicleID),
                       ended_at = \(updated.endedAt), updated_at = now() WHERE id = \(id)
                """)
        }
    }

    /// Runs an insert or update; a unique violation becomes an INVALID refusal on `field`.
    private static func uniquely<T>(field: String, _ message: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as PostgresError where error.sqlState == .uniqueViolation {
            throw SwapRefusal([.init(.invalid, field: field, message)])
        }
    }

    /// Trimmed (as `VehicleRecord` stores plates and VINs); nil when empty.
    static func normalized(_ text: String?) -> String? {
        guard let text = text?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
        return text
    }
}
