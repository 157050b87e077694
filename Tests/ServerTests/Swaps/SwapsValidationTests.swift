import Foundation
import GraphQLEngine
import Resolvers
import Testing
@testable import Server

/// One test per recordSwap/correctSwap rule of DOMAIN.md section 1, over HTTP: each refusal is
/// a `userErrors` entry with the rule's code and field, and a full dump of the swap tables is the
/// same before and after.
@Suite(.serialized) struct SwapsValidationTests {
    /// Two stations; batteries B1–B4 (100 kWh, full) at station A and B5 at station B; driver D1
    /// on vehicle V1, driver D2 (ended) on V2. D1 swapped twice: took B1 (100 kWh) at t0, then
    /// returned B1 (60 kWh) and took B2 with 80 kWh at t0 + 1 h, odometer 1000 → 1050.
    struct Fixture: Sendable {
        var support: SwapsTestSupport
        var stations: [String] = [], batteries: [String] = [], vehicles: [String] = [], drivers: [String] = []
        var swaps: [String] = []
        static let t0 = Date(timeIntervalSince1970: 1_700_000_000)

        static func time(_ hours: Double) -> GraphQLValue {
            .string(SwapsTestSupport.iso(t0.addingTimeInterval(hours * 3600)))
        }

        init(_ support: SwapsTestSupport) async throws {
            self.support = support
            for name in ["A", "B"] {
                stations.append(try await support.created("createStation", "station", ["name": .string("Station \(name)")]))
            }
            for index in 1...5 {
                batteries.append(try await support.created("createBattery", "battery", [
                    "serial": .string("B\(index)"), "capacityKwh": .double(100), "energyKwh": .double(100),
                    "stationId": .string(stations[index == 5 ? 1 : 0])]))
            }
            for vin in ["VIN-1", "VIN-2"] {
                vehicles.append(try await support.created("createVehicle", "vehicle", ["vin": .string(vin), "odometerKm": .double(900)]))
            }
            for (index, vehicle) in vehicles.enumerated() {
                drivers.append(try await support.created("createDriver", "driver", [
                    "name": .string("Driver \(index + 1)"), "phone": .string("+2507000000\(index)"),
                    "startedAt": Self.time(-24 * 30), "vehicleId": .string(vehicle)]))
            }
            let ended = try await support.graphQL("""
                mutation($i: UpdateDriverInput!) { updateDriver(input: $i) { driver { active endedAt } userErrors { code } } }
                """, ["i": .object(["id": .string(drivers[1]), "endedAt": Self.time(-24)])])
            #expect(ended.at("data", "updateDriver", "driver", "active") == .bool(false))
            for input: GraphQLObjectValue in [
                ["stationId": .string(stations[0]), "driverId": .string(drivers[0]), "issuedBatteryId": .string(batteries[0]),
                 "issuedEnergyKwh": .double(100), "odometerKm": .double(1000), "occurredAt": Self.time(0)],
                ["stationId": .string(stations[0]), "driverId": .string(drivers[0]), "returnedBatteryId": .string(batteries[0]),
                 "returnedEnergyKwh": .double(60), "issuedBatteryId": .string(batteries[1]), "issuedEnergyKwh": .double(80),
                 "odometerKm": .double(1050), "occurredAt": Self.time(1)],
            ] {
                let response = try await support.recordSwap(input)
                #expect(response.at("data", "recordSwap", "userErrors") == .list([]), "\(response)")
                swaps.append(response.at("data", "recordSwap", "swap", "id")?.text ?? "")
            }
        }

        /// A valid next swap of D1 at station A at t0 + 2 h, with `changes` laid over it.
        func nextSwap(_ changes: GraphQLObjectValue) -> GraphQLObjectValue {
            var input: GraphQLObjectValue = [
                "stationId": .string(stations[0]), "driverId": .string(drivers[0]), "returnedBatteryId": .string(batteries[1]),
                "returnedEnergyKwh": .double(50), "issuedBatteryId": .string(batteries[2]), "issuedEnergyKwh": .double(100),
                "odometerKm": .double(1100), "occurredAt": Self.time(2)]
            for (key, value) in changes { input[key] = value }
            return input
        }

