import Foundation
import GraphQLEngine
import MonitoringSimulatorKit
import NIOPosix
import Resolvers
import Storage
import Testing
@testable import Server
import TestSupport

/// `Plant.report` against sums computed here from the simulator's value function.
@Suite(.serialized) struct PlantReportTests {
    typealias Ops = SolarOperations

    /// Sums of the value function over the hours [start, end).
    struct Sums {
        var readings = 0, ee = 0.0, eo = 0.0, ie = 0.0, io = 0.0

        init(plantID: Int, from start: Int, to end: Int) {
            for hour in stride(from: start, to: end, by: 3600) {
                let r = MonitoringValues.reading(plantID: plantID, hourEpochSeconds: hour)
                readings += 1
                ee += r.energyExpected
                eo += r.energyObserved
                ie += r.irradiationExpected
                io += r.irradiationObserved
            }
        }
    }

    /// Checks one report row against independent sums.
    static func check(_ row: GraphQLValue?, start: Int, sums: Sums, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(row?.at("periodStart") == .string(SolarTime.dateTime(epochSeconds: start)), sourceLocation: sourceLocation)
        #expect(row?.at("readings") == .int(sums.readings), sourceLocation: sourceLocation)
        #expect(Ops.close(Ops.number(row?.at("energyExpected")), sums.ee), sourceLocation: sourceLocation)
        #expect(Ops.close(Ops.number(row?.at("energyObserved")), sums.eo), sourceLocation: sourceLocation)
        #expect(Ops.close(Ops.number(row?.at("irradiationExpected")), sums.ie), sourceLocation: sourceLocation)
        #expect(Ops.close(Ops.number(row?.at("irradiationObserved")), sums.io), sourceLocation: sourceLocation)
        if sums.ee > 0 {
            #expect(Ops.close(Ops.number(row?.at("performanceRatio")), sums.eo / sums.ee), sourceLocation: sourceLocation)
        } else {
            #expect(row?.at("performanceRatio") == .null, sourceLocation: sourceLocation)
        }
    }

    static func rows(_ response: GraphQLValue) throws -> [GraphQLValue] {
        guard case let .list(rows)? = response.at("data", "plant", "report") else { throw Ops.Unexpected(response: response) }
        return rows
    }

    @Test("HOUR, DAY and MONTH reports equal the value function's sums, first and last day included")
    func reportsMatchIndependentSums() async throws {
        try await SolarTestServer.with(now: Ops.date("2025-01-02T12:00:00Z")) { server, client in
            let plantID = try await Ops.create("Reported", server: server, client: client)
            let local = Int(try SolarTestServer.localID(plantID))
            _ = try await Ops.sync(plantID, from: "2024-01-01", to: "2024-03-31", server: server, client: client)
            try await server.waitForRuns()
            let token = try server.token("VIEWER")
            func report(_ from: String, _ to: String, _ granularity: String?) async throws -> [GraphQLValue] {
                var variables: GraphQLObjectValue = ["id": .string(plantID), "from": .string(from), "to": .string(to)]
                if let granularity { variables["g"] = .string(granularity) }
                return try Self.rows(try await client.graphQL(Ops.report, variables: variables, token: token))
            }

            // HOUR over two days (default granularity): one row per hour, night hours without a ratio.
            let hours = try await report("2024-01-31", "2024-02-01", nil)
            #expect(hours.count == 48)
            for (index, row) in hours.enumerated() {
                let start = Ops.epoch("2024-01-31") + index * 3600
                Self.check(row, start: start, sums: Sums(plantID: local, from: start, to: start + 3600))
            }

            // DAY from the 15th of January to the 10th of March: 17 + 29 + 10 days.
            let days = try await report("2024-01-15", "2024-03-10", "DAY")
            #expect(days.count == 56)
            for (index, row) in days.enumerated() {
                let start = Ops.epoch("2024-01-15") + index * 86_400
                Self.check(row, start: start, sums: Sums(plantID: local, from: start, to: start + 86_400))
            }
            #expect(days.first?.at("periodStart") == .string("2024-01-15T00:00:00Z"))
            #expect(days.last?.at("periodStart") == .string("2024-03-10T00:00:00Z"))

            // MONTH over the same range: partial January and March, all of February.
            let months = try await report("2024-01-15", "2024-03-10", "MONTH")
            #expect(months.count == 3)
            Self.check(months[0], start: Ops.epoch("2024-01-01"), sums: Sums(plantID: local, from: Ops.epoch("2024-01-15"), to: Ops.epoch("2024-02-01")))
            Self.check(months[1], start: Ops.epoch("2024-02-01"), sums: Sums(plantID: local, from: Ops.epoch("2024-02-01"), to: Ops.epoch("2024-03-01")))
            Self.check(months[2], start: Ops.epoch("2024-03-01"), sums: Sums(plantID: local, from: Ops.epoch("2024-03-01"), to: Ops.epoch("2024-03-11")))

            // A one-day range is that day; days without readings are reported empty.
            let single = try await report("2024-03-31", "2024-03-31", "DAY")
            #expect(single.count == 1)
            Self.check(single.first, start: Ops.epoch("2024-03-31"), sums: Sums(plantID: local, from: Ops.epoch("2024-03-31"), to: Ops.epoch("2024-04-01")))
            let empty = try await report("2024-04-01", "2024-04-02", "DAY")
            #expect(empty.map { $0.at("readings") } == [.int(0), .int(0)])
            #expect(empty.map { $0.at("performanceRatio") } == [.null, .null])
        }
    }

