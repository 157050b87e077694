import Foundation
import Storage

/// What `Driver.dailySummaries(from:to:)` asks for: one driver over inclusive UTC days.
public struct DailySummaryKey: Sendable, Hashable {
    public var driverID: Int
    public var from: CalendarDate
    public var to: CalendarDate
}

/// What `Battery.summary(from:to:)` asks for.
public struct BatterySummaryKey: Sendable, Hashable {
    public var batteryID: Int
    public var from: Date
    public var to: Date
}

extension SwapRepository {
    /// One row per UTC day in [from, to] from the driver's start day, for every key in one
    /// statement: stored rows where there are, zeros with the running totals carried elsewhere.
    public func dailySummaries(_ keys: [DailySummaryKey]) async throws -> [DailySummaryKey: [DriverDaySummary]] {
        let rows = try await postgres.query("""
            SELECT k.ord, k.driver_id, g.day::date AS day, coalesce(s.swap_count, 0) AS swap_count,
                   coalesce(s.distance_km, 0) AS distance_km, coalesce(s.energy_used_kwh, 0) AS energy_used_kwh,
                   coalesce(s.cumulative_distance_km, last.cumulative_distance_km, 0) AS cumulative_distance_km,
                   coalesce(s.cumulative_energy_used_kwh, last.cumulative_energy_used_kwh, 0) AS cumulative_energy_used_kwh
            FROM unnest(\(keys.map(\.driverID))::bigint[], \(keys.map(\.from))::date[], \(keys.map(\.to))::date[])
                 WITH ORDINALITY AS k(driver_id, from_day, to_day, ord)
            JOIN drivers d ON d.id = k.driver_id
            CROSS JOIN LATERAL generate_series(greatest(k.from_day, (d.started_at AT TIME ZONE 'UTC')::date), k.to_day, interval '1 day') AS g(day)
            LEFT JOIN driver_daily_summaries s ON s.driver_id = k.driver_id AND s.day = g.day::date
            LEFT JOIN LATERAL (SELECT p.cumulative_distance_km, p.cumulative_energy_used_kwh FROM driver_daily_summaries p
                               WHERE p.driver_id = k.driver_id AND p.day < g.day::date ORDER BY p.day DESC LIMIT 1) AS last
                   ON s.driver_id IS NULL
            ORDER BY k.ord, g.day
            """)
        var found: [DailySummaryKey: [DriverDaySummary]] = [:]
        for key in keys { found[key] = [] }
        for row in rows {
            let key = keys[try row.decode(Int.self, column: "ord") - 1]
            let day = try row.decode(CalendarDate.self, column: "day")
            found[key, default: []].append(DriverDaySummary(
                driverID: key.driverID, day: Date(timeIntervalSince1970: TimeInterval(day.daysSinceEpoch * 86_400)),
                swapCount: try row.decode(Int.self, column: "swap_count"),
                distanceKm: try row.decode(Double.self, column: "distance_km"),
                energyUsedKwh: try row.decode(Double.self, column: "energy_used_kwh"),
                cumulativeDistanceKm: try row.decode(Double.self, column: "cumulative_distance_km"),
                cumulativeEnergyUsedKwh: try row.decode(Double.self, column: "cumulative_energy_used_kwh")))
        }
        return found
    }

    /// `Battery.summary` for every key: the batteries and their accepted swaps in two statements,
    /// the arithmetic in `SwapLedger.batterySummary(of:events:from:to:)`.
    public func batterySummaries(_ keys: [BatterySummaryKey]) async throws -> [BatterySummaryKey: BatterySummaryRecord] {
        let ids = Array(Set(keys.map(\.batteryID)))
        async let batteries = batteries(ids: ids)
        async let histories = acceptedSwaps(ofBatteries: ids)
        let (found, events) = try await (batteries, histories)
        var result: [BatterySummaryKey: BatterySummaryRecord] = [:]
        for key in keys {
            guard let battery = found[key.batteryID] else { continue }
            let summary = SwapLedger.batterySummary(of: battery.battery, events: events[key.batteryID] ?? [], from: key.from, to: key.to)
            result[key] = BatterySummaryRecord(battery: battery, summary: summary)
        }
        return result
    }
}