        /// Runs `mutation` and checks it is refused with `code` on `field`, changing nothing.
        func expectRefused(_ mutation: String, _ input: GraphQLObjectValue, code: String, field: [String], message: String,
                           sourceLocation: Testing.SourceLocation = #_sourceLocation) async throws {
            let before = try await support.dump()
            let response = try await support.graphQL(mutation, ["i": .object(input)], sourceLocation: sourceLocation)
            let name = mutation.contains("correctSwap") ? "correctSwap" : "recordSwap"
            let errors = response.at("data", name, "userErrors")?.items ?? []
            #expect(errors.first?.at("code") == .string(code), "\(response)", sourceLocation: sourceLocation)
            #expect(errors.first?.at("field") == .list(field.map(GraphQLValue.string)), "\(response)", sourceLocation: sourceLocation)
            #expect(errors.first?.at("message")?.text?.contains(message) == true, "\(response)", sourceLocation: sourceLocation)
            #expect(response.at("data", name, name == "recordSwap" ? "swap" : "correction") == .null, sourceLocation: sourceLocation)
            let after = try await support.dump()
            #expect(before == after, "the tables changed", sourceLocation: sourceLocation)
            #expect(before.contains { $0.hasPrefix("swaps: ") }, sourceLocation: sourceLocation)
        }
    }

    static let correctSwap = """
        mutation($i: CorrectSwapInput!) { correctSwap(input: $i) {
          correction { id status odometerKm corrects { id } } rejected { id status correctedBy { id } } replayed
          userErrors { field message code } } }
        """

    /// Runs `body` with a fresh fixture against a live server.
    static func withFixture(_ body: @Sendable (Fixture) async throws -> Void) async throws {
        try await AccountsTestServer.with { server, client in
            try await body(try await Fixture(try SwapsTestSupport(server, client)))
        }
    }

    @Test func theValidNextSwapIsAccepted() async throws {
        try await Self.withFixture { f in
            let response = try await f.support.recordSwap(f.nextSwap([:]))
            #expect(response.at("data", "recordSwap", "userErrors") == .list([]))
            #expect(response.at("data", "recordSwap", "swap", "distanceKm")?.doubleValue == 50)
            #expect(response.at("data", "recordSwap", "swap", "energyUsedKwh")?.doubleValue == 30)
        }
    }

    @Test func theReturnedBatteryMustBeTheOneTheVehicleCarries() async throws {
        try await Self.withFixture { f in
            try await f.expectRefused(SwapsTestSupport.recordSwap, f.nextSwap(["returnedBatteryId": .string(f.batteries[3])]),
                                      code: "CONFLICT", field: ["input", "returnedBatteryId"], message: "return exactly that battery")
        }
    }

    @Test func theIssuedBatteryMustBeAtTheStation() async throws {
        try await Self.withFixture { f in
            try await f.expectRefused(SwapsTestSupport.recordSwap, f.nextSwap(["stationId": .string(f.stations[1])]),
                                      code: "CONFLICT", field: ["input", "issuedBatteryId"], message: "is not at station")
        }
    }

    @Test func energyAboveCapacityIsOutOfRange() async throws {
        try await Self.withFixture { f in
            try await f.expectRefused(SwapsTestSupport.recordSwap, f.nextSwap(["issuedEnergyKwh": .double(150)]),
                                      code: "OUT_OF_RANGE", field: ["input", "issuedEnergyKwh"], message: "capacity of 100.0 kWh")
        }
    }

    @Test func aBatteryCannotComeBackWithMoreEnergyThanItLeftWith() async throws {
        try await Self.withFixture { f in
            try await f.expectRefused(SwapsTestSupport.recordSwap, f.nextSwap(["returnedEnergyKwh": .double(90)]),
                                      code: "CONFLICT", field: ["input", "returnedEnergyKwh"], message: "cannot come back with more")
        }
    }

    @Test func theOdometerCannotGoBack() async throws {
        try await Self.withFixture { f in
            try await f.expectRefused(SwapsTestSupport.recordSwap, f.nextSwap(["odometerKm": .double(1049)]),
                                      code: "CONFLICT", field: ["input", "odometerKm"], message: "the odometer cannot go back")
        }
    }

    @Test func anInactiveDriverCannotSwap() async throws {
        try await Self.withFixture { f in
            try await f.expectRefused(SwapsTestSupport.recordSwap, f.nextSwap(["driverId": .string(f.drivers[1]),
                                                                               "returnedBatteryId": .null, "returnedEnergyKwh": .null]),
                                      code: "CONFLICT", field: ["input", "driverId"], message: "is not active")
        }
    }

