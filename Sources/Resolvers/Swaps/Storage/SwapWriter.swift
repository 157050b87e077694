import Foundation
import Storage

/// `recordSwap` and `correctSwap` inside one PostgreSQL transaction: lock what the swap touches,
/// read that part of the ledger, run the pure rules (`SwapValidator`, `SwapLedger.replay`), then
/// write the event, the metrics of the replayed swaps, the battery and vehicle projections and the
/// drivers' daily summaries. A refusal throws `SwapRefusal` before anything is written.
///
/// Locking: every swap write first takes a lock on the `swaps` table. An ordinary swap (nothing
/// later touches its driver, vehicle or batteries) takes ROW EXCLUSIVE, which writers share, and
/// then locks its driver, vehicle state and battery states `FOR UPDATE` in that order (batteries
/// by id), so two swaps competing for a battery run one after the other and the second sees the
/// first's result. A back-dated swap or a correction replays later history, so it takes SHARE ROW
/// EXCLUSIVE, which waits for and then excludes every other swap writer; `updateDriver` locks the
/// driver row, which the replay locks too.
enum SwapWriter {
    /// How a write locks the `swaps` table.
    enum LockMode: Sendable {
        /// ROW EXCLUSIVE plus row locks: for swaps at the end of their scope's history.
        case rows
        /// SHARE ROW EXCLUSIVE: for back-dated swaps, corrections and imports.
        case exclusive
    }

    /// The swap is back-dated within its scope: run again with `.exclusive`.
    struct NeedsExclusiveLock: Error {}

    /// Records a swap.
    /// - Throws: `SwapRefusal` (nothing written), `NeedsExclusiveLock` in `.rows` mode for a
    ///   back-dated swap, or `PostgresError`.
    static func record(_ input: SwapInput, recordedBy: Int64?, now: Date, mode: LockMode,
                       on conn: PostgresConnection) throws -> SwapWriteOutcome {
        try lockTable(mode, on: conn)
        let driverRows = try conn.query("SELECT \(SwapRows.driver) FROM drivers d WHERE d.id = \(input.driverID) FOR UPDATE")
        let driver = try driverRows.first.map(SwapRows.driver)
        let vehicleID = driver?.vehicleID
        var batteryIDs = Set([input.issuedBatteryID] + (input.returnedBatteryID.map { [$0] } ?? []))
        if let vehicleID {
            let carried = try conn.query("SELECT battery_id FROM vehicle_states WHERE vehicle_id = \(vehicleID) FOR UPDATE")
            if let battery = try carried.first?.decode(Int?.self, column: "battery_id") { batteryIDs.insert(battery) }
        }
        _ = try conn.query("SELECT battery_id FROM battery_states WHERE battery_id = ANY(\(batteryIDs.sorted())) ORDER BY battery_id FOR UPDATE")
        if mode == .rows, try SwapSnapshot.hasLaterSwap(after: input.occurredAt, driverID: input.driverID, vehicleID: vehicleID,
                                                        batteryIDs: batteryIDs.sorted(), on: conn) {
            throw NeedsExclusiveLock()
        }
        let later = mode == .rows ? [] : try SwapSnapshot.swaps(after: input.occurredAt, sequence: Int.max, excluding: nil, on: conn)
        return try write(input, vehicleID: vehicleID, at: (input.occurredAt, Int.max), original: nil, later: later,
                         recordedBy: recordedBy, now: now, on: conn)
    }

    /// Corrects an accepted swap: the correction takes the original's time, the original becomes
    /// REJECTED, and every later swap is replayed. Always `.exclusive`.
    static func correct(_ correction: SwapCorrectionInput, recordedBy: Int64?, now: Date,
                        on conn: PostgresConnection) throws -> SwapWriteOutcome {
        try lockTable(.exclusive, on: conn)
        let rows = try conn.query("SELECT \(SwapRows.swap) FROM swaps s WHERE s.id = \(correction.swapID) FOR UPDATE")
        guard let original = try rows.first.map(SwapRows.swap)?.event else {
            throw SwapRefusal([.init(.notFound, field: "swapId", "Swap \(correction.swapID) does not exist; list swaps to find its id.")])
        }
        guard original.status == .accepted else {
            throw SwapRefusal([.init(.conflict, field: "swapId",
                                     "Swap \(original.id) is REJECTED; correct its correction \(original.correctedBy.map(String.init) ?? "") instead.")])
        }
        let input = correction.applied(to: original.input)
        var vehicleID: Int? = original.vehicleID
        if input.driverID != original.input.driverID {
            let driverRows = try conn.query("SELECT \(SwapRows.driver) FROM drivers d WHERE d.id = \(input.driverID) FOR UPDATE")
            vehicleID = try driverRows.first.map(SwapRows.driver)?.vehicleID
        }
        let later = try SwapSnapshot.swaps(after: original.occurredAt, sequence: original.sequence, excluding: original.id, on: conn)
        var outcome = try write(input, vehicleID: vehicleID, at: (original.occurredAt, original.sequence), original: original,
                                later: later, recordedBy: recordedBy, now: now, on: conn)
        outcome.stationIDs.insert(original.input.stationID)
        return outcome
    }

    private static func lockTable(_ mode: LockMode, on conn: PostgresConnection) throws {
        switch mode {
        case .rows: try conn.execute("LOCK TABLE swaps IN ROW EXCLUSIVE MODE")
        case .exclusive: try conn.execute("LOCK TABLE swaps IN SHARE ROW EXCLUSIVE MODE")
        }
    }

