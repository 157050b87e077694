import Foundation
import GraphQLEngine
import Resolvers
import Testing
@testable import Server

/// The sample history imported through the swap rules, read back over HTTP: every row of
/// expected_transaction_metrics.csv and expected_driver_summaries.csv matches the API.
@Suite(.serialized) struct SwapsSeedTests {
    static let tolerance = 1e-6
    /// The expected efficiency is rounded to two decimals (0 when no energy was used).
    static let efficiencyTolerance = 0.005 + 1e-9

    @Test func importsTheSampleWithNinetyEightCorrectedBy127() async throws {
        try await AccountsTestServer.with { server, client in
            let support = try SwapsTestSupport(server, client)
            let report = try await support.importSeeds()
            #expect(report == SwapHistoryImporter.Report(stations: 6, batteries: 60, vehicles: 6, drivers: 6, swaps: 126, corrections: 1))
            let response = try await support.graphQL("""
                { swaps(first: 500, includeRejected: true) { totalCount nodes { status odometerKm
                  corrects { id } correctedBy { id status odometerKm } } } }
                """)
            #expect(response.at("data", "swaps", "totalCount") == .int(127))
            let rejected = (response.at("data", "swaps", "nodes")?.items ?? []).filter { $0.at("status") == .string("REJECTED") }
            #expect(rejected.count == 1)
            #expect(rejected.first?.at("correctedBy", "status") == .string("ACCEPTED"))
            let accepted = try await support.graphQL("{ swaps(first: 500) { totalCount } }")
            #expect(accepted.at("data", "swaps", "totalCount") == .int(126))
        }
    }

    /// A nested list's totalCount counts the parent's swaps whatever page is asked: also when
    /// `after` lies past every swap of that parent, and with `first: 0`.
    @Test func nestedTotalCountIgnoresThePage() async throws {
        try await AccountsTestServer.with { server, client in
            let support = try SwapsTestSupport(server, client)
            _ = try await support.importSeeds()
            let all = try await support.graphQL("{ swaps(first: 500) { totalCount edges { cursor } } }")
            let last = try #require(all.at("data", "swaps", "edges")?.items.last?.at("cursor")?.text)
            let response = try await support.graphQL("""
                query($last: String) { stations(first: 50) { nodes { name
                  whole: swaps(first: 500) { totalCount nodes { id } }
                  pastTheEnd: swaps(first: 5, after: $last) { totalCount nodes { id } }
                  none: swaps(first: 0) { totalCount nodes { id } } } } }
                """, ["last": .string(last)])
            let stations = response.at("data", "stations", "nodes")?.items ?? []
            #expect(stations.count == 6)
            var sum = 0
            for station in stations {
                guard case let .int(whole)? = station.at("whole", "totalCount") else {
                    Issue.record("no totalCount in \(station)")
                    continue
                }
                sum += whole
                #expect(station.at("whole", "nodes")?.items.count == whole)
                #expect(station.at("pastTheEnd", "totalCount") == .int(whole), "\(station.at("name")?.text ?? "")")
                #expect(station.at("pastTheEnd", "nodes")?.items.isEmpty == true)
                #expect(station.at("none", "totalCount") == .int(whole))
                #expect(station.at("none", "nodes")?.items.isEmpty == true)
            }
            #expect(.int(sum) == all.at("data", "swaps", "totalCount"))
            #expect(sum == 126)
        }
    }

