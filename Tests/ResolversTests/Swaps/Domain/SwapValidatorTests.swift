import Foundation
import Testing
@testable import Resolvers

/// One test per rule of `recordSwap` / `correctSwap`: the right code and field, and the ledger
/// left exactly as it was.
@Suite struct SwapValidatorTests {
    typealias F = SwapFixtures

    /// Driver 1 took battery 1 (100 kWh) at station 1 at odometer 1010 (t0 + 1 h), then
    /// returned it with 40 kWh for battery 2 at odometer 1020 (t0 + 2 h).
    static func history() throws -> SwapLedger {
        var ledger = SwapLedger(catalog: F.catalog)
        try ledger.record(F.swap(issued: 1, odometer: 1010, hours: 1), now: F.now)
        try ledger.record(F.swap(issued: 2, returned: 1, returnedEnergy: 40, odometer: 1020, hours: 2), now: F.now)
        return ledger
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var input: SwapInput
        var code: SwapRuleCode
        var field: String
        var testDescription: String { name }
    }

    static let recordCases: [Case] = [
        Case(name: "unknown station", input: F.swap(station: 9, issued: 3, returned: 2, returnedEnergy: 50, odometer: 1030, hours: 3),
             code: .notFound, field: "stationId"),
        Case(name: "unknown driver", input: F.swap(driver: 9, issued: 3, odometer: 1030, hours: 3), code: .notFound, field: "driverId"),
        Case(name: "unknown issued battery", input: F.swap(issued: 9, returned: 2, returnedEnergy: 50, odometer: 1030, hours: 3),
             code: .notFound, field: "issuedBatteryId"),
        Case(name: "battery not in the vehicle", input: F.swap(issued: 3, returned: 1, returnedEnergy: 10, odometer: 1030, hours: 3),
             code: .conflict, field: "returnedBatteryId"),
        Case(name: "no returned battery while the vehicle carries one", input: F.swap(issued: 3, odometer: 1030, hours: 3),
             code: .conflict, field: "returnedBatteryId"),
        Case(name: "issued battery not at the station", input: F.swap(station: 2, issued: 3, returned: 2, returnedEnergy: 50, odometer: 1030, hours: 3),
             code: .conflict, field: "issuedBatteryId"),
        Case(name: "issued battery in a vehicle", input: F.swap(issued: 2, returned: 2, returnedEnergy: 50, odometer: 1030, hours: 3),
             code: .conflict, field: "issuedBatteryId"),
        Case(name: "issued energy above capacity", input: F.swap(issued: 3, issuedEnergy: 100.5, returned: 2, returnedEnergy: 50, odometer: 1030, hours: 3),
             code: .outOfRange, field: "issuedEnergyKwh"),
        Case(name: "negative returned energy", input: F.swap(issued: 3, returned: 2, returnedEnergy: -1, odometer: 1030, hours: 3),
             code: .outOfRange, field: "returnedEnergyKwh"),
        Case(name: "returned energy above the energy at issue", input: F.swap(issued: 3, returned: 2, returnedEnergy: 100.01, odometer: 1030, hours: 3),
             code: .outOfRange, field: "returnedEnergyKwh"),
        Case(name: "odometer going back", input: F.swap(issued: 3, returned: 2, returnedEnergy: 50, odometer: 1019, hours: 3),
             code: .conflict, field: "odometerKm"),
        Case(name: "inactive driver", input: F.swap(driver: 2, issued: 3, odometer: 1030, hours: 3), code: .conflict, field: "driverId"),
        Case(name: "driver without a vehicle", input: F.swap(driver: 3, issued: 3, odometer: 1030, hours: 3), code: .conflict, field: "driverId"),
        Case(name: "future time", input: F.swap(issued: 3, returned: 2, returnedEnergy: 50, odometer: 1030, hours: 24 * 400),
             code: .invalid, field: "occurredAt"),
        Case(name: "returned battery without energy", input: F.swap(issued: 3, returned: 2, odometer: 1030, hours: 3),
             code: .invalid, field: "returnedEnergyKwh"),
    ]

    @Test(arguments: recordCases)
    func recordRefuses(_ c: Case) throws {
        var ledger = try Self.history()
        let before = ledger
        let refusal = try #require(throws: SwapRefusal.self) { try ledger.record(c.input, now: F.now) }
        #expect(refusal.code == c.code, "\(refusal)")
        #expect(refusal.violations.first?.field == ["input", c.field], "\(refusal)")
        #expect(ledger == before)
    }

