import Foundation
import Storage

/// Reads, inside a swap transaction, the part of the ledger a write needs: the catalog entries of
/// the drivers, vehicles, batteries and stations involved, and their state just before a point in
/// time. A battery's state after a swap that touched it is fully given by that swap (issued: in
/// the swap's vehicle with the issued energy; returned: at its station with the returned
/// energy), and likewise a vehicle's and a driver's, so "the state before T" is the last accepted
/// swap before T of each, or the initial values when there is none.
enum SwapSnapshot {
    /// The entities some swaps touch.
    struct Keys {
        var stations: Set<Int> = []
        var drivers: Set<Int> = []
        var vehicles: Set<Int> = []
        var batteries: Set<Int> = []

        mutating func insert(_ input: SwapInput, vehicleID: Int?) {
            stations.insert(input.stationID)
            drivers.insert(input.driverID)
            if let vehicleID { vehicles.insert(vehicleID) }
            batteries.insert(input.issuedBatteryID)
            if let returned = input.returnedBatteryID { batteries.insert(returned) }
        }
    }

    /// The catalog entries that exist among `keys` (missing ones are left out: the validator
    /// reports them as NOT_FOUND).
    static func catalog(_ keys: Keys, on conn: PostgresConnection) throws -> SwapCatalog {
        var catalog = SwapCatalog()
        if !keys.stations.isEmpty {
            for row in try conn.query("SELECT \(SwapRows.station) FROM stations st WHERE st.id = ANY(\(Array(keys.stations)))") {
                let station = try SwapRows.station(row)
                catalog.stations[station.id] = station
            }
        }
        if !keys.drivers.isEmpty {
            for row in try conn.query("SELECT \(SwapRows.driver) FROM drivers d WHERE d.id = ANY(\(Array(keys.drivers)))") {
                let driver = try SwapRows.driver(row)
                catalog.drivers[driver.id] = driver
            }
        }
        if !keys.vehicles.isEmpty {
            for row in try conn.query("SELECT \(SwapRows.vehicle) FROM vehicles v WHERE v.id = ANY(\(Array(keys.vehicles)))") {
                let vehicle = try SwapRows.vehicle(row)
                catalog.vehicles[vehicle.id] = vehicle
            }
        }
        if !keys.batteries.isEmpty {
            for row in try conn.query("""
                SELECT \(SwapRows.battery) FROM batteries b LEFT JOIN battery_states bs ON bs.battery_id = b.id
                WHERE b.id = ANY(\(Array(keys.batteries)))
                """) {
                let record = try SwapRows.battery(row)
                catalog.batteries[record.id] = record.battery
            }
        }
        return catalog
    }

    /// The projection of `keys` just before the point `(time, sequence)` in time order, leaving
    /// out swap `excluded` (the original of a correction).
    static func state(before time: Date, sequence: Int, excluding excluded: Int?, keys: Keys, catalog: SwapCatalog,
                      on conn: PostgresConnection) throws -> SwapProjection {
        var projection = SwapProjection(batteries: keys.batteries.compactMap { catalog.batteries[$0] },
                                        vehicles: keys.vehicles.compactMap { catalog.vehicles[$0] })
        let excludedID = excluded ?? 0
        let before: SQL = "s.status = 'ACCEPTED' AND s.id <> \(excludedID) AND (s.occurred_at, s.recorded_seq) < (\(time), \(sequence))"
        if !keys.batteries.isEmpty {
            for row in try conn.query("""
                SELECT DISTINCT ON (k.id) k.id AS key_id, \(SwapRows.swap)
                FROM unnest(\(Array(keys.batteries))::bigint[]) AS k(id)
                JOIN swaps s ON s.issued_battery_id = k.id OR s.returned_battery_id = k.id
                WHERE \(before) ORDER BY k.id, s.occurred_at DESC, s.recorded_seq DESC
                """) {
                let id = try row.decode(Int.self, column: "key_id")
                let event = try SwapRows.swap(row).event
                projection.batteries[id] = event.input.issuedBatteryID == id
                    ? BatteryState(location: .vehicle(event.vehicleID), energyKwh: event.input.issuedEnergyKwh)
                    : BatteryState(location: .station(event.input.stationID), energyKwh: event.input.returnedEnergyKwh ?? 0)
            }
        }
        if !keys.vehicles.isEmpty {
            for row in try conn.query("""
                SELECT DISTINCT ON (s.vehicle_id) \(SwapRows.swap) FROM swaps s
                WHERE s.vehicle_id = ANY(\(Array(keys.vehicles))) AND \(before)
                ORDER BY s.vehicle_id, s.occurred_at DESC, s.recorded_seq DESC
                """) {
                let event = try SwapRows.swap(row).event
                projection.vehicles[event.vehicleID] = VehicleState(odometerKm: event.input.odometerKm, batteryID: event.input.issuedBatteryID)
            }
        }
        if !keys.drivers.isEmpty {
            for row in try conn.query("""
                SELECT DISTINCT ON (s.driver_id) \(SwapRows.swap) FROM swaps s
                WHERE s.driver_id = ANY(\(Array(keys.drivers))) AND \(before)
                ORDER BY s.driver_id, s.occurred_at DESC, s.recorded_seq DESC
                """) {
                let event = try SwapRows.swap(row).event
                projection.lastSwapOfDriver[event.input.driverID] = event
            }
        }
        return projection
    }

    /// Accepted swaps after the point `(time, sequence)` in time order, leaving out `excluded`.
    static func swaps(after time: Date, sequence: Int, excluding excluded: Int?, on conn: PostgresConnection) throws -> [SwapRecord] {
        try conn.query("""
            SELECT \(SwapRows.swap) FROM swaps s
            WHERE s.status = 'ACCEPTED' AND s.id <> \(excluded ?? 0) AND (s.occurred_at, s.recorded_seq) > (\(time), \(sequence))
            ORDER BY s.occurred_at, s.recorded_seq
            """).map(SwapRows.swap)
    }

    /// Whether an accepted swap later than `time` touches the driver, vehicle or batteries.
    static func hasLaterSwap(after time: Date, driverID: Int, vehicleID: Int?, batteryIDs: [Int],
                             on conn: PostgresConnection) throws -> Bool {
        try conn.query("""
            SELECT EXISTS (SELECT 1 FROM swaps s WHERE s.status = 'ACCEPTED' AND s.occurred_at > \(time)
              AND (s.driver_id = \(driverID) OR s.vehicle_id = \(vehicleID ?? 0)
                   OR s.issued_battery_id = ANY(\(batteryIDs)) OR s.returned_battery_id = ANY(\(batteryIDs))))
            """).scalar(Bool.self)
    }
}
