import Foundation
import Storage
import Testing
@testable import Resolvers
import TestSupport

/// Reading the monitoring service's answers, on the sample answers in shared/data/seeds/solar.
struct MonitoringRecordsTests {
    static func seed(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: SharedSeeds.url("solar/\(name)")))
    }

    static let oct25 = CalendarDate(year: 2022, month: 10, day: 25)
    static let oct27 = CalendarDate(year: 2022, month: 10, day: 27)

    @Test("the good sample gives 48 hours in order, values as sent")
    func goodSample() throws {
        let batch = try MonitoringRecords.parse(try Self.seed("monitoring_ok_plant-1_2022-10-25_2022-10-27.json"), from: Self.oct25, to: Self.oct27)
        #expect(batch.rejected == 0)
        #expect(batch.readings.count == 48)
        #expect(batch.readings.first?.hourEpochSeconds == Self.oct25.daysSinceEpoch * 86_400)
        #expect(batch.readings.first?.energyExpected == 53.1625749833213)
        #expect(batch.readings.first?.irradiationObserved == 6.078984974450796)
        #expect(batch.readings.map(\.hourEpochSeconds) == Array(stride(from: Self.oct25.daysSinceEpoch * 86_400, to: Self.oct27.daysSinceEpoch * 86_400, by: 3600)))
    }

    @Test("the corrupt sample: a missing observed, a null energy and a bad datetime are skipped and counted")
    func corruptSample() throws {
        let batch = try MonitoringRecords.parse(try Self.seed("monitoring_corrupt_plant-1_2022-10-27.json"), from: Self.oct27, to: Self.oct27)
        #expect(batch.rejected == 3)
        #expect(batch.readings.map { ($0.hourEpochSeconds - Self.oct27.daysSinceEpoch * 86_400) / 3600 } == [0, 2, 5])
        #expect(batch.rejectedDays == [Self.oct27])
    }

    @Test("the empty sample is an empty batch; the error sample is the service's error")
    func emptyAndError() throws {
        #expect(try MonitoringRecords.parse(try Self.seed("monitoring_empty.json"), from: Self.oct25, to: Self.oct27)
            == MonitoringBatch(readings: [], rejected: 0, rejectedDays: []))
        #expect(throws: MonitoringError.errorObject("Service temporarily unavailable")) {
            try MonitoringRecords.parse(try Self.seed("monitoring_error.json"), from: Self.oct25, to: Self.oct27)
        }
    }

    @Test("records outside the asked days are ignored; the same hour twice keeps the last")
    func outsideAndDuplicates() throws {
        let body = """
            [{"datetime": "2022-10-24T23:00:00", "expected": {"energy": 1, "irradiation": 1}, "observed": {"energy": 1, "irradiation": 1}},
             {"datetime": "2022-10-25T01:00:00", "expected": {"energy": 2, "irradiation": 2}, "observed": {"energy": 2, "irradiation": 2}},
             {"datetime": "2022-10-25T01:00:00", "expected": {"energy": 3, "irradiation": 3}, "observed": {"energy": 3, "irradiation": 3}}]
            """
        let batch = try MonitoringRecords.parse(Array(body.utf8), from: Self.oct25, to: Self.oct25)
        #expect(batch.readings.count == 1)
        #expect(batch.readings.first?.energyExpected == 3)
        #expect(batch.rejected == 0)
    }

    @Test("datetimes must be on the hour, in the service's format", arguments: [
        "2022-10-25T01:30:00", "2022-10-25 01:00:00", "2022-10-25T24:00:00", "2022-02-30T01:00:00", "2022-10-25T01:00:00Z", "",
    ])
    func badDatetimes(text: String) {
        #expect(MonitoringRecords.hourEpochSeconds(text) == nil)
    }

    @Test("bodies that are neither an array nor an error object are refused", arguments: ["<html>", "{}", "42", "{\"error\": 5}"])
    func unexpectedBodies(body: String) {
        #expect(throws: MonitoringError.self) { try MonitoringRecords.parse(Array(body.utf8), from: Self.oct25, to: Self.oct25) }
    }
}
