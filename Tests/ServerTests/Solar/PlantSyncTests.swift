import Foundation
import GraphQLEngine
import MonitoringSimulatorKit
import Resolvers
import Storage
import Testing
@testable import Server

/// Plant syncs end to end: a live server, the job scheduler and the monitoring simulator.
@Suite(.serialized) struct PlantSyncTests {
    typealias Ops = SolarOperations

    @Test("a created plant gets yesterday's and today's readings, with the simulator's values")
    func createdPlantGetsItsReadings() async throws {
        try await SolarTestServer.with(now: Ops.date("2025-06-15T10:30:00Z")) { server, client in
            let plantID = try await Ops.create("Sunny Acres", server: server, client: client)
            let local = Int(try SolarTestServer.localID(plantID))
            try await server.waitForRuns()
            let token = try server.token("VIEWER")
            let response = try await client.graphQL(Ops.readings, variables: ["id": .string(plantID), "from": .string("2025-06-14"), "to": .string("2025-06-15")], token: token)
            guard case let .list(readings)? = response.at("data", "plant", "readings") else { throw Ops.Unexpected(response: response) }
            #expect(readings.count == 48)
            for (index, reading) in readings.enumerated() {
                let hour = Ops.epoch("2025-06-14") + index * 3600
                let expected = MonitoringValues.reading(plantID: local, hourEpochSeconds: hour)
                #expect(reading.at("timestamp") == .string(SolarTime.dateTime(epochSeconds: hour)))
                #expect(Ops.number(reading.at("energyExpected")) == expected.energyExpected)
                #expect(Ops.number(reading.at("energyObserved")) == expected.energyObserved)
                #expect(Ops.number(reading.at("irradiationExpected")) == expected.irradiationExpected)
                #expect(Ops.number(reading.at("irradiationObserved")) == expected.irradiationObserved)
            }
            let state = try await client.graphQL(Ops.syncState, variables: ["id": .string(plantID)], token: token)
            #expect(state.at("data", "plant", "sync", "coveredFrom") == .string("2025-06-14"))
            #expect(state.at("data", "plant", "sync", "coveredTo") == .string("2025-06-15"))
            #expect(state.at("data", "plant", "sync", "running") == .bool(false))
            #expect(state.at("data", "plant", "sync", "lastError") == .null)
            #expect(state.at("data", "plant", "syncRuns", 0, "state") == .string("SUCCEEDED"))
            #expect(state.at("data", "plant", "syncRuns", 0, "from") == .string("2025-06-14"))
            #expect(state.at("data", "plant", "syncRuns", 0, "to") == .string("2025-06-15"))
            #expect(state.at("data", "plant", "syncRuns", 0, "readingsStored") == .int(48))
            #expect(state.at("data", "plant", "syncRuns", 0, "attempts") == .int(1))
            #expect(server.simulator.log.total == 1)
        }
    }