    @Test func returnedEnergyAboveIssuedEnergyIsAConflict() throws {
        var ledger = SwapLedger(catalog: F.catalog)
        try ledger.record(F.swap(issued: 1, issuedEnergy: 60, odometer: 1010, hours: 1), now: F.now)
        let before = ledger
        let refusal = try #require(throws: SwapRefusal.self) {
            try ledger.record(F.swap(issued: 2, returned: 1, returnedEnergy: 61, odometer: 1020, hours: 2), now: F.now)
        }
        #expect(refusal.code == .conflict)
        #expect(refusal.violations.first?.field == ["input", "returnedEnergyKwh"])
        #expect(ledger == before)
    }

    @Test func validSwapIsRecorded() throws {
        var ledger = try Self.history()
        let event = try ledger.record(F.swap(issued: 3, returned: 2, returnedEnergy: 50, odometer: 1030, hours: 3), now: F.now)
        #expect(ledger.projection.batteries[2] == BatteryState(location: .station(1), energyKwh: 50))
        #expect(ledger.projection.batteries[3] == BatteryState(location: .vehicle(1), energyKwh: 100))
        #expect(ledger.projection.vehicles[1] == VehicleState(odometerKm: 1030, batteryID: 3))
        #expect(ledger.projection.metrics[event.id] == SwapMetrics(previousSwapID: 2, distanceKm: 10, energyUsedKwh: 50, efficiencyKmPerKwh: 0.2))
    }

    @Test func backDatedSwapThatBreaksALaterSwapIsAConflictNamingIt() throws {
        var ledger = try Self.history()
        let before = ledger
        // Driver 4 takes battery 2 at station 1 at t0 + 1.5 h: battery 2 is then not at station 1 for swap 2.
        let refusal = try #require(throws: SwapRefusal.self) {
            try ledger.record(F.swap(driver: 4, issued: 2, odometer: 1005, hours: 1.5), now: F.now)
        }
        #expect(refusal.code == .conflict)
        #expect(refusal.violations.first?.swapID == 2)
        #expect(ledger == before)
    }

    @Test func correctingARejectedSwapIsAConflict() throws {
        var ledger = try Self.history()
        try ledger.correct(SwapCorrectionInput(swapID: 2, returnedEnergyKwh: 45), now: F.now)
        let before = ledger
        let refusal = try #require(throws: SwapRefusal.self) {
            try ledger.correct(SwapCorrectionInput(swapID: 2, returnedEnergyKwh: 30), now: F.now)
        }
        #expect(refusal.code == .conflict)
        #expect(refusal.violations.first?.field == ["input", "swapId"])
        #expect(ledger == before)
    }

    @Test func correctingAnUnknownSwapIsNotFound() throws {
        var ledger = try Self.history()
        let before = ledger
        let refusal = try #require(throws: SwapRefusal.self) { try ledger.correct(SwapCorrectionInput(swapID: 99), now: F.now) }
        #expect(refusal.code == .notFound)
        #expect(ledger == before)
    }

    @Test func correctionWhoseReplayBreaksALaterSwapIsAConflictNamingIt() throws {
        var ledger = try Self.history()
        let before = ledger
        // Swap 1 at odometer 1030 would put swap 2 (1020) behind it.
        let refusal = try #require(throws: SwapRefusal.self) {
            try ledger.correct(SwapCorrectionInput(swapID: 1, odometerKm: 1030), now: F.now)
        }
        #expect(refusal.code == .conflict)
        #expect(refusal.violations.first?.swapID == 2)
        #expect(ledger == before)
    }

    @Test func correctionKeepsLeftOutFieldsAndTheOriginalTime() throws {
        var ledger = try Self.history()
        let correction = try ledger.correct(SwapCorrectionInput(swapID: 2, returnedEnergyKwh: 30), now: F.now)
        let original = try #require(ledger.event(2))
        #expect(original.status == .rejected)
        #expect(original.correctedBy == correction.id)
        #expect(correction.corrects == 2)
        #expect(correction.input == SwapInput(stationID: 1, driverID: 1, issuedBatteryID: 2, issuedEnergyKwh: 100,
                                              returnedBatteryID: 1, returnedEnergyKwh: 30, odometerKm: 1020,
                                              occurredAt: original.occurredAt))
        #expect(ledger.projection.batteries[1] == BatteryState(location: .station(1), energyKwh: 30))
        #expect(ledger.projection.metrics[correction.id]?.energyUsedKwh == 70)
        #expect(ledger.projection.metrics[2] == nil)
    }
}
