import Foundation
import Storage

/// The state of one import inside its transaction: the file row, the meters seen, the batch
/// being filled and the report.
struct ImportRun {
    let request: MeterImportRequest
    let layout: MeterFileLayout
    let sha256: String
    let batchSize: Int
    private(set) var report = MeterImportReport()
    private var fileID: Int64 = 0
    private var batch = MeterReadingBatch()
    /// Meter ids by (meter point code, serial number), with the plant code last written.
    private var meters: [MeterIdentity: (id: Int64, plantCode: String)] = [:]
    /// Rows of the current batch whose meter is not known yet.
    private var waiting: [MeterReadingRow] = []

    init(request: MeterImportRequest, layout: MeterFileLayout, sha256: String, batchSize: Int) {
        self.request = request
        self.layout = layout
        self.sha256 = sha256
        self.batchSize = batchSize
    }

    /// Inserts the file row; nil when a file with the same content exists.
    mutating func insertFile(on connection: PostgresConnection) throws -> Int64? {
        let rows = try connection.query("""
            INSERT INTO meter_files (file_name, kind, layout, sha256, time_zone, imported_at)
            VALUES (\(request.fileName), \(layout.kind.rawValue), \(layout.rawValue), \(sha256),
                    \(request.timeZone.identifier), \(request.importedAt))
            ON CONFLICT (sha256) DO NOTHING
            RETURNING id
            """)
        guard let row = rows.first else { return nil }
        fileID = Int64(try row.decode(Int.self, at: 0))
        return fileID
    }

    /// The id of the file already imported with this content.
    func existingFileID(on connection: PostgresConnection) throws -> Int64 {
        Int64(try connection.query("SELECT id FROM meter_files WHERE sha256 = \(sha256)").scalar(Int.self))
    }

    /// Counts and queues the outcomes of some lines, writing full batches.
    mutating func take(_ outcomes: [MeterRowParser.Outcome], on connection: PostgresConnection) throws {
        for outcome in outcomes {
            switch outcome {
            case .blank:
                continue
            case let .rejected(line):
                report.rejected += 1
                report.rejectedLines.append(line)
            case let .reading(row):
                report.accepted += 1
                let identity = MeterIdentity(meterPointCode: row.meterPointCode, serialNumber: row.serialNumber)
                if let known = meters[identity], known.plantCode == row.plantCode {
                    batch.append(row, meterID: known.id)
                } else {
                    waiting.append(row)
                }
                if batch.count + waiting.count >= batchSize { try flush(on: connection) }
            }
        }
    }

    /// Writes the queued lines: first the meters they name, then the readings.
    mutating func flush(on connection: PostgresConnection) throws {
        if !waiting.isEmpty {
            try upsertMeters(of: waiting, on: connection)
            for row in waiting {
                batch.append(row, meterID: meters[MeterIdentity(meterPointCode: row.meterPointCode, serialNumber: row.serialNumber)]!.id)
            }
            waiting.removeAll(keepingCapacity: true)
        }
        guard batch.count > 0 else { return }
        try connection.execute(batch.statement(fileID: fileID))
        batch = MeterReadingBatch()
    }

    /// Inserts new meters and updates plant codes; the last line's plant code wins.
    private mutating func upsertMeters(of rows: [MeterReadingRow], on connection: PostgresConnection) throws {
        var latest: [MeterIdentity: String] = [:]
        var order: [MeterIdentity] = []
        for row in rows {
            let identity = MeterIdentity(meterPointCode: row.meterPointCode, serialNumber: row.serialNumber)
            if latest.updateValue(row.plantCode, forKey: identity) == nil { order.append(identity) }
        }
        let result = try connection.query("""
            INSERT INTO meters (meter_point_code, serial_number, plant_code)
            SELECT * FROM unnest(\(order.map(\.meterPointCode))::text[], \(order.map(\.serialNumber))::text[],
                                 \(order.map { latest[$0]! })::text[])
            ON CONFLICT (meter_point_code, serial_number) DO UPDATE SET plant_code = EXCLUDED.plant_code
            RETURNING id, meter_point_code, serial_number, plant_code
            """)
        for row in result {
            let identity = MeterIdentity(meterPointCode: try row.decode(String.self, at: 1), serialNumber: try row.decode(String.self, at: 2))
            meters[identity] = (Int64(try row.decode(Int.self, at: 0)), try row.decode(String.self, at: 3))
        }
    }

    /// Recomputes the touched daily aggregates, links the file to its meters and stores its
    /// counts and median.
    func complete(fileID: Int64, on connection: PostgresConnection) throws {
        let file = Int(fileID)
        let touched: SQL = """
            SELECT DISTINCT meter_id, data_type, (ts AT TIME ZONE 'UTC')::date AS day
            FROM meter_file_rows WHERE file_id = \(file)
            """
        try connection.execute("""
            DELETE FROM meter_daily_aggregates a USING (\(touched)) k
            WHERE a.meter_id = k.meter_id AND a.data_type = k.data_type AND a.day = k.day
            """)
        try connection.execute("""
            INSERT INTO meter_daily_aggregates (meter_id, day, data_type, units, reading_count, value_sum, value_min, value_max)
            SELECT r.meter_id, k.day, r.data_type, r.units, count(*), sum(r.value), min(r.value), max(r.value)
            FROM (\(touched)) k
            JOIN meter_readings r ON r.meter_id = k.meter_id AND r.data_type = k.data_type
             AND r.ts >= (k.day::timestamp AT TIME ZONE 'UTC') AND r.ts < ((k.day + 1)::timestamp AT TIME ZONE 'UTC')
            GROUP BY r.meter_id, k.day, r.data_type, r.units
            """)
        try connection.execute("""
            INSERT INTO meter_file_meters (file_id, meter_id)
            SELECT DISTINCT \(file), meter_id FROM meter_file_rows WHERE file_id = \(file)
            """)
        try connection.execute("""
            UPDATE meter_files SET row_count = \(report.accepted), rejected_count = \(report.rejected),
                median = (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY value) FROM meter_file_rows WHERE file_id = \(file))
            WHERE id = \(file)
            """)
    }
}

/// A meter's identity: meter point code and serial number.
struct MeterIdentity: Hashable, Sendable {
    let meterPointCode: String
    let serialNumber: String
}
