import Foundation
import Storage

/// Imports a swap history in the sample's CSV shape (`charging_stations.csv`, `batteries.csv`,
/// `vehicles.csv`, `drivers.csv`, `battery_transactions.csv`) through the same rules as the API,
/// in ONE transaction: every entity is created as `createStation`/`createBattery`/… would,
/// every swap recorded as `recordSwap` would (validated as it goes in), and a correction
/// applied as soon as its original is in (DOMAIN.md section 1). Any refused row refuses the
/// whole import; nothing is half-written. The files' ids are mapped to new database ids.
public enum SwapHistoryImporter {
    /// The file names read, in the order they are imported.
    public static let fileNames = ["charging_stations.csv", "batteries.csv", "vehicles.csv", "drivers.csv", "battery_transactions.csv"]

    /// What was imported.
    public struct Report: Sendable, Hashable, CustomStringConvertible {
        public var stations = 0, batteries = 0, vehicles = 0, drivers = 0, swaps = 0, corrections = 0

        public init(stations: Int = 0, batteries: Int = 0, vehicles: Int = 0, drivers: Int = 0, swaps: Int = 0, corrections: Int = 0) {
            self.stations = stations
            self.batteries = batteries
            self.vehicles = vehicles
            self.drivers = drivers
            self.swaps = swaps
            self.corrections = corrections
        }

        public var description: String {
            "\(stations) stations, \(batteries) batteries, \(vehicles) vehicles, \(drivers) drivers, \(swaps) swaps, \(corrections) corrections"
        }
    }

    /// A row that could not be imported; the import changed nothing.
    public struct ImportError: Error, Sendable, CustomStringConvertible {
        public var file: String
        /// The physical line (1-based, header included).
        public var line: Int
        public var message: String

        public var description: String { "\(file) line \(line): \(message) Nothing was imported." }
    }

    /// Imports the files' texts (by file name) at `now` (a swap after `now` is refused).
    public static func importHistory(files: [String: String], into postgres: PostgresPool, now: Date) async throws -> Report {
        var tables: [String: [[String: String]]] = [:]
        for name in fileNames {
            guard let text = files[name] else { throw ImportError(file: name, line: 0, message: "The file is missing.") }
            tables[name] = SwapSeedLoader.rows(text: text)
        }
        let parsed = tables
        return try await postgres.transaction { conn in try importTables(parsed, now: now, on: conn) }
    }

    /// Whether any station exists (the demo-data step imports only into an empty database).
    public static func hasStations(_ postgres: PostgresPool) async throws -> Bool {
        try await postgres.query("SELECT EXISTS (SELECT 1 FROM stations)").scalar(Bool.self)
    }

    static func importTables(_ tables: [String: [[String: String]]], now: Date, on conn: PostgresConnection) throws -> Report {
        var report = Report()
        var stations: [Int: Int] = [:], batteries: [Int: Int] = [:], vehicles: [Int: Int] = [:], drivers: [Int: Int] = [:]
        try each(tables, "charging_stations.csv") { row in
            stations[try row.int("id")] = try SwapCatalogStore.createStation(name: row["name"], location: row["location"], on: conn)
            report.stations += 1
        }
        try each(tables, "batteries.csv") { row in
            let capacity = try row.double("capacity")
            batteries[try row.int("id")] = try SwapCatalogStore.createBattery(
                serial: row["serial"], capacityKwh: capacity, voltage: try row.optionalDouble("voltage"),
                stationID: try row.mapped("initial_charging_station_id", stations), energyKwh: capacity, on: conn)
            report.batteries += 1
        }
        try each(tables, "vehicles.csv") { row in
            vehicles[try row.int("id")] = try SwapCatalogStore.createVehicle(
                vin: row["vin"], plate: row["plate"], odometerKm: try row.double("initial_odometer_reading"),
                batteryID: try row.optionalInt("initial_battery_id").map { try row.map($0, batteries, "initial_battery_id") }, on: conn)
            report.vehicles += 1
        }
        try each(tables, "drivers.csv") { row in
            let name = ["name1", "name2", "name3"].map { row[$0] }.filter { !$0.isEmpty }.joined(separator: " ")
            let id = try SwapCatalogStore.createDriver(
                name: name, phone: row["primary_phone_number"], startedAt: try row.date("date_started"),
                vehicleID: try row.optionalInt("current_vehicle_id").map { try row.map($0, vehicles, "current_vehicle_id") }, on: conn)
            if let ended = try row.optionalDate("date_ended") {
                try SwapCatalogStore.updateDriver(id: id, .init(endedAt: .some(ended)), on: conn)
            }
            drivers[try row.int("id")] = id
            report.drivers += 1
        }
        let swapRows = tables["battery_transactions.csv"] ?? []
        var correctionOf: [Int: (line: Int, row: [String: String])] = [:]
        for (index, row) in swapRows.enumerated() {
            if let original = try Row(row, file: "battery_transactions.csv", line: index + 2).optionalInt("correction_id") {
                correctionOf[original] = (index + 2, row)
            }
        }
        var swaps: [Int: Int] = [:]
        for (index, fields) in swapRows.enumerated() {
            let row = Row(fields, file: "battery_transactions.csv", line: index + 2)
            guard try row.optionalInt("correction_id") == nil else { continue }
            let input = try swapInput(row, stations: stations, drivers: drivers, batteries: batteries)
            var outcome = try row.refusing { try SwapWriter.record(input, recordedBy: nil, now: now, mode: .exclusive, on: conn) }
            swaps[try row.int("id")] = outcome.swapID
            report.swaps += 1
            var corrected = try row.int("id")
            while let next = correctionOf[corrected] {
                let correction = Row(next.row, file: "battery_transactions.csv", line: next.line)
                let input = try swapInput(correction, stations: stations, drivers: drivers, batteries: batteries)
                outcome = try correction.refusing {
                    try SwapWriter.correct(SwapCorrectionInput(
                        swapID: outcome.swapID, stationID: input.stationID, driverID: input.driverID,
                        issuedBatteryID: input.issuedBatteryID, issuedEnergyKwh: input.issuedEnergyKwh,
                        returnedBatteryID: input.returnedBatteryID, returnedEnergyKwh: input.returnedEnergyKwh,
                        odometerKm: input.odometerKm), recordedBy: nil, now: now, on: conn)
                }
                corrected = try correction.int("id")
                swaps[corrected] = outcome.swapID
                report.corrections += 1
            }
        }
        return report
    }

