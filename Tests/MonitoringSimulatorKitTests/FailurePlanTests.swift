import Testing
@testable import MonitoringSimulatorKit

/// Failures are decided by seed, query and occurrence: reproducible, at the configured rate.
struct FailurePlanTests {
    static func outcomes(_ options: SimulatorOptions, count: Int = 4000) -> [SimulatorOptions.FailureMode?] {
        (0..<count).map { i in
            FailurePlan.outcome(options: options, plantID: i % 50, from: "2024-01-01", to: "2024-02-01", occurrence: i / 50)
        }
    }

    @Test func noFailuresAtRateZero() {
        #expect(Self.outcomes(SimulatorOptions(failureRate: 0)).allSatisfy { $0 == nil })
    }

    @Test func everyRequestFailsAtRateOne() {
        #expect(Self.outcomes(SimulatorOptions(failureRate: 1)).allSatisfy { $0 != nil })
    }

    @Test("half the requests fail at 0.5, spread over every mode")
    func halfFail() {
        let outcomes = Self.outcomes(SimulatorOptions(failureRate: 0.5, seed: 42))
        let failed = outcomes.compactMap { $0 }
        #expect(Double(failed.count) / Double(outcomes.count) > 0.46)
        #expect(Double(failed.count) / Double(outcomes.count) < 0.54)
        for mode in SimulatorOptions.FailureMode.allCases {
            let share = Double(failed.filter { $0 == mode }.count) / Double(failed.count)
            #expect(share > 0.2 && share < 0.3, "mode \(mode.rawValue) has \(share) of the failures")
        }
    }

    @Test("the same seed fails the same requests; another seed others")
    func reproducible() {
        let a = Self.outcomes(SimulatorOptions(failureRate: 0.5, seed: 7))
        #expect(a == Self.outcomes(SimulatorOptions(failureRate: 0.5, seed: 7)))
        #expect(a != Self.outcomes(SimulatorOptions(failureRate: 0.5, seed: 8)))
    }

    @Test("only the enabled modes occur")
    func onlyEnabledModes() {
        let failed = Self.outcomes(SimulatorOptions(failureRate: 0.5, failureModes: [.serverError, .slow])).compactMap { $0 }
        #expect(Set(failed) == [.serverError, .slow])
    }
}
