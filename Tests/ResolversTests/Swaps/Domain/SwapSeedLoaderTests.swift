import Foundation
import Testing
@testable import Resolvers

/// The sample history imports cleanly and yields the expected metrics and daily summaries.
@Suite struct SwapSeedLoaderTests {
    static let tolerance = 1e-9
    /// The expected efficiency is rounded to two decimals (0 when no energy was used).
    static let efficiencyTolerance = 0.005 + 1e-9

    @Test func importsAllSwapsWithNinetyEightCorrectedBy127() throws {
        let ledger = try SwapSeedLoader.ledger(directory: SwapFixtures.seedDirectory)
        #expect(ledger.events.count == 127)
        #expect(ledger.event(98)?.status == .rejected)
        #expect(ledger.event(98)?.correctedBy == 127)
        #expect(ledger.event(127)?.corrects == 98)
        #expect(ledger.event(127)?.occurredAt == ledger.event(98)?.occurredAt)
        #expect(ledger.events.filter { $0.status == .rejected }.map(\.id) == [98])
    }

    /// Compares every row of expected_transaction_metrics.csv (126 accepted swaps): columns
    /// driver_id, transaction_date, ride_distance, energy_used, efficiency.
    @Test func everyTransactionMetricMatches() throws {
        let dir = try SwapFixtures.seedDirectory
        let ledger = try SwapSeedLoader.ledger(directory: dir)
        let rows = try SwapSeedLoader.rows(dir, "expected_transaction_metrics.csv")
        #expect(rows.count == 126)
        #expect(Set(rows.compactMap { Int($0["id"] ?? "") }) == Set(ledger.acceptedInTimeOrder.map(\.id)))
        for row in rows {
            let id = try #require(Int(row["id"] ?? ""))
            let event = try #require(ledger.event(id))
            let metrics = try #require(ledger.projection.metrics[id])
            #expect(event.input.driverID == Int(row["driver_id"] ?? ""), "swap \(id)")
            #expect(try event.occurredAt == SwapSeedLoader.parseDate(row["transaction_date"] ?? ""), "swap \(id)")
            let distance = try #require(Double(row["ride_distance"] ?? ""))
            let energy = try #require(Double(row["energy_used"] ?? ""))
            let efficiency = try #require(Double(row["efficiency"] ?? ""))
            #expect(abs(metrics.distanceKm - distance) <= Self.tolerance, "swap \(id) distance")
            #expect(abs(metrics.energyUsedKwh - energy) <= Self.tolerance, "swap \(id) energy")
            if energy == 0 {
                #expect(metrics.efficiencyKmPerKwh == nil, "swap \(id) efficiency")
            } else {
                let ours = try #require(metrics.efficiencyKmPerKwh)
                #expect(abs(ours - efficiency) <= Self.efficiencyTolerance, "swap \(id) efficiency \(ours) vs \(efficiency)")
            }
        }
    }

    /// Compares every row of expected_driver_summaries.csv (124 driver-days): start_date,
    /// end_date, ride_distance, energy_used, cumulative_ride_distance, cumulative_energy_used,
    /// transactions; and that each driver has exactly those days (start date through 2020-09-08).
    @Test func everyDailySummaryMatches() throws {
        let dir = try SwapFixtures.seedDirectory
        let ledger = try SwapSeedLoader.ledger(directory: dir)
        let rows = try SwapSeedLoader.rows(dir, "expected_driver_summaries.csv")
        #expect(rows.count == 124)
        let lastDay = try #require(ledger.acceptedInTimeOrder.last?.occurredAt)
        let expectedByDriver = Dictionary(grouping: rows) { Int($0["driver_id"] ?? "") ?? 0 }
        #expect(Set(expectedByDriver.keys) == Set(ledger.catalog.drivers.keys))
        for (driverID, expected) in expectedByDriver {
            let ours = ledger.dailySummaries(driverID: driverID, through: lastDay)
            #expect(ours.count == expected.count, "driver \(driverID)")
            for (row, summary) in zip(expected, ours) {
                let start = try SwapSeedLoader.parseDate(row["start_date"] ?? "")
                let end = try SwapSeedLoader.parseDate(row["end_date"] ?? "")
                let label = "driver \(driverID) day \(row["start_date"] ?? "")"
                #expect(summary.day == start, "\(label)")
                #expect(summary.day.addingTimeInterval(86_400) == end, "\(label)")
                #expect(summary.swapCount == Int(row["transactions"] ?? ""), "\(label)")
                for (ourValue, column) in [(summary.distanceKm, "ride_distance"), (summary.energyUsedKwh, "energy_used"),
                                           (summary.cumulativeDistanceKm, "cumulative_ride_distance"),
                                           (summary.cumulativeEnergyUsedKwh, "cumulative_energy_used")] {
                    let value = try #require(Double(row[column] ?? ""), "\(label) \(column)")
                    #expect(abs(ourValue - value) <= Self.tolerance, "\(label) \(column): \(ourValue) vs \(value)")
                }
            }
        }
    }

    @Test func swapNinetyEightAloneBreaksTheNextSwapOfItsDriver() throws {
        var ledger = try SwapSeedLoader.ledger(directory: SwapFixtures.seedDirectory)
        // Putting 98's mistyped odometer back onto its correction makes driver 1's swap 101 go back.
        let before = ledger
        let refusal = try #require(throws: SwapRefusal.self) {
            try ledger.correct(SwapCorrectionInput(swapID: 127, odometerKm: 38_660), now: Date())
        }
        #expect(refusal.code == .conflict)
        #expect(refusal.violations.first?.swapID == 101)
        #expect(ledger == before)
    }

    /// Over the whole sample, closed battery trips add up to the swaps' metrics: each swap with a
    /// previous one returns the battery that swap issued, on the same vehicle.
    @Test func batterySummariesAddUpToTheSwapMetrics() throws {
        let ledger = try SwapSeedLoader.ledger(directory: SwapFixtures.seedDirectory)
        let accepted = ledger.acceptedInTimeOrder
        let from = try #require(accepted.first?.occurredAt), to = try #require(accepted.last?.occurredAt)
        let summaries = try ledger.catalog.batteries.keys.map { try #require(ledger.batterySummary(batteryID: $0, from: from, to: to)) }
        let metrics = accepted.compactMap { ledger.projection.metrics[$0.id] }
        let swapCounts: Int = summaries.map(\.swapCount).reduce(0, +)
        let withoutReturn: Int = accepted.filter { $0.input.returnedBatteryID == nil }.count
        #expect(swapCounts == accepted.count * 2 - withoutReturn)
        let delivered: Double = summaries.map(\.energyDeliveredKwh).reduce(0, +)
        let used: Double = metrics.map(\.energyUsedKwh).reduce(0, +)
        #expect(abs(delivered - used) <= 1e-6, "delivered \(delivered) vs used \(used)")
        let tripKm: Double = summaries.map(\.distanceKm).reduce(0, +)
        let swapKm: Double = metrics.map(\.distanceKm).reduce(0, +)
        #expect(abs(tripKm - swapKm) <= 1e-6, "trips \(tripKm) km vs swaps \(swapKm) km")
    }
}
