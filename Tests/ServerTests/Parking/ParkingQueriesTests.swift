import Foundation
import GraphQLEngine
import HummingbirdTesting
import Testing
import TestSupport
@testable import Server

/// Parking lists batch one statement per level, and the mutations hold under parallel requests.
@Suite(.serialized, .timeLimit(.minutes(3))) struct ParkingQueriesTests {
    static let nested = """
        { vehicles(parked: true) { nodes { plate parking { chargingPowerKw vehicle { plate } status { ready } }
          parkingHistory { parkedAt } } } }
        """

    /// The statements one request of `query` costs.
    static func statements(_ query: String, server: ParkingTestServer, client: any TestClientProtocol) async throws -> (Int, GraphQLValue) {
        let before = server.postgres.statements.value
        let response = try await client.graphQL(query, token: server.viewerToken)
        return (server.postgres.statements.value - before, response)
    }

    @Test func nestedVehicleListsCostTheSameStatementsForTwoOrSeventeenVehicles() async throws {
        try await ParkingTestServer.with { server, client in
            _ = try await server.importCSV("YB074VD,25,100,60\nTG038CP,7,100,90\n", client: client)
            let (few, small) = try await Self.statements(Self.nested, server: server, client: client)
            #expect(small.at("data", "vehicles", "nodes", 1, "parking", "vehicle", "plate") == .string("TG038CP"))
            _ = try await server.importCSV(try await ParkingSeedFiles.text("vehicles.csv"), client: client)
            let (many, large) = try await Self.statements(Self.nested, server: server, client: client)
            guard case let .list(nodes)? = large.at("data", "vehicles", "nodes") else { Issue.record("no nodes"); return }
            #expect(nodes.count == 17)
            #expect(many == few)
            // `{ viewer { id } }` costs the token's check plus one statement for the user, so the
            // token's check is userAndViewer − 1; the rest: vehicles, Vehicle.parking,
            // Vehicle.parkingHistory and ParkingSession.vehicle.
            let (userAndViewer, _) = try await Self.statements("{ viewer { id } }", server: server, client: client)
            #expect(many - (userAndViewer - 1) == 4)
        }
    }

    @Test func parallelImportsAndRemovalsLeaveOneOpenSessionPerPlateAndOneDeparture() async throws {
        try await ParkingTestServer.with { server, client in
            let csv = try await ParkingSeedFiles.text("vehicles.csv")
            try await withThrowingTaskGroup(of: GraphQLValue?.self) { group in
                for _ in 0..<8 { group.addTask { try await server.importCSV(csv, client: client).at("data", "importVehicles", "report", "accepted") } }
                for try await accepted in group { #expect(accepted == .int(17)) }
            }
            let open = try await server.postgres.query("SELECT count(*) FROM parking_sessions WHERE left_at IS NULL").scalar(Int.self)
            #expect(open == 17)
            let outcomes = try await withThrowingTaskGroup(of: String.self) { group in
                for _ in 0..<6 {
                    group.addTask {
                        let response = try await client.graphQL("mutation { removeVehicle(plate: \"SB223KE\") { chargeKwh userErrors { code } } }",
                                                                token: server.operatorToken)
                        guard case let .string(code)? = response.at("data", "removeVehicle", "userErrors", 0, "code") else { return "removed" }
                        return code
                    }
                }
                var all: [String] = []
                for try await outcome in group { all.append(outcome) }
                return all.sorted()
            }
            #expect(outcomes == ["NOT_FOUND", "NOT_FOUND", "NOT_FOUND", "NOT_FOUND", "NOT_FOUND", "removed"])
            let departures = try await server.postgres.query(
                "SELECT count(*) FROM parking_sessions s JOIN vehicles v ON v.id = s.vehicle_id WHERE v.plate = 'SB223KE' AND left_at IS NOT NULL")
            #expect(try departures.scalar(Int.self) == 1)
        }
    }
}
