import Foundation
import Storage

/// All SQL of the meters domain that reads (the import's writes are in `ImportRun`). Every
/// method that takes many ids answers with one statement.
public struct MeterRepository: Sendable {
    public let postgres: PostgresPool

    public init(postgres: PostgresPool) {
        self.postgres = postgres
    }

    static let meterColumns: SQL = "id, meter_point_code, serial_number, plant_code"
    static let fileColumns: SQL = "f.id, f.file_name, f.kind, f.layout, f.sha256, f.imported_at, f.row_count, f.rejected_count, f.median"
    static let readingColumns: SQL = """
        ts, data_type, value, units, status, quality, stream, maximum_demand, time_of_max_demand, period, rate
        """

    /// Meters by id.
    public func meters(ids: [Int64]) async throws -> [Int64: Meter] {
        let rows = try await postgres.query("SELECT \(Self.meterColumns) FROM meters WHERE id = ANY(\(ids.map { Int($0) }))")
        return try Dictionary(rows.map { let m = try Self.meter($0); return (m.id, m) }, uniquingKeysWith: { a, _ in a })
    }

    /// Meters matching the given codes (at most `limit`), by id.
    public func meters(meterPointCode: String?, serialNumber: String?, limit: Int) async throws -> [Meter] {
        var sql: SQL = "SELECT \(Self.meterColumns) FROM meters WHERE true"
        if let meterPointCode { sql = sql + " AND meter_point_code = \(meterPointCode)" }
        if let serialNumber { sql = sql + " AND serial_number = \(serialNumber)" }
        return try await postgres.query(sql + " ORDER BY id LIMIT \(limit)").map(Self.meter)
    }

    /// One page of meters ordered by id, optionally of one plant.
    public func page(afterID: Int64?, limit: Int, plantCode: String?) async throws -> [Meter] {
        var sql: SQL = "SELECT \(Self.meterColumns) FROM meters WHERE true"
        if let afterID { sql = sql + " AND id > \(Int(afterID))" }
        if let plantCode { sql = sql + " AND plant_code = \(plantCode)" }
        return try await postgres.query(sql + " ORDER BY id LIMIT \(limit)").map(Self.meter)
    }

    /// How many meters there are, optionally of one plant.
    public func count(plantCode: String?) async throws -> Int {
        var sql: SQL = "SELECT count(*) FROM meters"
        if let plantCode { sql = sql + " WHERE plant_code = \(plantCode)" }
        return try await postgres.query(sql).scalar(Int.self)
    }

    /// Files by id.
    public func files(ids: [Int64]) async throws -> [Int64: MeterFile] {
        let rows = try await postgres.query("SELECT \(Self.fileColumns) FROM meter_files f WHERE f.id = ANY(\(ids.map { Int($0) }))")
        return try Dictionary(rows.map { let f = try Self.file($0); return (f.id, f) }, uniquingKeysWith: { a, _ in a })
    }

    /// The files holding readings of each meter, oldest import first.
    public func files(meterIDs: [Int64]) async throws -> [Int64: [MeterFile]] {
        let rows = try await postgres.query("""
            SELECT l.meter_id, \(Self.fileColumns) FROM meter_file_meters l JOIN meter_files f ON f.id = l.file_id
            WHERE l.meter_id = ANY(\(meterIDs.map { Int($0) })) ORDER BY f.imported_at, f.id
            """)
        return try Self.grouped(rows) { try Self.file($0) }
    }

    /// The meters each file holds readings of, by id.
    public func meters(fileIDs: [Int64]) async throws -> [Int64: [Meter]] {
        let rows = try await postgres.query("""
            SELECT l.file_id, m.id, m.meter_point_code, m.serial_number, m.plant_code
            FROM meter_file_meters l JOIN meters m ON m.id = l.meter_id
            WHERE l.file_id = ANY(\(fileIDs.map { Int($0) })) ORDER BY m.id
            """)
        return try Self.grouped(rows) { row in
            Meter(id: Int64(try row.decode(Int.self, at: 1)), meterPointCode: try row.decode(String.self, at: 2),
                  serialNumber: try row.decode(String.self, at: 3), plantCode: try row.decode(String.self, at: 4))
        }
    }

    /// The (data type, units) pairs of each meter, by name then units.
    public func dataTypes(meterIDs: [Int64]) async throws -> [Int64: [MeterDataType]] {
        let rows = try await postgres.query("""
            SELECT DISTINCT meter_id, data_type, units FROM meter_daily_aggregates
            WHERE meter_id = ANY(\(meterIDs.map { Int($0) })) ORDER BY meter_id, data_type, units
            """)
        return try Self.grouped(rows) { MeterDataType(name: try $0.decode(String.self, at: 1), units: try $0.decode(String.self, at: 2)) }
    }