    @Test("the seed's datapoints give the seed's expected daily report")
    func seedDailyReport() async throws {
        try await SolarTestServer.with(now: Ops.date("2022-10-27T12:00:00Z"), workers: 0) { server, client in
            let plantID = try await Ops.create("Plant 1", server: server, client: client)
            let local = Int(try SolarTestServer.localID(plantID))
            let csv = try await SolarSeeds.text("datapoints_plant-1.csv")
            var hours: [Int] = [], ee: [Double] = [], eo: [Double] = [], ie: [Double] = [], io: [Double] = []
            for line in csv.split(separator: "\n").dropFirst() {
                let f = line.split(separator: ",").map(String.init)
                hours.append(try #require(SolarRecordsText.epoch(f[1])))
                ee.append(Double(f[2])!); eo.append(Double(f[3])!); ie.append(Double(f[4])!); io.append(Double(f[5])!)
            }
            #expect(hours.count == 48)
            try await server.postgres.execute("""
                INSERT INTO plant_readings (plant_id, hour, energy_expected, energy_observed, irradiation_expected, irradiation_observed, fetched_at)
                SELECT \(local), to_timestamp(h), a, b, c, d, now() FROM unnest(\(hours)::bigint[], \(ee)::float8[], \(eo)::float8[],
                       \(ie)::float8[], \(io)::float8[]) AS t(h, a, b, c, d)
                """)
            let expected = try JSONSerialization.jsonObject(with: Data(try await SolarSeeds.text("expected_daily_report_plant-1.json").utf8)) as? [String: Any]
            let days = try #require(expected?["daily_sums_as_original_report"] as? [[String: Any]])
            let response = try await client.graphQL(Ops.report, variables: ["id": .string(plantID), "from": .string("2022-10-25"),
                                                                             "to": .string("2022-10-26"), "g": .string("DAY")],
                                                    token: try server.token("VIEWER"))
            let rows = try Self.rows(response)
            #expect(rows.count == days.count)
            for (row, day) in zip(rows, days) {
                #expect(row.at("periodStart") == .string("\(day["timestamp"] as! String)T00:00:00Z"))
                #expect(row.at("readings") == .int(24))
                #expect(Ops.close(Ops.number(row.at("energyExpected")), day["sum_energy_expected"] as! Double))
                #expect(Ops.close(Ops.number(row.at("energyObserved")), day["sum_energy_observed"] as! Double))
                #expect(Ops.close(Ops.number(row.at("irradiationExpected")), day["sum_irradiation_expected"] as! Double))
                #expect(Ops.close(Ops.number(row.at("irradiationObserved")), day["sum_irradiation_observed"] as! Double))
            }
        }
    }
}

/// The solar seed files (`shared/data/seeds/solar`, beside an ancestor of this file), read off
/// the cooperative pool.
enum SolarSeeds {
    static func path(_ name: String) throws -> String {
        try SharedSeeds.url("solar/\(name)").path
    }

    static func text(_ name: String) async throws -> String {
        let path = try path(name)
        return try await NIOThreadPool.singleton.runIfActive { try String(contentsOfFile: path, encoding: .utf8) }
    }
}

/// `YYYY-MM-DDTHH:MM:SS` (UTC) as seconds since 1970.
enum SolarRecordsText {
    static func epoch(_ text: String) -> Int? {
        guard text.count == 19, let day = MonitoringDays.days(of: String(text.prefix(10))),
              let hour = Int(text.dropFirst(11).prefix(2)) else { return nil }
        return day * 86_400 + hour * 3600
    }
}
