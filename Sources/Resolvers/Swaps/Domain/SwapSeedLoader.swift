import CivilCalendar
import Foundation

/// Reads the swap sample's CSV files (`charging_stations`, `batteries`, `vehicles`, `drivers`,
/// `battery_transactions`) and imports the history as DOMAIN.md says: each swap as it comes, a
/// correction as soon as its original is in.
public enum SwapSeedLoader {
    public struct LoadError: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// The catalog from the four entity files. Batteries start full (`initialEnergyKwh` = capacity):
    /// the sample gives no initial energy.
    public static func catalog(directory: URL) throws -> SwapCatalog {
        var catalog = SwapCatalog()
        for row in try rows(directory, "charging_stations.csv") {
            let id = try int(row, "id")
            catalog.stations[id] = Station(id: id, name: row["name"] ?? "", location: row["location"] ?? "")
        }
        for row in try rows(directory, "batteries.csv") {
            let id = try int(row, "id"), capacity = try double(row, "capacity")
            catalog.batteries[id] = Battery(id: id, serial: row["serial"] ?? "", capacityKwh: capacity,
                                            voltage: try double(row, "voltage"),
                                            initialLocation: .station(try int(row, "initial_charging_station_id")),
                                            initialEnergyKwh: capacity)
        }
        for row in try rows(directory, "vehicles.csv") {
            let id = try int(row, "id")
            catalog.vehicles[id] = Vehicle(id: id, vin: row["vin"].flatMap { $0.isEmpty ? nil : $0 }, plate: nil,
                                           initialOdometerKm: try double(row, "initial_odometer_reading"),
                                           initialBatteryID: try optionalInt(row, "initial_battery_id"))
        }
        for row in try rows(directory, "drivers.csv") {
            let id = try int(row, "id")
            let name = ["name1", "name2", "name3"].compactMap { row[$0] }.filter { !$0.isEmpty }.joined(separator: " ")
            catalog.drivers[id] = Driver(id: id, name: name, phone: row["primary_phone_number"] ?? "",
                                         startedAt: try date(row, "date_started"),
                                         endedAt: try row["date_ended"].flatMap { $0.isEmpty ? nil : try parseDate($0) },
                                         vehicleID: try optionalInt(row, "current_vehicle_id"))
        }
        return catalog
    }

    /// A ledger holding the sample's whole history, with the file's ids. Rows are recorded in
    /// file order; a row with a `correction_id` is applied right after the row it corrects.
    public static func ledger(directory: URL, now: Date = Date()) throws -> SwapLedger {
        var ledger = SwapLedger(catalog: try catalog(directory: directory))
        let rows = try rows(directory, "battery_transactions.csv")
        var correctionOf: [Int: [String: String]] = [:]
        for row in rows {
            if let original = try optionalInt(row, "correction_id") { correctionOf[original] = row }
        }
        for row in rows where try optionalInt(row, "correction_id") == nil {
            let id = try int(row, "id")
            try ledger.record(try input(row), id: id, now: now)
            var corrected = id
            while let correction = correctionOf[corrected] {
                let input = try input(correction)
                let correctionID = try int(correction, "id")
                try ledger.correct(SwapCorrectionInput(
                    swapID: corrected, stationID: input.stationID, driverID: input.driverID,
                    issuedBatteryID: input.issuedBatteryID, issuedEnergyKwh: input.issuedEnergyKwh,
                    returnedBatteryID: input.returnedBatteryID, returnedEnergyKwh: input.returnedEnergyKwh,
                    odometerKm: input.odometerKm), id: correctionID, now: now)
                corrected = correctionID
            }
        }
        return ledger
    }

    private static func input(_ row: [String: String]) throws -> SwapInput {
        SwapInput(stationID: try int(row, "charging_station_id"), driverID: try int(row, "driver_id"),
                  issuedBatteryID: try int(row, "battery_out_id"), issuedEnergyKwh: try double(row, "battery_out_energy"),
                  returnedBatteryID: try optionalInt(row, "battery_in_id"),
                  returnedEnergyKwh: try optionalDouble(row, "battery_in_energy"),
                  odometerKm: try double(row, "odometer_reading"), occurredAt: try date(row, "transaction_date"))
    }

    /// `yyyy-MM-ddTHH:mm:ss` read as UTC.
    public static func parseDate(_ text: String) throws -> Date {
        let parts = text.split(whereSeparator: { "-T:".contains($0) }).compactMap { Int($0) }
        guard parts.count == 6 else { throw LoadError(description: "bad date \(text)") }
        let (y, m, d) = (parts[0], parts[1], parts[2])
        let days = CivilDays.days(year: y, month: m, day: d)
        return Date(timeIntervalSince1970: TimeInterval(days * 86_400 + parts[3] * 3_600 + parts[4] * 60 + parts[5]))
    }

    /// The rows of a CSV file with a header, as column → value (quoted fields allowed).
    public static func rows(_ directory: URL, _ name: String) throws -> [[String: String]] {
        rows(text: try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8))
    }

    /// The rows of CSV text with a header, as column → value (quoted fields allowed).
    public static func rows(text: String) -> [[String: String]] {
        let lines = text.split(whereSeparator: \.isNewline).map(parseLine)
        guard let header = lines.first else { return [] }
        return lines.dropFirst().map { Dictionary(zip(header, $0), uniquingKeysWith: { a, _ in a }) }
    }

    static func parseLine<S: StringProtocol>(_ line: S) -> [String] {
        var fields: [String] = [], field = "", quoted = false
        for c in line {
            if c == "\"" { quoted.toggle() } else if c == ",", !quoted { fields.append(field); field = "" } else { field.append(c) }
        }
        fields.append(field)
        return fields
    }

    private static func int(_ row: [String: String], _ key: String) throws -> Int {
        guard let value = try optionalInt(row, key) else { throw LoadError(description: "missing \(key)") }
        return value
    }

    private static func optionalInt(_ row: [String: String], _ key: String) throws -> Int? {
        guard let text = row[key], !text.isEmpty else { return nil }
        guard let value = Int(text) else { throw LoadError(description: "bad \(key): \(text)") }
        return value
    }

    private static func double(_ row: [String: String], _ key: String) throws -> Double {
        guard let value = try optionalDouble(row, key) else { throw LoadError(description: "missing \(key)") }
        return value
    }

    private static func optionalDouble(_ row: [String: String], _ key: String) throws -> Double? {
        guard let text = row[key], !text.isEmpty else { return nil }
        guard let value = Double(text) else { throw LoadError(description: "bad \(key): \(text)") }
        return value
    }

    private static func date(_ row: [String: String], _ key: String) throws -> Date {
        guard let text = row[key] else { throw LoadError(description: "missing \(key)") }
        return try parseDate(text)
    }
}