    @Test("with half the requests failing in every mode, a year's backfill stores every hour once and counts what it skipped")
    func yearBackfillSurvivesFailures() async throws {
        let options = SimulatorOptions(failureRate: 0.5, slowDelay: .milliseconds(1500), seed: 11)
        try await SolarTestServer.with(simulator: options, now: Ops.date("2025-01-02T12:00:00Z"),
                                       configure: { $0.solar.requestTimeout = .milliseconds(400); $0.solar.chunkDays = 7 }) { server, client in
            let plantID = try await Ops.create("Backfill", server: server, client: client)
            let local = try SolarTestServer.localID(plantID)
            _ = try await Ops.sync(plantID, from: "2024-01-01", to: "2024-12-31", server: server, client: client)
            try await server.waitForRuns(timeout: .seconds(240))

            // Every hour of 2024 once, with the simulator's values.
            let rows = try await server.postgres.query("""
                SELECT extract(epoch FROM hour)::bigint AS epoch, energy_expected, energy_observed, irradiation_expected, irradiation_observed
                FROM plant_readings WHERE plant_id = \(Int(local)) AND hour >= '2024-01-01T00:00:00Z' AND hour < '2025-01-01T00:00:00Z'
                ORDER BY hour
                """)
            #expect(rows.count == 366 * 24)
            var mismatches = 0
            for (index, row) in rows.enumerated() {
                let hour = try row.decode(Int.self, column: "epoch")
                let expected = MonitoringValues.reading(plantID: Int(local), hourEpochSeconds: hour)
                let stored = [try row.decode(Double.self, column: "energy_expected"), try row.decode(Double.self, column: "energy_observed"),
                              try row.decode(Double.self, column: "irradiation_expected"), try row.decode(Double.self, column: "irradiation_observed")]
                let wanted = [expected.energyExpected, expected.energyObserved, expected.irradiationExpected, expected.irradiationObserved]
                if hour != Ops.epoch("2024-01-01") + index * 3600 || stored != wanted { mismatches += 1 }
            }
            #expect(mismatches == 0)

            // The runs: succeeded, their requests and skipped records equal the simulator's counts.
            let runs = try await server.postgres.query("""
                SELECT state, attempts, records_rejected FROM plant_sync_runs WHERE plant_id = \(Int(local))
                """)
            #expect(try runs.allSatisfy { try $0.decode(String.self, column: "state") == "SUCCEEDED" })
            let attempts = try runs.map { try $0.decode(Int.self, column: "attempts") }.reduce(0, +)
            let rejected = try runs.map { try $0.decode(Int.self, column: "records_rejected") }.reduce(0, +)
            let log = server.simulator.log
            let requests = log.byQuery.filter { $0.key.plantID == Int(local) }.reduce(0) { $0 + $1.value.requests }
            #expect(attempts == requests)
            #expect(attempts > 53 + 1, "53 weekly chunks + the creation sync, plus retries")
            #expect(rejected == log.brokenRecords[Int(local)])
            #expect(rejected > 0)
            for mode in SimulatorOptions.FailureMode.allCases {
                #expect((log.byOutcome[mode.rawValue] ?? 0) > 0, "no \(mode.rawValue) failure happened")
            }
            let state = try await client.graphQL(Ops.syncState, variables: ["id": .string(plantID)], token: try server.token("VIEWER"))
            #expect(state.at("data", "plant", "sync", "coveredFrom") == .string("2024-01-01"))
            #expect(state.at("data", "plant", "syncRuns", 0, "readingsStored") == .int(366 * 24))
        }
    }

    @Test("deleting a plant removes its readings and runs and stops its running sync")
    func deleteCancelsRunningSync() async throws {
        let options = SimulatorOptions(failureRate: 1, failureModes: [.slow], slowDelay: .milliseconds(250))
        try await SolarTestServer.with(simulator: options, now: Ops.date("2025-01-02T12:00:00Z"),
                                       configure: { $0.solar.chunkDays = 7; $0.solar.requestTimeout = .seconds(5) }) { server, client in
            let plantID = try await Ops.create("Doomed", server: server, client: client)
            let local = Int(try SolarTestServer.localID(plantID))
            _ = try await Ops.sync(plantID, from: "2024-01-01", to: "2024-06-30", server: server, client: client)
            try await SolarTestServer.waitUntil(timeout: .seconds(30), what: "the sync stores a chunk of 2024") {
                try await server.postgres.query("""
                    SELECT count(*) FROM plant_readings WHERE plant_id = \(local) AND hour < '2025-01-01T00:00:00Z'
                    """).scalar(Int.self) > 0
            }
            let deleted = try await client.graphQL(Ops.deletePlant, variables: ["id": .string(plantID)], token: try server.token("OPERATOR"))
            #expect(deleted.at("data", "deletePlant", "deletedId") == .string(plantID))
            #expect(deleted.at("data", "deletePlant", "userErrors") == .list([]))
            #expect(try await server.postgres.query("SELECT count(*) FROM plant_readings WHERE plant_id = \(local)").scalar(Int.self) == 0)
            #expect(try await server.postgres.query("SELECT count(*) FROM plant_sync_runs WHERE plant_id = \(local)").scalar(Int.self) == 0)
            // The worker stops after at most the request in flight; nothing is written afterwards.
            try await Task.sleep(for: .milliseconds(600))
            let requestsAfter = server.simulator.log.total
            try await Task.sleep(for: .milliseconds(900))
            #expect(server.simulator.log.total == requestsAfter)
            #expect(try await server.postgres.query("SELECT count(*) FROM plant_readings WHERE plant_id = \(local)").scalar(Int.self) == 0)
            let open = try await server.postgres.query("SELECT count(*) FROM jobs WHERE finished_at IS NULL").scalar(Int.self)
            #expect(open == 0)
            let cancelled = try await server.postgres.query("SELECT count(*) FROM jobs WHERE state = 'cancelled'").scalar(Int.self)
            #expect(cancelled >= 1)
        }
    }
}