    @Test func everyTransactionMetricMatchesTheAPI() async throws {
        try await AccountsTestServer.with { server, client in
            let support = try SwapsTestSupport(server, client)
            _ = try await support.importSeeds()
            let phones = try await Self.phonesByDriverID()
            let response = try await support.graphQL("""
                { swaps(first: 500) { nodes { occurredAt driver { phone } distanceKm energyUsedKwh efficiencyKmPerKwh status } } }
                """)
            var byKey: [String: GraphQLValue] = [:]
            for node in response.at("data", "swaps", "nodes")?.items ?? [] {
                byKey["\(node.at("driver", "phone")?.text ?? "")@\(node.at("occurredAt")?.text ?? "")"] = node
            }
            let expected = try await SwapsTestSupport.seedRows("expected_transaction_metrics.csv")
            #expect(expected.count == 126)
            #expect(byKey.count == 126)
            for row in expected {
                let phone = try #require(phones[row["driver_id"] ?? ""])
                let key = "\(phone)@\(row["transaction_date"] ?? "")Z"
                let node = try #require(byKey[key], "no swap \(key)")
                let distance = try #require(Double(row["ride_distance"] ?? "")), energy = try #require(Double(row["energy_used"] ?? ""))
                let efficiency = try #require(Double(row["efficiency"] ?? ""))
                #expect(abs((node.at("distanceKm")?.doubleValue ?? .nan) - distance) <= Self.tolerance, "swap \(row["id"] ?? "") distance")
                #expect(abs((node.at("energyUsedKwh")?.doubleValue ?? .nan) - energy) <= Self.tolerance, "swap \(row["id"] ?? "") energy")
                if energy == 0 {
                    #expect(node.at("efficiencyKmPerKwh") == .null, "swap \(row["id"] ?? "") efficiency")
                } else {
                    let ours = node.at("efficiencyKmPerKwh")?.doubleValue ?? .nan
                    #expect(abs(ours - efficiency) <= Self.efficiencyTolerance, "swap \(row["id"] ?? "") efficiency \(ours) vs \(efficiency)")
                }
            }
        }
    }

    @Test func everyDailySummaryMatchesTheAPI() async throws {
        try await AccountsTestServer.with { server, client in
            let support = try SwapsTestSupport(server, client)
            _ = try await support.importSeeds()
            let phones = try await Self.phonesByDriverID()
            let expected = try await SwapsTestSupport.seedRows("expected_driver_summaries.csv")
            #expect(expected.count == 124)
            let lastDay = try #require(expected.compactMap { $0["start_date"] }.max()).prefix(10)
            let drivers = try await support.graphQL("""
                query($to: Date!) { drivers(first: 50) { nodes { phone startedAt
                  dailySummaries(from: "2020-01-01", to: $to) { date swapCount distanceKm energyUsedKwh cumulativeDistanceKm
                    cumulativeEnergyUsedKwh driver { phone } } } } }
                """, ["to": .string(String(lastDay))])
            var byPhone: [String: [GraphQLValue]] = [:]
            for node in drivers.at("data", "drivers", "nodes")?.items ?? [] {
                byPhone[node.at("phone")?.text ?? ""] = node.at("dailySummaries")?.items ?? []
            }
            let expectedByDriver = Dictionary(grouping: expected) { $0["driver_id"] ?? "" }
            #expect(Set(expectedByDriver.keys.compactMap { phones[$0] }) == Set(byPhone.keys))
            for (driverID, rows) in expectedByDriver {
                let phone = try #require(phones[driverID])
                let days = try #require(byPhone[phone])
                #expect(days.map { $0.at("date")?.text ?? "" } == rows.map { String(($0["start_date"] ?? "").prefix(10)) }, "driver \(driverID) days")
                for (row, day) in zip(rows, days) {
                    let label = "driver \(driverID) \(row["start_date"] ?? "")"
                    #expect(day.at("driver", "phone") == .string(phone))
                    #expect(day.at("swapCount") == .int(Int(row["transactions"] ?? "") ?? -1), "\(label) count")
                    for (field, column) in [("distanceKm", "ride_distance"), ("energyUsedKwh", "energy_used"),
                                            ("cumulativeDistanceKm", "cumulative_ride_distance"),
                                            ("cumulativeEnergyUsedKwh", "cumulative_energy_used")] {
                        let value = day.at(field)?.doubleValue ?? .nan
                        #expect(abs(value - (Double(row[column] ?? "") ?? .nan)) <= Self.tolerance, "\(label) \(field) \(value)")
                    }
                }
            }
        }
    }

    /// drivers.csv id → phone (the API's ids are new; phones are unique).
    static func phonesByDriverID() async throws -> [String: String] {
        var phones: [String: String] = [:]
        for row in try await SwapsTestSupport.seedRows("drivers.csv") { phones[row["id"] ?? ""] = row["primary_phone_number"] }
        return phones
    }
}
