import Foundation
import GraphQLEngine
import HummingbirdTesting
import Testing
import TestSupport
@testable import Server

/// `importVehicles`, `chargingStatus`, `readyVehicles` and `removeVehicle` over HTTP against a
/// live server, with the seed files and a clock the test advances.
@Suite(.serialized, .timeLimit(.minutes(3))) struct ParkingImportTests {
    /// The five seed vehicles at or above their target at import.
    static let atTarget = ["CV434BW", "DW315VZ", "HC588KT", "VW808LL", "ZM023RM"]

    /// One seed line, and its ready time by DOMAIN.md's formula with the default 11 kW.
    struct Expected {
        let plate: String, c0: Double, capacity: Double, desired: Double
        var target: Double { capacity * desired / 100 }
        func readyAtMs(t0: Int64, powerKW: Double = 11) -> Int64 {
            c0 >= target ? t0 : t0 + Int64(((target - c0) / powerKW * 3_600_000).rounded(.up))
        }
    }

    static func seedLines() async throws -> [Expected] {
        try await ParkingSeedFiles.text("vehicles.csv").split(separator: "\n").map { line in
            let f = line.split(separator: ",").map(String.init)
            return Expected(plate: f[0], c0: Double(f[1])!, capacity: Double(f[2])!, desired: Double(f[3])!)
        }
    }

    @Test func importsTheSeedFileByURLAndTheFiveAtTargetAreReadyAtOnce() async throws {
        let file = try await ParkingSeedFiles.bytes("vehicles.csv")
        let expected = try await Self.seedLines()
        try await TestFileServer.with(["vehicles.csv": file]) { baseURL in
            try await ParkingTestServer.with { server, client in
                let response = try await client.graphQL(ParkingTestServer.importMutation,
                                                        variables: ["input": .object(["url": .string(baseURL + "/vehicles.csv")])],
                                                        token: server.operatorToken)
                let result = try #require(response.at("data", "importVehicles"))
                #expect(result.at("userErrors") == .list([]))
                #expect(result.at("report", "accepted") == .int(17))
                #expect(result.at("report", "rejected") == .int(0))
                #expect(result.at("report", "duplicate") == .bool(false))
                #expect(result.at("vehicles") == .list(expected.map { .object(["plate": .string($0.plate)]) }))

                let ready = try await client.graphQL("{ readyVehicles { totalCount nodes { plate parking { status { state ready } } } } }",
                                                     token: server.viewerToken)
                #expect(ready.at("data", "readyVehicles", "totalCount") == .int(5))
                #expect(ready.at("data", "readyVehicles", "nodes") == .list(Self.atTarget.map {
                    .object(["plate": .string($0), "parking": .object(["status": .object(["state": .string("READY"), "ready": .bool(true)])])])
                }))
                for line in expected {
                    let status = try #require(try await server.status(line.plate, client: client))
                    let isReady = line.c0 >= line.target
                    #expect(status.at("ready") == .bool(isReady), "\(line.plate)")
                    #expect(status.at("state") == .string(isReady ? "READY" : "CHARGING"), "\(line.plate)")
                    #expect(status.at("chargeKwh") == .double(line.c0) || status.at("chargeKwh") == .int(Int(line.c0)), "\(line.plate)")
                    #expect(Self.ms(status.at("readyAt")) == line.readyAtMs(t0: ParkingTestServer.startMs), "\(line.plate)")
                    #expect(Self.ms(status.at("asOf")) == ParkingTestServer.startMs)
                }
            }
        }
    }

    @Test func othersBecomeReadyExactlyAtTheirReadyAt() async throws {
        let expected = try await Self.seedLines()
        try await ParkingTestServer.with { server, client in
            let imported = try await server.importCSV(try await ParkingSeedFiles.text("vehicles.csv"), client: client)
            #expect(imported.at("data", "importVehicles", "report", "accepted") == .int(17))
            let t0 = ParkingTestServer.startMs
            let charging = expected.filter { $0.c0 < $0.target }.sorted { $0.readyAtMs(t0: t0) < $1.readyAtMs(t0: t0) }
            #expect(charging.count == 12)
            // Vehicles sharing a readyAt (WY192MD and RK623CD: 12 kWh at 11 kW) become ready together.
            let groups = Dictionary(grouping: charging) { $0.readyAtMs(t0: t0) }.sorted { $0.key < $1.key }
            var readySoFar = 5
            for (readyAt, lines) in groups {
                server.clock.advance(toMs: readyAt - 1)
                for line in lines {
                    let before = try #require(try await server.status(line.plate, client: client))
                    #expect(before.at("ready") == .bool(false), "\(line.plate) 1 ms before")
                    #expect(before.at("secondsToReady") == .int(1))
                    #expect(Self.number(before.at("chargeKwh")) < line.target)
                }
                server.clock.advance(toMs: readyAt)
                for line in lines {
                    let at = try #require(try await server.status(line.plate, client: client))
                    #expect(at.at("ready") == .bool(true), "\(line.plate) at readyAt")
                    #expect(at.at("state") == .string("READY"))
                    #expect(Self.number(at.at("chargeKwh")) == line.target)
                    #expect(at.at("secondsToReady") == .int(0))
                }
                readySoFar += lines.count
                let count = try await client.graphQL("{ readyVehicles { totalCount } }", token: server.viewerToken)
                #expect(count.at("data", "readyVehicles", "totalCount") == .int(readySoFar), "at \(readyAt)")
            }
            #expect(readySoFar == 17)
        }
    }

    @Test func removeVehicleReturnsTheChargeAtThatMomentAndKeepsTheHistory() async throws {
        try await ParkingTestServer.with { server, client in
            _ = try await server.importCSV("YB074VD,25,100,60\nTG038CP,7,100,90,22\n", client: client)
            server.clock.advance(toMs: ParkingTestServer.startMs + 30 * 60_000)  // half an hour: +5.5 kWh at 11 kW, +11 at 22 kW
            let remove = "mutation($p: String!) { removeVehicle(plate: $p) { vehicle { plate } chargeKwh userErrors { field message code } } }"
            let removed = try await client.graphQL(remove, variables: ["p": .string("YB074VD")], token: server.operatorToken)
            #expect(removed.at("data", "removeVehicle") == .object([
                "vehicle": .object(["plate": .string("YB074VD")]), "chargeKwh": .double(30.5), "userErrors": .list([]),
            ]))
            #expect(try await server.status("YB074VD", client: client) == .null)
            #expect(try await server.status("TG038CP", client: client)?.at("chargeKwh") == .int(18))

            let again = try await client.graphQL(remove, variables: ["p": .string("YB074VD")], token: server.operatorToken)
            #expect(again.at("data", "removeVehicle") == .object([
                "vehicle": .null, "chargeKwh": .null, "userErrors": .list([.object([
                    "field": .list([.string("plate")]), "message": .string("No vehicle with plate YB074VD is parked; list vehicles(parked: true) to find it."),
                    "code": .string("NOT_FOUND"),
                ])]),
            ]))

            // Back an hour later: a new session; the old one stays in the history with its departure.
            server.clock.advance(toMs: ParkingTestServer.startMs + 90 * 60_000)
            _ = try await server.importCSV("YB074VD,40,100,60\n", client: client)
            let history = try await client.graphQL("""
                { vehicle(plate: "YB074VD") { parking { parkedAt } parkingHistory { parkedAt leftAt status { state chargeKwh } } } }
                """, token: server.viewerToken)
            #expect(history.at("data", "vehicle") == .object([
                "parking": .object(["parkedAt": .string("2026-03-01T09:30:00Z")]),
                "parkingHistory": .list([
                    .object(["parkedAt": .string("2026-03-01T09:30:00Z"), "leftAt": .null,
                             "status": .object(["state": .string("CHARGING"), "chargeKwh": .int(40)])]),
                    .object(["parkedAt": .string("2026-03-01T08:00:00Z"), "leftAt": .string("2026-03-01T08:30:00Z"),
                             "status": .object(["state": .string("LEFT"), "chargeKwh": .double(30.5)])]),
                ]),
            ]))
            let parked = try await client.graphQL("{ all: vehicles { totalCount } parked: vehicles(parked: true) { nodes { plate } } gone: vehicles(parked: false) { totalCount } }",
                                                  token: server.viewerToken)
            #expect(parked.at("data") == .object(["all": .object(["totalCount": .int(2)]),
                                                  "parked": .object(["nodes": .list([.object(["plate": .string("YB074VD")]), .object(["plate": .string("TG038CP")])])]),
                                                  "gone": .object(["totalCount": .int(0)])]))
        }
    }

    @Test func aReimportReplacesTheValuesAndRestartsChargingButKeepsTheArrival() async throws {
        try await ParkingTestServer.with { server, client in
            _ = try await server.importCSV("YB074VD,25,100,60\n", client: client)
            server.clock.advance(toMs: ParkingTestServer.startMs + 3_600_000)
            _ = try await server.importCSV("YB074VD,50,80,90,7\n", client: client)
            let session = try await client.graphQL("""
                { vehicle(plate: "YB074VD") { parking { parkedAt chargingSince capacityKwh initialChargeKwh desiredPercent chargingPowerKw } } }
                """, token: server.viewerToken)
            #expect(session.at("data", "vehicle", "parking") == .object([
                "parkedAt": .string("2026-03-01T08:00:00Z"), "chargingSince": .string("2026-03-01T09:00:00Z"),
                "capacityKwh": .int(80), "initialChargeKwh": .int(50), "desiredPercent": .int(90), "chargingPowerKw": .int(7),
            ]))
            // 72 − 50 = 22 kWh at 7 kW: 3 h 8 min 34.286 s after 09:00.
            let status = try #require(try await server.status("YB074VD", client: client))
            #expect(Self.ms(status.at("readyAt")) == ParkingTestServer.startMs + 3_600_000 + Int64((22.0 / 7 * 3_600_000).rounded(.up)))
        }
    }

    @Test func theInvalidFileRejectsEachBadLineWithItsNumberAndImportsTheGoodOnes() async throws {
        try await ParkingTestServer.with { server, client in
            let response = try await server.importCSV(try await ParkingSeedFiles.text("vehicles_invalid.csv"), client: client)
            let result = try #require(response.at("data", "importVehicles"))
            #expect(result.at("report", "accepted") == .int(3))
            #expect(result.at("report", "rejected") == .int(9))
            #expect(result.at("vehicles") == .list(["ZZ001AA", "ZZ007AA", "ZZ010AA"].map { .object(["plate": .string($0)]) }))
            guard case let .list(lines)? = result.at("report", "rejectedLines") else { Issue.record("no rejectedLines"); return }
            #expect(lines.compactMap { $0.at("line") } == [3, 4, 5, 6, 7, 8, 10, 11, 14].map { GraphQLValue.int($0) })
            #expect(lines[0] == .object(["line": .int(3), "message": .string("Plate ZZ001AA already appears on an earlier line of this file."),
                                         "content": .string("ZZ001AA,20,100,80")]))
            #expect(lines[5].at("message") == .string("current_charge \"ten\" is not a number."))
            #expect(lines[8].at("content") == .string("ZZ011AA;10;100;80"))
            #expect(try await server.status("ZZ010AA", client: client)?.at("chargeKwh") == .int(10))
            #expect(try await server.status("ZZ002AA", client: client) == .null)
        }
    }

    @Test func badInputIsRefusedWithUserErrorsAndWritesNothing() async throws {
        try await ParkingTestServer.with { server, client in
            func refusal(_ input: GraphQLObjectValue) async throws -> GraphQLValue? {
                try await client.graphQL(ParkingTestServer.importMutation, variables: ["input": .object(input)], token: server.operatorToken)
                    .at("data", "importVehicles", "userErrors", 0)
            }
            #expect(try await refusal(["csv": .string("A,1,2,3"), "url": .string("http://127.0.0.1/x.csv")]) == .object([
                "field": .list([.string("input")]), "message": .string("Give exactly one of csv (the file's text) and url (where to fetch it)."),
                "code": .string("INVALID")]))
            #expect(try await refusal(["csv": .string("A,1,2,3"), "unit": .string("AMPERE_HOURS")])?.at("field") == .list([.string("input"), .string("nominalVoltage")]))
            #expect(try await refusal(["csv": .string("A,1,2,3"), "defaultChargingPowerKw": .double(0)])?.at("code") == .string("OUT_OF_RANGE"))
            #expect(try await refusal(["url": .string("ftp://127.0.0.1/vehicles.csv")])?.at("field") == .list([.string("input"), .string("url")]))
            let denied = try await client.graphQL(ParkingTestServer.importMutation, variables: ["input": .object(["csv": .string("A,1,2,3")])],
                                                  token: server.viewerToken)
            #expect(denied.at("errors", 0, "extensions", "code") == .string("FORBIDDEN"))
            let count = try await client.graphQL("{ vehicles { totalCount } }", token: server.viewerToken)
            #expect(count.at("data", "vehicles", "totalCount") == .int(0))
        }
    }

    /// Milliseconds since 1970 of a `DateTime` value.
    static func ms(_ value: GraphQLValue?) -> Int64? {
        guard case let .string(text)? = value else { return nil }
        let date = (try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text)) ?? (try? Date.ISO8601FormatStyle().parse(text))
        return date.map { Int64(($0.timeIntervalSince1970 * 1000).rounded()) }
    }

    static func number(_ value: GraphQLValue?) -> Double {
        switch value {
        case let .double(d)?: d
        case let .int(i)?: Double(i)
        default: .nan
        }
    }
}
