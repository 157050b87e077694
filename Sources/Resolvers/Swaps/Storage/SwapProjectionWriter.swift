import Foundation
import Storage

/// Writes the projections a swap changed, inside the swap's transaction: the metrics of replayed
/// swaps, where each battery is and with how much energy, each vehicle's odometer and battery,
/// and the drivers' daily summaries.
enum SwapProjectionWriter {
    /// Rewrites the metrics of the replayed swaps whose metrics changed (one statement).
    static func updateMetrics(of swaps: [SwapRecord], with metrics: [Int: SwapMetrics], realID: (Int) -> Int,
                              on conn: PostgresConnection) throws {
        var ids: [Int] = [], previous: [Int?] = [], distances: [Double] = [], energies: [Double] = []
        for swap in swaps {
            guard var new = metrics[swap.id] else { continue }
            new.previousSwapID = new.previousSwapID.map(realID)
            let old = swap.metrics
            guard new.previousSwapID != old.previousSwapID || new.distanceKm != old.distanceKm
                    || new.energyUsedKwh != old.energyUsedKwh else { continue }
            ids.append(swap.id)
            previous.append(new.previousSwapID)
            distances.append(new.distanceKm)
            energies.append(new.energyUsedKwh)
        }
        guard !ids.isEmpty else { return }
        try conn.execute("""
            UPDATE swaps s SET previous_swap_id = u.previous_swap_id, distance_km = u.distance_km, energy_used_kwh = u.energy_used_kwh
            FROM unnest(\(ids)::bigint[], \(previous)::bigint[], \(distances)::float8[], \(energies)::float8[])
                 AS u(id, previous_swap_id, distance_km, energy_used_kwh)
            WHERE s.id = u.id
            """)
    }

    /// Writes the battery and vehicle states of `keys` from `projection`. Batteries that end at a
    /// station are written first and vehicles are emptied first, so the unique "one battery per
    /// vehicle" indexes never see two batteries in one vehicle halfway through.
    static func updateStates(_ projection: SwapProjection, keys: SwapSnapshot.Keys,
                             lastSwapIDs: (batteries: [Int: Int], vehicles: [Int: Int]), on conn: PostgresConnection) throws {
        let batteries = keys.batteries.sorted().compactMap { id in projection.batteries[id].map { (id, $0) } }
        for atStation in [true, false] {
            var ids: [Int] = [], stations: [Int?] = [], vehicles: [Int?] = [], energies: [Double] = [], last: [Int?] = []
            for (id, state) in batteries {
                let place = SwapRows.columns(of: state.location)
                guard (place.station != nil) == atStation else { continue }
                ids.append(id)
                stations.append(place.station)
                vehicles.append(place.vehicle)
                energies.append(state.energyKwh)
                last.append(lastSwapIDs.batteries[id])
            }
            guard !ids.isEmpty else { continue }
            try conn.execute("""
                UPDATE battery_states b SET station_id = u.station_id, vehicle_id = u.vehicle_id, energy_kwh = u.energy_kwh,
                       last_swap_id = coalesce(u.last_swap_id, b.last_swap_id)
                FROM unnest(\(ids)::bigint[], \(stations)::bigint[], \(vehicles)::bigint[], \(energies)::float8[], \(last)::bigint[])
                     AS u(battery_id, station_id, vehicle_id, energy_kwh, last_swap_id)
                WHERE b.battery_id = u.battery_id
                """)
        }
        let vehicles = keys.vehicles.sorted().compactMap { id in projection.vehicles[id].map { (id, $0) } }
        guard !vehicles.isEmpty else { return }
        let ids = vehicles.map(\.0)
        try conn.execute("UPDATE vehicle_states SET battery_id = NULL WHERE vehicle_id = ANY(\(ids))")
        try conn.execute("""
            UPDATE vehicle_states v SET odometer_km = u.odometer_km, battery_id = u.battery_id,
                   last_swap_id = coalesce(u.last_swap_id, v.last_swap_id)
            FROM unnest(\(ids)::bigint[], \(vehicles.map(\.1.odometerKm))::float8[], \(vehicles.map(\.1.batteryID))::bigint[],
                        \(ids.map { lastSwapIDs.vehicles[$0] })::bigint[])
                 AS u(vehicle_id, odometer_km, battery_id, last_swap_id)
            WHERE v.vehicle_id = u.vehicle_id
            """)
    }

    /// Rebuilds a driver's daily summary rows from the UTC day `from` (or from the day after its
    /// last stored row, when that is earlier) through the day of its last accepted swap: one row
    /// per day, empty days with zeros, running totals continuing from the row before.
    static func rebuildDailySummaries(driverID: Int, from: Date, on conn: PostgresConnection) throws {
        let day = CalendarDate(daysSinceEpoch: Int((from.timeIntervalSince1970 / 86_400).rounded(.down)))
        try conn.execute("DELETE FROM driver_daily_summaries WHERE driver_id = \(driverID) AND day >= \(day)")
        try conn.execute("""
            INSERT INTO driver_daily_summaries (driver_id, day, swap_count, distance_km, energy_used_kwh,
                                                cumulative_distance_km, cumulative_energy_used_kwh)
            SELECT \(driverID), g.day::date, coalesce(p.n, 0), coalesce(p.distance, 0), coalesce(p.energy, 0),
                   base.distance + sum(coalesce(p.distance, 0)) OVER (ORDER BY g.day),
                   base.energy + sum(coalesce(p.energy, 0)) OVER (ORDER BY g.day)
            FROM (SELECT coalesce(max(day) + 1, (SELECT (started_at AT TIME ZONE 'UTC')::date FROM drivers WHERE id = \(driverID))) AS first_day,
                         coalesce((array_agg(cumulative_distance_km ORDER BY day DESC))[1], 0) AS distance,
                         coalesce((array_agg(cumulative_energy_used_kwh ORDER BY day DESC))[1], 0) AS energy
                  FROM driver_daily_summaries WHERE driver_id = \(driverID)) AS base
            CROSS JOIN LATERAL generate_series(base.first_day,
                (SELECT max((occurred_at AT TIME ZONE 'UTC')::date) FROM swaps WHERE driver_id = \(driverID) AND status = 'ACCEPTED'),
                interval '1 day') AS g(day)
            LEFT JOIN (SELECT (occurred_at AT TIME ZONE 'UTC')::date AS day, count(*) AS n, sum(distance_km) AS distance,
                              sum(energy_used_kwh) AS energy
                       FROM swaps WHERE driver_id = \(driverID) AND status = 'ACCEPTED' GROUP BY 1) AS p ON p.day = g.day::date
            """)
    }
}
