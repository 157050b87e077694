import Foundation
import Storage

/// The columns the swaps repository selects and how a row becomes a domain value. Only this
/// file and the repositories map between snake_case columns and Swift names.
enum SwapRows {
    static let station: SQL = "st.id, st.name, st.location"
    static let driver: SQL = "d.id, d.name, d.phone, d.started_at, d.ended_at, d.vehicle_id"
    static let vehicle: SQL = "v.id, v.vin, v.plate, v.initial_odometer_km, v.initial_battery_id"
    /// `batteries b` joined with `battery_states bs`.
    static let battery: SQL = """
        b.id, b.serial, b.capacity_kwh, b.voltage, b.initial_station_id, b.initial_vehicle_id, b.initial_energy_kwh, \
        bs.station_id AS now_station_id, bs.vehicle_id AS now_vehicle_id, bs.energy_kwh AS now_energy_kwh
        """
    static let swap: SQL = """
        s.id, s.recorded_seq, s.occurred_at, s.recorded_at, s.station_id, s.driver_id, s.vehicle_id, \
        s.issued_battery_id, s.issued_energy_kwh, s.returned_battery_id, s.returned_energy_kwh, s.odometer_km, \
        s.status, s.corrects, s.corrected_by, s.previous_swap_id, s.distance_km, s.energy_used_kwh, s.recorded_by
        """

    static func station(_ row: PostgresRow) throws -> Station {
        Station(id: try row.decode(Int.self, column: "id"), name: try row.decode(String.self, column: "name"),
                location: try row.decode(String.self, column: "location"))
    }

    static func driver(_ row: PostgresRow) throws -> Driver {
        Driver(id: try row.decode(Int.self, column: "id"), name: try row.decode(String.self, column: "name"),
               phone: try row.decode(String.self, column: "phone"),
               startedAt: try row.decode(Date.self, column: "started_at"),
               endedAt: try row.decode(Date?.self, column: "ended_at"),
               vehicleID: try row.decode(Int?.self, column: "vehicle_id"))
    }

    static func vehicle(_ row: PostgresRow) throws -> Vehicle {
        Vehicle(id: try row.decode(Int.self, column: "id"), vin: try row.decode(String?.self, column: "vin"),
                plate: try row.decode(String?.self, column: "plate"),
                initialOdometerKm: try row.decode(Double.self, column: "initial_odometer_km"),
                initialBatteryID: try row.decode(Int?.self, column: "initial_battery_id"))
    }

    static func battery(_ row: PostgresRow) throws -> BatteryRecord {
        let initial = try location(row, station: "initial_station_id", vehicle: "initial_vehicle_id")
        let initialEnergy = try row.decode(Double.self, column: "initial_energy_kwh")
        let voltage = try row.decode(Double?.self, column: "voltage")
        let battery = Battery(id: try row.decode(Int.self, column: "id"), serial: try row.decode(String.self, column: "serial"),
                              capacityKwh: try row.decode(Double.self, column: "capacity_kwh"), voltage: voltage ?? 0,
                              initialLocation: initial, initialEnergyKwh: initialEnergy)
        let now = try location(row, station: "now_station_id", vehicle: "now_vehicle_id")
        let energy = try row.decode(Double?.self, column: "now_energy_kwh") ?? initialEnergy
        return BatteryRecord(battery: battery, voltage: voltage, state: BatteryState(location: now, energyKwh: energy))
    }

    static func swap(_ row: PostgresRow) throws -> SwapRecord {
        let input = SwapInput(stationID: try row.decode(Int.self, column: "station_id"),
                              driverID: try row.decode(Int.self, column: "driver_id"),
                              issuedBatteryID: try row.decode(Int.self, column: "issued_battery_id"),
                              issuedEnergyKwh: try row.decode(Double.self, column: "issued_energy_kwh"),
                              returnedBatteryID: try row.decode(Int?.self, column: "returned_battery_id"),
                              returnedEnergyKwh: try row.decode(Double?.self, column: "returned_energy_kwh"),
                              odometerKm: try row.decode(Double.self, column: "odometer_km"),
                              occurredAt: try row.decode(Date.self, column: "occurred_at"))
        let status = SwapStatus(rawValue: try row.decode(String.self, column: "status")) ?? .accepted
        let event = SwapEvent(id: try row.decode(Int.self, column: "id"), sequence: try row.decode(Int.self, column: "recorded_seq"),
                              input: input, vehicleID: try row.decode(Int.self, column: "vehicle_id"), status: status,
                              corrects: try row.decode(Int?.self, column: "corrects"),
                              correctedBy: try row.decode(Int?.self, column: "corrected_by"))
        let distance = try row.decode(Double.self, column: "distance_km")
        let used = try row.decode(Double.self, column: "energy_used_kwh")
        let metrics = SwapMetrics(previousSwapID: try row.decode(Int?.self, column: "previous_swap_id"), distanceKm: distance,
                                  energyUsedKwh: used, efficiencyKmPerKwh: used == 0 ? nil : distance / used)
        let recordedBy = try row.decode(Int?.self, column: "recorded_by")
        return SwapRecord(event: event, recordedAt: try row.decode(Date.self, column: "recorded_at"), metrics: metrics,
                          recordedBy: recordedBy.map(Int64.init))
    }

    /// A place from a pair of nullable columns (exactly one is set).
    static func location(_ row: PostgresRow, station: String, vehicle: String) throws -> BatteryLocation {
        if let id = try row.decode(Int?.self, column: vehicle) { return .vehicle(id) }
        return .station(try row.decode(Int?.self, column: station) ?? 0)
    }

    /// `(station_id, vehicle_id)` of a place.
    static func columns(of location: BatteryLocation) -> (station: Int?, vehicle: Int?) {
        switch location {
        case .station(let id): (id, nil)
        case .vehicle(let id): (nil, id)
        }
    }
}
