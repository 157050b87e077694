import Foundation
import Testing
@testable import Resolvers

/// `SwapLedger.replay(events:)` event by event, back-dated inserts, and the battery summary.
@Suite struct SwapLedgerReplayTests {
    typealias F = SwapFixtures

    /// Driver 1 at station 1: takes battery 1 (t0+1h, 1010 km); returns it with 40 kWh for battery 2
    /// (t0+2h, 1020 km); returns 2 with 30 kWh for battery 1 charged to 90 kWh (t0+3h, 1050 km).
    static func history() throws -> SwapLedger {
        var ledger = SwapLedger(catalog: F.catalog)
        try ledger.record(F.swap(issued: 1, odometer: 1010, hours: 1), now: F.now)
        try ledger.record(F.swap(issued: 2, returned: 1, returnedEnergy: 40, odometer: 1020, hours: 2), now: F.now)
        try ledger.record(F.swap(issued: 1, issuedEnergy: 90, returned: 2, returnedEnergy: 30, odometer: 1050, hours: 3), now: F.now)
        return ledger
    }

    struct Step: Sendable {
        var battery1: BatteryState
        var battery2: BatteryState
        var vehicle1: VehicleState
    }

    static let steps: [Step] = [
        Step(battery1: .init(location: .station(1), energyKwh: 100), battery2: .init(location: .station(1), energyKwh: 100),
             vehicle1: .init(odometerKm: 1000, batteryID: nil)),
        Step(battery1: .init(location: .vehicle(1), energyKwh: 100), battery2: .init(location: .station(1), energyKwh: 100),
             vehicle1: .init(odometerKm: 1010, batteryID: 1)),
        Step(battery1: .init(location: .station(1), energyKwh: 40), battery2: .init(location: .vehicle(1), energyKwh: 100),
             vehicle1: .init(odometerKm: 1020, batteryID: 2)),
        Step(battery1: .init(location: .vehicle(1), energyKwh: 90), battery2: .init(location: .station(1), energyKwh: 30),
             vehicle1: .init(odometerKm: 1050, batteryID: 1)),
    ]

    @Test(arguments: 0...3)
    func replayOfThePrefixGivesTheStateAfterEachEvent(_ count: Int) throws {
        let ledger = try Self.history()
        let projection = try SwapLedger.replay(events: Array(ledger.events.prefix(count)), catalog: ledger.catalog)
        let step = Self.steps[count]
        #expect(projection.batteries[1] == step.battery1)
        #expect(projection.batteries[2] == step.battery2)
        #expect(projection.vehicles[1] == step.vehicle1)
        #expect(projection.metrics.count == count)
    }

    @Test func metricsOfEachEventFollowThePreviousSwapOfTheDriver() throws {
        let metrics = try Self.history().projection.metrics
        #expect(metrics[1] == SwapMetrics(previousSwapID: nil, distanceKm: 0, energyUsedKwh: 0, efficiencyKmPerKwh: nil))
        #expect(metrics[2] == SwapMetrics(previousSwapID: 1, distanceKm: 10, energyUsedKwh: 60, efficiencyKmPerKwh: 10.0 / 60))
        #expect(metrics[3] == SwapMetrics(previousSwapID: 2, distanceKm: 30, energyUsedKwh: 70, efficiencyKmPerKwh: 30.0 / 70))
    }

    @Test func replayIgnoresInputOrderAndRejectedSwaps() throws {
        var ledger = try Self.history()
        try ledger.correct(SwapCorrectionInput(swapID: 3, returnedEnergyKwh: 20), now: F.now)
        let shuffled = ledger.events.reversed()
        #expect(try SwapLedger.replay(events: Array(shuffled), catalog: ledger.catalog) == ledger.projection)
        #expect(ledger.projection.batteries[2]?.energyKwh == 20)
    }

    @Test func replayNamesTheFirstSwapThatNoLongerHolds() throws {
        let ledger = try Self.history()
        var events = ledger.events
        events[1].input.odometerKm = 1005
        let failure = try #require(throws: SwapReplayFailure.self) {
            try SwapLedger.replay(events: events, catalog: ledger.catalog)
        }
        #expect(failure.event.id == 2)
        #expect(failure.violations.map(\.field) == [["input", "odometerKm"]])
    }

    @Test func backDatedSwapOfAnotherDriverIsInsertedInTimeOrder() throws {
        var ledger = try Self.history()
        // Driver 4 (vehicle 2) takes battery 3 at t0 + 1.5 h, before swaps 2 and 3 but touching none of theirs.
        let event = try ledger.record(F.swap(driver: 4, issued: 3, odometer: 1001, hours: 1.5), now: F.now)
        #expect(ledger.acceptedInTimeOrder.map(\.id) == [1, event.id, 2, 3])
        #expect(ledger.projection.batteries[3] == BatteryState(location: .vehicle(2), energyKwh: 100))
        #expect(try SwapLedger.replay(events: ledger.events, catalog: ledger.catalog) == ledger.projection)
    }

    @Test func batterySummaryCountsClosedTripsAndStaysInTheRange() throws {
        let ledger = try Self.history()
        let all = try #require(ledger.batterySummary(batteryID: 1, from: F.t0, to: F.now))
        // Battery 1: stay (100 → issued 100) charged 0, trip 100 → 40 over 10 km, stay 40 → 90 charged 50; last trip open.
        #expect(all == BatterySummary(swapCount: 3, energyDeliveredKwh: 60, distanceKm: 10, energyChargedKwh: 50))
        let firstTwoHours = try #require(ledger.batterySummary(batteryID: 1, from: F.t0, to: F.t0.addingTimeInterval(2 * 3_600)))
        #expect(firstTwoHours == BatterySummary(swapCount: 2, energyDeliveredKwh: 60, distanceKm: 10, energyChargedKwh: 0))
        #expect(ledger.batterySummary(batteryID: 9, from: F.t0, to: F.now) == nil)
    }

    @Test func dailySummariesCoverEveryDayFromTheStartDate() throws {
        let ledger = try Self.history()
        let rows = ledger.dailySummaries(driverID: 1, through: F.t0)
        #expect(rows.count == 31)
        #expect(rows.dropLast().allSatisfy { $0.swapCount == 0 && $0.distanceKm == 0 })
        #expect(rows.last?.swapCount == 3)
        #expect(rows.last?.cumulativeDistanceKm == 40)
        #expect(rows.last?.cumulativeEnergyUsedKwh == 130)
    }
}