    private static func swapInput(_ row: Row, stations: [Int: Int], drivers: [Int: Int], batteries: [Int: Int]) throws -> SwapInput {
        SwapInput(stationID: try row.mapped("charging_station_id", stations), driverID: try row.mapped("driver_id", drivers),
                  issuedBatteryID: try row.mapped("battery_out_id", batteries), issuedEnergyKwh: try row.double("battery_out_energy"),
                  returnedBatteryID: try row.optionalInt("battery_in_id").map { try row.map($0, batteries, "battery_in_id") },
                  returnedEnergyKwh: try row.optionalDouble("battery_in_energy"),
                  odometerKm: try row.double("odometer_reading"), occurredAt: try row.date("transaction_date"))
    }

    private static func each(_ tables: [String: [[String: String]]], _ file: String, _ body: (Row) throws -> Void) throws {
        for (index, fields) in (tables[file] ?? []).enumerated() {
            let row = Row(fields, file: file, line: index + 2)
            try row.refusing { try body(row) }
        }
    }

    /// One CSV row with typed accessors whose errors name the file, line and column.
    struct Row {
        let fields: [String: String]
        let file: String
        let line: Int

        init(_ fields: [String: String], file: String, line: Int) {
            self.fields = fields
            self.file = file
            self.line = line
        }

        subscript(column: String) -> String { fields[column]?.trimmingCharacters(in: .whitespaces) ?? "" }

        func fail(_ message: String) -> ImportError { ImportError(file: file, line: line, message: message) }

        /// Runs `body`, turning a refusal of the rules into an error naming this line.
        func refusing<T>(_ body: () throws -> T) throws -> T {
            do {
                return try body()
            } catch let refusal as SwapRefusal {
                throw fail(refusal.violations.map(\.message).joined(separator: " "))
            }
        }

        func optionalInt(_ column: String) throws -> Int? {
            let text = self[column]
            guard !text.isEmpty else { return nil }
            guard let value = Int(text) else { throw fail("\(column) is not a whole number: \(text).") }
            return value
        }

        func int(_ column: String) throws -> Int {
            guard let value = try optionalInt(column) else { throw fail("\(column) is missing.") }
            return value
        }

        func optionalDouble(_ column: String) throws -> Double? {
            let text = self[column]
            guard !text.isEmpty else { return nil }
            guard let value = Double(text), value.isFinite else { throw fail("\(column) is not a number: \(text).") }
            return value
        }

        func double(_ column: String) throws -> Double {
            guard let value = try optionalDouble(column) else { throw fail("\(column) is missing.") }
            return value
        }

        func optionalDate(_ column: String) throws -> Date? {
            let text = self[column]
            guard !text.isEmpty else { return nil }
            guard let date = try? SwapSeedLoader.parseDate(text) else { throw fail("\(column) is not a time yyyy-MM-ddTHH:mm:ss: \(text).") }
            return date
        }

        func date(_ column: String) throws -> Date {
            guard let value = try optionalDate(column) else { throw fail("\(column) is missing.") }
            return value
        }

        /// The database id of the file id in `column`.
        func mapped(_ column: String, _ ids: [Int: Int]) throws -> Int { try map(try int(column), ids, column) }

        func map(_ fileID: Int, _ ids: [Int: Int], _ column: String) throws -> Int {
            guard let id = ids[fileID] else { throw fail("\(column) \(fileID) names no row imported earlier.") }
            return id
        }
    }
}