    @Test func aSwapCannotOccurInTheFuture() async throws {
        try await Self.withFixture { f in
            let tomorrow = GraphQLValue.string(SwapsTestSupport.iso(Date().addingTimeInterval(86_400)))
            try await f.expectRefused(SwapsTestSupport.recordSwap, f.nextSwap(["occurredAt": tomorrow]),
                                      code: "INVALID", field: ["input", "occurredAt"], message: "cannot occur in the future")
        }
    }

    @Test func anUnknownStationIsNotFound() async throws {
        try await Self.withFixture { f in
            try await f.expectRefused(SwapsTestSupport.recordSwap, f.nextSwap(["stationId": .string(GlobalID("Station", 999_999).encoded)]),
                                      code: "NOT_FOUND", field: ["input", "stationId"], message: "does not exist")
        }
    }

    @Test func aBackDatedSwapThatBreaksALaterOneIsRefused() async throws {
        try await Self.withFixture { f in
            // D1 took B2 at t0 + 1 h; handing B2 back at t0 + 0.5 h leaves the later swap returning a battery it no longer has.
            try await f.expectRefused(SwapsTestSupport.recordSwap, f.nextSwap(["returnedBatteryId": .string(f.batteries[0]),
                                                                               "returnedEnergyKwh": .double(70), "odometerKm": .double(1020),
                                                                               "occurredAt": Fixture.time(0.5)]),
                                      code: "CONFLICT", field: ["input"], message: "no longer holds after this change")
        }
    }

    @Test func aRejectedSwapCannotBeCorrected() async throws {
        try await Self.withFixture { f in
            let first = try await f.support.graphQL(Self.correctSwap, ["i": .object(["swapId": .string(f.swaps[0]), "odometerKm": .double(1001)])])
            #expect(first.at("data", "correctSwap", "userErrors") == .list([]), "\(first)")
            #expect(first.at("data", "correctSwap", "rejected", "status") == .string("REJECTED"))
            #expect(first.at("data", "correctSwap", "correction", "corrects", "id") == .string(f.swaps[0]))
            #expect(first.at("data", "correctSwap", "replayed") == .int(1))
            try await f.expectRefused(Self.correctSwap, ["swapId": .string(f.swaps[0]), "odometerKm": .double(1002)],
                                      code: "CONFLICT", field: ["input", "swapId"], message: "is REJECTED; correct its correction")
        }
    }

    @Test func aCorrectionWhoseReplayBreaksALaterSwapIsRefused() async throws {
        try await Self.withFixture { f in
            try await f.expectRefused(Self.correctSwap, ["swapId": .string(f.swaps[0]), "odometerKm": .double(1060)],
                                      code: "CONFLICT", field: ["input"], message: "no longer holds after this change")
        }
    }

    @Test func aCorrectionReplaysTheLaterSwapsAndTheirMetrics() async throws {
        try await Self.withFixture { f in
            let response = try await f.support.graphQL(Self.correctSwap, ["i": .object(["swapId": .string(f.swaps[0]), "odometerKm": .double(1010)])])
            #expect(response.at("data", "correctSwap", "userErrors") == .list([]))
            let later = try await f.support.graphQL("query($id: ID!) { swap(id: $id) { distanceKm previous { odometerKm status } } }",
                                                    ["id": .string(f.swaps[1])])
            #expect(later.at("data", "swap", "distanceKm")?.doubleValue == 40)
            #expect(later.at("data", "swap", "previous", "odometerKm")?.doubleValue == 1010)
            #expect(later.at("data", "swap", "previous", "status") == .string("ACCEPTED"))
        }
    }

    @Test func onlyOperatorsMayRecordSwaps() async throws {
        try await Self.withFixture { f in
            let viewer = try f.support.server.token("VIEWER")
            let response = try await f.support.client.graphQL(SwapsTestSupport.recordSwap, variables: ["i": .object(f.nextSwap([:]))], token: viewer)
            #expect(response.at("errors", 0, "extensions", "code") == .string("FORBIDDEN"))
            #expect(response.at("errors", 0, "message") == .string("Your role VIEWER may not use Mutation.recordSwap; it needs OPERATOR."))
            let anonymous = try await f.support.client.graphQL("{ stations { totalCount } }")
            #expect(anonymous.at("errors", 0, "extensions", "code") == .string("UNAUTHENTICATED"))
            let read = try await f.support.client.graphQL("{ stations { totalCount } }", token: viewer)
            #expect(read.at("data", "stations", "totalCount") == .int(2))
        }
    }
}