    /// Each meter's readings with `from <= timestamp < to`, optionally of one data type, in time
    /// order (then data type, period, rate), at most `limit` per meter.
    public func readings(meterIDs: [Int64], range: MeterReadingRange) async throws -> [Int64: [MeterReading]] {
        var filter: SQL = "r.meter_id = m.id AND r.ts >= \(range.from) AND r.ts < \(range.to)"
        if let dataType = range.dataType { filter = filter + " AND r.data_type = \(dataType)" }
        let rows = try await postgres.query("""
            SELECT m.id, r.* FROM unnest(\(meterIDs.map { Int($0) })::int8[]) AS m(id)
            CROSS JOIN LATERAL (
                SELECT \(Self.readingColumns) FROM meter_readings r WHERE \(filter)
                ORDER BY r.ts, r.data_type, r.period, r.rate LIMIT \(range.limit)
            ) r
            """)
        return try Self.grouped(rows, Self.reading)
    }

    /// Each meter's daily aggregates for days `from...to`, optionally of one data type, by day,
    /// data type and units.
    public func dailyAggregates(meterIDs: [Int64], from: CalendarDate, to: CalendarDate, dataType: String?) async throws -> [Int64: [MeterDailyAggregate]] {
        var sql: SQL = """
            SELECT meter_id, day, data_type, units, reading_count, value_sum, value_min, value_max
            FROM meter_daily_aggregates
            WHERE meter_id = ANY(\(meterIDs.map { Int($0) })) AND day >= \(from) AND day <= \(to)
            """
        if let dataType { sql = sql + " AND data_type = \(dataType)" }
        let rows = try await postgres.query(sql + " ORDER BY meter_id, day, data_type, units")
        return try Self.grouped(rows) { row in
            MeterDailyAggregate(date: try row.decode(CalendarDate.self, at: 1), dataType: try row.decode(String.self, at: 2),
                                units: try row.decode(String.self, at: 3), count: try row.decode(Int.self, at: 4),
                                sum: try row.decode(Double.self, at: 5), min: try row.decode(Double.self, at: 6),
                                max: try row.decode(Double.self, at: 7))
        }
    }

    /// Each file's rows whose value is more than `thresholdPercent` % above or below the file's
    /// median, in line order.
    public func outliers(fileIDs: [Int64], thresholdPercent: Double) async throws -> [Int64: [MeterReading]] {
        let rows = try await postgres.query("""
            SELECT r.file_id, \(Self.readingColumns) FROM meter_file_rows r JOIN meter_files f ON f.id = r.file_id
            WHERE r.file_id = ANY(\(fileIDs.map { Int($0) })) AND f.median IS NOT NULL
              AND abs(r.value - f.median) > abs(f.median) * \(thresholdPercent) / 100
            ORDER BY r.file_id, r.line
            """)
        return try Self.grouped(rows, Self.reading)
    }

    // MARK: rows

    /// Groups rows whose first column is the owner's id, keeping their order.
    static func grouped<Item>(_ rows: PostgresRows, _ item: (PostgresRow) throws -> Item) throws -> [Int64: [Item]] {
        var grouped: [Int64: [Item]] = [:]
        for row in rows {
            grouped[Int64(try row.decode(Int.self, at: 0)), default: []].append(try item(row))
        }
        return grouped
    }

    static func meter(_ row: PostgresRow) throws -> Meter {
        Meter(id: Int64(try row.decode(Int.self, column: "id")), meterPointCode: try row.decode(String.self, column: "meter_point_code"),
              serialNumber: try row.decode(String.self, column: "serial_number"), plantCode: try row.decode(String.self, column: "plant_code"))
    }

    static func file(_ row: PostgresRow) throws -> MeterFile {
        MeterFile(id: Int64(try row.decode(Int.self, column: "id")), fileName: try row.decode(String.self, column: "file_name"),
                  kind: MeterFileKind(rawValue: try row.decode(String.self, column: "kind")) ?? .loadProfile,
                  layout: MeterFileLayout(rawValue: try row.decode(String.self, column: "layout")) ?? .loadProfile,
                  sha256: try row.decode(String.self, column: "sha256"), importedAt: try row.decode(Date.self, column: "imported_at"),
                  rows: try row.decode(Int.self, column: "row_count"), rejected: try row.decode(Int.self, column: "rejected_count"),
                  median: try row.decode(Double?.self, column: "median"))
    }

    static func reading(_ row: PostgresRow) throws -> MeterReading {
        let period = try row.decode(String.self, column: "period"), rate = try row.decode(String.self, column: "rate")
        return MeterReading(
            timestamp: try row.decode(Date.self, column: "ts"), dataType: try row.decode(String.self, column: "data_type"),
            value: try row.decode(Double.self, column: "value"), units: try row.decode(String.self, column: "units"),
            status: try row.decode(String?.self, column: "status"), quality: try row.decode(String?.self, column: "quality"),
            stream: try row.decode(String?.self, column: "stream"),
            maximumDemand: try row.decode(Double?.self, column: "maximum_demand"),
            timeOfMaxDemand: try row.decode(Date?.self, column: "time_of_max_demand"),
            period: period.isEmpty ? nil : period, rate: rate.isEmpty ? nil : rate)
    }
}

/// The arguments of `Meter.readings`: a half-open time range, a data type and a page size.
public struct MeterReadingRange: Sendable, Hashable {
    public let from: Date
    public let to: Date
    public let dataType: String?
    public let limit: Int
}
