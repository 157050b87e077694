import Foundation
import Storage

/// Accepted lines of one file waiting to be written together: one statement writes them to
/// the file's rows and upserts them into the current readings (the last line wins when a batch
/// holds the same key twice).
struct MeterReadingBatch: Sendable {
    private var lines = ArrayLiteralBuilder()
    private var meterIDs = ArrayLiteralBuilder()
    private var dataTypes = ArrayLiteralBuilder()
    private var epochs = ArrayLiteralBuilder()
    private var periods = ArrayLiteralBuilder()
    private var rates = ArrayLiteralBuilder()
    private var values = ArrayLiteralBuilder()
    private var units = ArrayLiteralBuilder()
    private var statuses = ArrayLiteralBuilder()
    private var qualities = ArrayLiteralBuilder()
    private var streams = ArrayLiteralBuilder()
    private var maximumDemands = ArrayLiteralBuilder()
    private var maxDemandEpochs = ArrayLiteralBuilder()

    var count: Int { lines.count }

    mutating func append(_ row: MeterReadingRow, meterID: Int64) {
        lines.append(row.line)
        meterIDs.append(Int(meterID))
        dataTypes.append(text: row.dataType)
        epochs.append(row.timestamp.timeIntervalSince1970)
        periods.append(text: row.period)
        rates.append(text: row.rate)
        values.append(row.value)
        units.append(text: row.units)
        statuses.append(optionalText: row.status)
        qualities.append(optionalText: row.quality)
        streams.append(optionalText: row.stream)
        maximumDemands.append(optional: row.maximumDemand)
        maxDemandEpochs.append(optional: row.timeOfMaxDemand?.timeIntervalSince1970)
    }

    /// The statement that writes the batch for file `fileID`.
    func statement(fileID: Int64) -> SQL {
        let file = Int(fileID)
        return """
            WITH input AS (
                SELECT line, meter_id, data_type, to_timestamp(epoch) AS ts, period, rate, value, units, status,
                       quality, stream, maximum_demand, to_timestamp(max_demand_epoch) AS time_of_max_demand
                FROM unnest(\(lines.bind)::int4[], \(meterIDs.bind)::int8[], \(dataTypes.bind)::text[],
                            \(epochs.bind)::float8[], \(periods.bind)::text[], \(rates.bind)::text[],
                            \(values.bind)::float8[], \(units.bind)::text[], \(statuses.bind)::text[],
                            \(qualities.bind)::text[], \(streams.bind)::text[], \(maximumDemands.bind)::float8[],
                            \(maxDemandEpochs.bind)::float8[])
                     AS t(line, meter_id, data_type, epoch, period, rate, value, units, status, quality, stream,
                          maximum_demand, max_demand_epoch)
            ), file_rows AS (
                INSERT INTO meter_file_rows (file_id, line, meter_id, data_type, ts, period, rate, value, units,
                                             status, quality, stream, maximum_demand, time_of_max_demand)
                SELECT \(file), line, meter_id, data_type, ts, period, rate, value, units, status, quality, stream,
                       maximum_demand, time_of_max_demand
                FROM input
            )
            INSERT INTO meter_readings (meter_id, data_type, ts, period, rate, value, units, status, quality, stream,
                                        maximum_demand, time_of_max_demand, file_id)
            SELECT DISTINCT ON (meter_id, data_type, ts, period, rate)
                   meter_id, data_type, ts, period, rate, value, units, status, quality, stream, maximum_demand,
                   time_of_max_demand, \(file)
            FROM input
            ORDER BY meter_id, data_type, ts, period, rate, line DESC
            ON CONFLICT (meter_id, data_type, ts, period, rate) DO UPDATE SET
                value = EXCLUDED.value, units = EXCLUDED.units, status = EXCLUDED.status, quality = EXCLUDED.quality,
                stream = EXCLUDED.stream, maximum_demand = EXCLUDED.maximum_demand,
                time_of_max_demand = EXCLUDED.time_of_max_demand, file_id = EXCLUDED.file_id
            """
    }
}
