import Foundation
import Storage

/// The SQL every domain uses to read vehicles (table `vehicles`). Writes belong to the domain
/// that owns the change (swaps register fleet vehicles, parking imports plates).
public struct VehicleRepository: Sendable {
    public let postgres: PostgresPool

    public init(postgres: PostgresPool) {
        self.postgres = postgres
    }

    /// The selected columns, in the order ``vehicle(from:)`` reads them.
    public static let columns: SQL = "id, plate, vin, initial_odometer_km, initial_battery_id, created_at"

    /// Vehicles by id, for loaders: one statement for any number of ids.
    public func vehicles(ids: [Int64]) async throws -> [Int64: VehicleRecord] {
        let rows = try await postgres.query("SELECT \(Self.columns) FROM vehicles WHERE id = ANY(\(ids.map { Int($0) }))")
        var found: [Int64: VehicleRecord] = [:]
        for row in rows {
            let vehicle = try Self.vehicle(from: row)
            found[vehicle.id] = vehicle
        }
        return found
    }

    /// The vehicle with this plate (normalized), or nil.
    public func vehicle(plate: String) async throws -> VehicleRecord? {
        let rows = try await postgres.query(
            "SELECT \(Self.columns) FROM vehicles WHERE plate = \(VehicleRecord.normalizedPlate(plate))")
        return try rows.first.map(Self.vehicle(from:))
    }

    /// The vehicle with this VIN (normalized), or nil.
    public func vehicle(vin: String) async throws -> VehicleRecord? {
        let rows = try await postgres.query(
            "SELECT \(Self.columns) FROM vehicles WHERE vin = \(VehicleRecord.normalizedVIN(vin))")
        return try rows.first.map(Self.vehicle(from:))
    }

    /// Decodes a row selected with ``columns``.
    public static func vehicle(from row: PostgresRow) throws -> VehicleRecord {
        let battery = try row.decode(Int?.self, column: "initial_battery_id")
        return VehicleRecord(id: Int64(try row.decode(Int.self, column: "id")),
                       plate: try row.decode(String?.self, column: "plate"),
                       vin: try row.decode(String?.self, column: "vin"),
                       initialOdometerKm: try row.decode(Double.self, column: "initial_odometer_km"),
                       initialBatteryID: battery.map(Int64.init),
                       createdAt: try row.decode(Date.self, column: "created_at"))
    }
}
