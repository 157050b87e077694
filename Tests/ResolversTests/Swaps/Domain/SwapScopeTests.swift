import Foundation
import Testing
@testable import Resolvers

/// `SwapScope` picks the later swaps to re-validate; `replay(events:from:)` continues from a
/// given state.
@Suite struct SwapScopeTests {
    @Test func replayFromTheStateBeforeAPivotEqualsAReplayFromScratch() throws {
        let ledger = try SwapSeedLoader.ledger(directory: SwapFixtures.seedDirectory)
        let accepted = ledger.acceptedInTimeOrder
        for pivot in stride(from: 0, to: accepted.count, by: 7) {
            let before = try SwapLedger.replay(events: Array(accepted.prefix(pivot)), catalog: ledger.catalog)
            let rest = try SwapLedger.replay(events: Array(accepted.dropFirst(pivot)), catalog: ledger.catalog, from: before)
            #expect(rest == ledger.projection, "pivot \(pivot)")
        }
    }

    @Test func laterSwapsHoldEveryLaterSwapOfTheSameDriverVehicleAndBatteriesInTimeOrder() throws {
        let ledger = try SwapSeedLoader.ledger(directory: SwapFixtures.seedDirectory)
        let accepted = ledger.acceptedInTimeOrder
        for (index, event) in accepted.enumerated() where index % 5 == 0 {
            let later = SwapScope([event]).laterSwaps(after: event, in: ledger.events)
            let direct = accepted.dropFirst(index + 1).filter {
                $0.input.driverID == event.input.driverID || $0.vehicleID == event.vehicleID
                    || [$0.input.issuedBatteryID, $0.input.returnedBatteryID].contains(event.input.issuedBatteryID)
            }
            #expect(direct.allSatisfy { d in later.contains { $0.id == d.id } }, "swap \(event.id)")
            #expect(later.map(\.id) == accepted.filter { s in later.contains { $0.id == s.id } }.map(\.id), "swap \(event.id)")
            #expect(!later.contains { $0.id == event.id || $0.status != .accepted }, "swap \(event.id)")
        }
    }

    @Test func scopeHoldsTheDriverVehicleAndBothBatteries() {
        let input = SwapFixtures.swap(issued: 2, returned: 1, returnedEnergy: 10, odometer: 1010, hours: 1)
        let scope = SwapScope([SwapEvent(id: 1, sequence: 0, input: input, vehicleID: 1)])
        #expect(scope.driverIDs == [1] && scope.vehicleIDs == [1] && scope.batteryIDs == [1, 2])
        let other = SwapEvent(id: 2, sequence: 1, input: SwapFixtures.swap(driver: 4, issued: 3, odometer: 1, hours: 2), vehicleID: 2)
        #expect(!scope.contains(other))
    }
}
