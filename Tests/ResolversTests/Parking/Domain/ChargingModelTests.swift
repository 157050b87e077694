import Foundation
import Testing
@testable import Resolvers

/// The charging model against DOMAIN.md §2 and, where the two agree, the original formula's
/// figures in `parking/expected_original_formula.json`.
@Suite struct ChargingModelTests {
    static let t0: Int64 = 1_780_000_000_000

    static func model(_ c0: Double, _ capacity: Double, _ desired: Double, power: Double = 11) -> ChargingModel {
        ChargingModel(chargingSinceMs: t0, initialChargeKWh: c0, capacityKWh: capacity, desiredPercent: desired, chargingPowerKW: power)
    }

    @Test func chargeRisesLinearlyAndStopsAtTheTarget() {
        let m = Self.model(25, 100, 60, power: 10)  // 35 kWh to go at 10 kW: 3.5 h
        #expect(m.readyAtMs == Self.t0 + 12_600_000)
        let halfway = m.estimate(atMs: Self.t0 + 3_600_000)
        #expect(halfway.chargeKWh == 35)
        #expect(halfway.chargePercent == 35)
        #expect(!halfway.ready)
        #expect(halfway.secondsToReady == 9000)
        let justBefore = m.estimate(atMs: m.readyAtMs - 1)
        #expect(!justBefore.ready)
        #expect(justBefore.secondsToReady == 1)
        let atReady = m.estimate(atMs: m.readyAtMs)
        #expect(atReady.ready && atReady.chargeKWh == 60 && atReady.secondsToReady == 0)
        #expect(m.estimate(atMs: m.readyAtMs + 86_400_000).chargeKWh == 60)
    }

    @Test func readyAtIsRoundedUpToTheMillisecondAndReadyFromThere() {
        let m = Self.model(25, 100, 60)  // 35/11 h = 11454.5454… s
        #expect(m.readyAtMs == Self.t0 + 11_454_546)
        #expect(!m.estimate(atMs: m.readyAtMs - 1).ready)
        #expect(m.estimate(atMs: m.readyAtMs - 1).chargeKWh < 60)
        #expect(m.estimate(atMs: m.readyAtMs).chargeKWh == 60)
    }

    @Test("no discharge: at or above the target the charge stays where it is",
          arguments: [(63.0, 120.0, 50.0), (40, 40, 100), (60, 100, 60)])
    func alreadyAtTarget(c0: Double, capacity: Double, desired: Double) {
        let m = Self.model(c0, capacity, desired)
        #expect(m.readyAtMs == Self.t0)
        for offset in [Int64(0), 60_000, 86_400_000] {
            let e = m.estimate(atMs: Self.t0 + offset)
            #expect(e.ready && e.chargeKWh == c0 && e.secondsToReady == 0)
        }
    }

    @Test func aClockBeforeChargingSinceShowsTheInitialCharge() {
        let e = Self.model(10, 100, 80).estimate(atMs: Self.t0 - 5000)
        #expect(e.chargeKWh == 10 && !e.ready)
    }

    /// The original formula charged 1 % of capacity per second (a power of capacity × 36 kW)
    /// and did not stop at the target; ours does. Where they agree: the current percentage,
    /// readiness at import, whole seconds to the target, and the charge after 60 s up to the target.
    @Test func agreesWithTheOriginalFormulaWhereItApplies() throws {
        let expected = try ParkingSeeds.originalFormula()
        #expect(expected.count == 17)
        #expect(expected.filter(\.ready_at_import).count == 5)
        for row in expected {
            let m = Self.model(row.current_charge, row.total_charge, row.desired_percentage, power: row.total_charge * 36)
            let atImport = m.estimate(atMs: Self.t0)
            #expect(abs(atImport.chargePercent - row.current_percentage) < 0.0001, "\(row.plate)")
            #expect(atImport.ready == row.ready_at_import, "\(row.plate)")
            #expect(Int((Double(m.readyAtMs - Self.t0) / 1000).rounded(.down)) == row.original_seconds_to_desired, "\(row.plate)")
            let after60 = m.estimate(atMs: Self.t0 + 60_000).chargeKWh
            let expectedAfter60 = min(max(row.current_charge, m.targetKWh), row.charge_after_60s_original)
            #expect(abs(after60 - expectedAfter60) < 1e-9, "\(row.plate): \(after60) vs \(expectedAfter60)")
        }
    }
}
