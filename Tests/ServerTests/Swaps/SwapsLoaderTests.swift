import Foundation
import GraphQLEngine
import Resolvers
import Storage
import Testing
@testable import Server

/// `stations { batteries { swaps { driver { vehicle } } } }` costs one SQL statement per level,
/// with 1 station as with 50.
@Suite(.serialized) struct SwapsLoaderTests {
    static let query = """
        { stations(first: 100) { nodes { name batteries { serial swaps { nodes { odometerKm driver { name vehicle { id vin } } } } } } } }
        """

    /// `count` stations, each with two batteries, a driver on a vehicle and two swaps: the driver
    /// took the first battery, then brought it back for the second, so the first battery is on
    /// site with two swaps.
    static func seed(_ postgres: PostgresPool, stations count: Int, from first: Int) async throws {
        let repository = SwapRepository(postgres: postgres)
        let t0 = Date(timeIntervalSince1970: 1_700_000_000)
        for index in first..<(first + count) {
            let station = try await repository.createStation(name: "Station \(index)", location: "Kigali").get()
            let batteries = [try await repository.createBattery(serial: "S\(index)-1", capacityKwh: 100, voltage: 48, stationID: station, energyKwh: 100).get(),
                             try await repository.createBattery(serial: "S\(index)-2", capacityKwh: 100, voltage: 48, stationID: station, energyKwh: 100).get()]
            let vehicle = try await repository.createVehicle(vin: "VIN-\(index)", plate: nil, odometerKm: 0, batteryID: nil).get()
            let driver = try await repository.createDriver(name: "Driver \(index)", phone: "+250-\(index)", startedAt: t0, vehicleID: vehicle).get()
            _ = try await repository.recordSwap(SwapInput(stationID: station, driverID: driver, issuedBatteryID: batteries[0], issuedEnergyKwh: 100,
                                                          returnedBatteryID: nil, returnedEnergyKwh: nil, odometerKm: 10,
                                                          occurredAt: t0.addingTimeInterval(3600)), recordedBy: nil, now: Date()).get()
            _ = try await repository.recordSwap(SwapInput(stationID: station, driverID: driver, issuedBatteryID: batteries[1], issuedEnergyKwh: 100,
                                                          returnedBatteryID: batteries[0], returnedEnergyKwh: 40, odometerKm: 50,
                                                          occurredAt: t0.addingTimeInterval(7200)), recordedBy: nil, now: Date()).get()
        }
    }

    /// Statements the nested query ran, and the response.
    static func measure(_ support: SwapsTestSupport) async throws -> (statements: Int, response: GraphQLValue) {
        _ = try await support.graphQL("{ viewer { id } }")  // warms the connection and the document cache
        let before = support.server.postgres.statements.value
        let response = try await support.graphQL(query)
        return (support.server.postgres.statements.value - before, response)
    }

    @Test func theNestedQueryCostsOneStatementPerLevel() async throws {
        try await AccountsTestServer.with { server, client in
            let support = try SwapsTestSupport(server, client)
            try await Self.seed(server.postgres, stations: 1, from: 0)
            let one = try await Self.measure(support)
            try await Self.seed(server.postgres, stations: 49, from: 1)
            let fifty = try await Self.measure(support)
            let stations = fifty.response.at("data", "stations", "nodes")?.items ?? []
            #expect(stations.count == 50)
            for station in stations {
                let batteries = station.at("batteries")?.items ?? []
                #expect(batteries.count == 1, "\(station)")
                let swaps = batteries.first?.at("swaps", "nodes")?.items ?? []
                #expect(swaps.count == 2)
                #expect(swaps.allSatisfy { $0.at("driver", "vehicle", "vin")?.text?.hasPrefix("VIN-") == true }, "\(swaps)")
            }
            // Authentication (1) + stations, batteries, swaps, drivers, vehicles (one each).
            #expect(one.statements == fifty.statements)
            #expect(fifty.statements <= 6, "\(fifty.statements) statements")
        }
    }
}