    /// Validates `input` at the point `at` (with `original` left out), replays `later`, writes.
    /// Swaps of `later` at the same instant as a correction come before it (they were recorded
    /// after the original; the correction is recorded last).
    private static func write(_ input: SwapInput, vehicleID: Int?, at point: (time: Date, sequence: Int), original: SwapEvent?,
                              later: [SwapRecord], recordedBy: Int64?, now: Date,
                              on conn: PostgresConnection) throws -> SwapWriteOutcome {
        var keys = SwapSnapshot.Keys()
        keys.insert(input, vehicleID: vehicleID)
        if let original { keys.insert(original.input, vehicleID: original.vehicleID) }
        for swap in later { keys.insert(swap.event.input, vehicleID: swap.event.vehicleID) }
        let otherDrivers = keys.drivers.subtracting([input.driverID]).sorted()
        if !otherDrivers.isEmpty {
            _ = try conn.query("SELECT id FROM drivers WHERE id = ANY(\(otherDrivers)) ORDER BY id FOR UPDATE")
        }
        let catalog = try SwapSnapshot.catalog(keys, on: conn)
        var projection = try SwapSnapshot.state(before: point.time, sequence: point.sequence, excluding: original?.id,
                                                keys: keys, catalog: catalog, on: conn)
        let sameInstant = later.filter { $0.event.occurredAt == point.time }.map(\.event)
        let after = later.filter { $0.event.occurredAt != point.time }.map(\.event)
        projection = try replay(sameInstant, catalog: catalog, from: projection)
        let found = SwapValidator.violations(of: input, vehicleID: vehicleID, catalog: catalog, projection: projection, now: now)
        guard found.isEmpty, let vehicleID else { throw SwapRefusal(found) }
        let pendingID = 0
        let event = SwapEvent(id: pendingID, sequence: Int.max, input: input, vehicleID: vehicleID, corrects: original?.id)
        projection.apply(event)
        projection = try replay(after, catalog: catalog, from: projection)

        let metrics = projection.metrics[pendingID]!
        let inserted = try conn.query("""
            INSERT INTO swaps (occurred_at, recorded_at, station_id, driver_id, vehicle_id, issued_battery_id, issued_energy_kwh,
                               returned_battery_id, returned_energy_kwh, odometer_km, corrects, previous_swap_id, distance_km,
                               energy_used_kwh, recorded_by)
            VALUES (\(input.occurredAt), \(now), \(input.stationID), \(input.driverID), \(vehicleID), \(input.issuedBatteryID),
                    \(input.issuedEnergyKwh), \(input.returnedBatteryID), \(input.returnedEnergyKwh), \(input.odometerKm),
                    \(original?.id), \(metrics.previousSwapID), \(metrics.distanceKm), \(metrics.energyUsedKwh), \(recordedBy.map(Int.init)))
            RETURNING id
            """)
        let newID = try inserted.scalar(Int.self)
        if let original {
            try conn.execute("UPDATE swaps SET status = 'REJECTED', corrected_by = \(newID) WHERE id = \(original.id)")
        }
        let realID = { (id: Int) in id == pendingID ? newID : id }
        try SwapProjectionWriter.updateMetrics(of: later, with: projection.metrics, realID: realID, on: conn)
        try SwapProjectionWriter.updateStates(projection, keys: keys, lastSwapIDs: lastSwapIDs(event, later, realID: realID), on: conn)
        let fromDay = SwapLedger.utcDay(point.time)
        for driverID in keys.drivers.sorted() where catalog.drivers[driverID] != nil {
            try SwapProjectionWriter.rebuildDailySummaries(driverID: driverID, from: fromDay, on: conn)
        }
        return SwapWriteOutcome(swapID: newID, rejectedID: original?.id, replayed: later.count,
                                stationIDs: Set([input.stationID]))
    }

    /// Replays accepted swaps on `projection`; a swap that no longer holds refuses the request
    /// with CONFLICT naming it.
    private static func replay(_ events: [SwapEvent], catalog: SwapCatalog, from projection: SwapProjection) throws(SwapRefusal) -> SwapProjection {
        guard !events.isEmpty else { return projection }
        do {
            return try SwapLedger.replay(events: events, catalog: catalog, from: projection)
        } catch {
            let reasons = error.violations.map(\.message).joined(separator: " ")
            throw SwapRefusal([.init(.conflict, field: nil,
                                     "Swap \(error.event.id) no longer holds after this change: \(reasons) Correct or leave out the change that breaks it.",
                                     swapID: error.event.id)])
        }
    }

    /// The last swap (in time order) that touched each battery and vehicle, for `last_swap_id`.
    private static func lastSwapIDs(_ event: SwapEvent, _ later: [SwapRecord],
                                    realID: (Int) -> Int) -> (batteries: [Int: Int], vehicles: [Int: Int]) {
        var batteries: [Int: Int] = [:], vehicles: [Int: Int] = [:]
        for swap in ([event] + later.map(\.event)).sorted(by: SwapEvent.timeOrder) {
            let id = realID(swap.id)
            batteries[swap.input.issuedBatteryID] = id
            if let returned = swap.input.returnedBatteryID { batteries[returned] = id }
            vehicles[swap.vehicleID] = id
        }
        return (batteries, vehicles)
    }
}
