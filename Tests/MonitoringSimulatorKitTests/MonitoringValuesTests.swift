import Testing
@testable import MonitoringSimulatorKit

/// The value function: deterministic per (plant, hour), dark at night, plausible by day.
struct MonitoringValuesTests {
    @Test("the same plant and hour give the same values; another plant or hour other values")
    func deterministic() {
        let hour = MonitoringDays.days(of: "2023-11-14")! * 86_400 + 12 * 3600
        let a = MonitoringValues.reading(plantID: 7, hourEpochSeconds: hour)
        #expect(a == MonitoringValues.reading(plantID: 7, hourEpochSeconds: hour))
        #expect(a != MonitoringValues.reading(plantID: 8, hourEpochSeconds: hour))
        #expect(a != MonitoringValues.reading(plantID: 7, hourEpochSeconds: hour + 3600))
    }

    @Test("nothing is expected or observed between 18:00 and 06:00 UTC", arguments: [0, 1, 5, 6, 18, 19, 23])
    func dark(hourOfDay: Int) {
        let day = MonitoringDays.days(of: "2024-06-21")!
        let r = MonitoringValues.reading(plantID: 1, hourEpochSeconds: day * 86_400 + hourOfDay * 3600)
        #expect(r.energyExpected == 0 && r.energyObserved == 0 && r.irradiationExpected == 0 && r.irradiationObserved == 0)
    }

    @Test("daylight hours have positive values within the curve's bounds", arguments: 7...17)
    func daylight(hourOfDay: Int) {
        let day = MonitoringDays.days(of: "2024-03-01")!
        for plant in 1...20 {
            let r = MonitoringValues.reading(plantID: plant, hourEpochSeconds: day * 86_400 + hourOfDay * 3600)
            #expect(r.energyExpected > 0 && r.energyExpected <= 100)
            #expect(r.energyObserved >= r.energyExpected * 0.65 && r.energyObserved <= r.energyExpected * 1.05)
            #expect(r.irradiationExpected > 0 && r.irradiationExpected <= 100)
        }
    }

    @Test("days round-trip between text and day numbers, leap days included",
          arguments: ["1970-01-01", "2000-02-29", "2024-02-29", "2024-12-31", "2025-03-01"])
    func days(text: String) throws {
        let n = try #require(MonitoringDays.days(of: text))
        #expect(MonitoringDays.text(ofDay: n) == text)
    }

    @Test("impossible dates are refused", arguments: ["2023-02-29", "2024-13-01", "2024-04-31", "24-01-01", "2024-1-01", ""])
    func badDays(text: String) {
        #expect(MonitoringDays.days(of: text) == nil)
    }
}
