import Foundation
import GraphQLEngine
import Resolvers
import Storage
import Testing
@testable import Server

/// Parallel `recordSwap` calls over HTTP competing for one battery: exactly one wins, the others
/// are refused with CONFLICT, and the battery is in exactly one place.
@Suite(.serialized) struct SwapsConcurrencyTests {
    @Test func fiftyParallelSwapsIssuingTheSameBatteryLetExactlyOneSucceed() async throws {
        try await AccountsTestServer.with { server, client in
            let support = try SwapsTestSupport(server, client)
            let repository = SwapRepository(postgres: server.postgres)
            let t0 = Date(timeIntervalSince1970: 1_700_000_000)
            let station = try await repository.createStation(name: "Contested", location: "").get()
            let battery = try await repository.createBattery(serial: "ONLY-ONE", capacityKwh: 100, voltage: nil, stationID: station, energyKwh: 90).get()
            var drivers: [Int] = []
            for index in 0..<50 {
                let vehicle = try await repository.createVehicle(vin: nil, plate: "RAC \(index)", odometerKm: 0, batteryID: nil).get()
                drivers.append(try await repository.createDriver(name: "Racer \(index)", phone: "+1-555-\(index)", startedAt: t0, vehicleID: vehicle).get())
            }
            let responses = try await withThrowingTaskGroup(of: GraphQLValue.self) { group in
                for (index, driver) in drivers.enumerated() {
                    group.addTask {
                        try await support.recordSwap([
                            "stationId": .string(GlobalID("Station", Int64(station)).encoded),
                            "driverId": .string(GlobalID("Driver", Int64(driver)).encoded),
                            "issuedBatteryId": .string(GlobalID("Battery", Int64(battery)).encoded),
                            "issuedEnergyKwh": .double(90), "odometerKm": .double(Double(index)),
                            "occurredAt": .string(SwapsTestSupport.iso(t0.addingTimeInterval(3600)))])
                    }
                }
                var all: [GraphQLValue] = []
                for try await response in group { all.append(response) }
                return all
            }
            let accepted = responses.filter { $0.at("data", "recordSwap", "userErrors") == .list([]) }
            let refused = responses.compactMap { $0.at("data", "recordSwap", "userErrors", 0) }
            #expect(accepted.count == 1)
            #expect(refused.count == 49)
            #expect(refused.allSatisfy { $0.at("code") == .string("CONFLICT") && $0.at("field") == .list([.string("input"), .string("issuedBatteryId")]) })
            let swaps = try await server.postgres.query("SELECT count(*) FROM swaps").scalar(Int.self)
            #expect(swaps == 1)
            let places = try await server.postgres.query("""
                SELECT (SELECT count(*) FROM battery_states WHERE battery_id = \(battery) AND vehicle_id IS NOT NULL)
                     + (SELECT count(*) FROM battery_states WHERE battery_id = \(battery) AND station_id IS NOT NULL) AS places,
                       (SELECT count(*) FROM vehicle_states WHERE battery_id = \(battery)) AS carriers
                """)
            #expect(try places.first?.decode(Int.self, column: "places") == 1)
            #expect(try places.first?.decode(Int.self, column: "carriers") == 1)
        }
    }

    @Test func swapRecordedStreamsEachRecordedSwapOfItsStation() async throws {
        try await AccountsTestServer.with { server, client in
            let support = try SwapsTestSupport(server, client)
            let repository = SwapRepository(postgres: server.postgres)
            let t0 = Date(timeIntervalSince1970: 1_700_000_000)
            let station = try await repository.createStation(name: "Watched", location: "").get()
            let other = try await repository.createStation(name: "Elsewhere", location: "").get()
            let battery = try await repository.createBattery(serial: "W-1", capacityKwh: 100, voltage: nil, stationID: station, energyKwh: 100).get()
            let elsewhere = try await repository.createBattery(serial: "W-2", capacityKwh: 100, voltage: nil, stationID: other, energyKwh: 100).get()
            var drivers: [Int] = []
            for index in 0..<2 {
                let vehicle = try await repository.createVehicle(vin: "W-\(index)", plate: nil, odometerKm: 0, batteryID: nil).get()
                drivers.append(try await repository.createDriver(name: "W \(index)", phone: "+1-777-\(index)", startedAt: t0, vehicleID: vehicle).get())
            }
            let stationID = GlobalID("Station", Int64(station)).encoded
            let body = #"{"query":"subscription($s: ID) { swapRecorded(stationId: $s) { odometerKm station { name } } }","variables":{"s":"\#(stationID)"}}"#
            let stream = try EventStreamTestClient(port: server.port, request: ServerSentEventsTests.post(body, port: server.port, token: support.token))
            var status = stream.status.makeAsyncIterator()
            #expect(await status.next() == 200)
            try await Task.sleep(for: .milliseconds(300))
            var events = stream.events.makeAsyncIterator()
            for (driver, issued, stationOf, odometer) in [(drivers[1], elsewhere, other, 7.0), (drivers[0], battery, station, 42.0)] {
                let response = try await support.recordSwap([
                    "stationId": .string(GlobalID("Station", Int64(stationOf)).encoded), "driverId": .string(GlobalID("Driver", Int64(driver)).encoded),
                    "issuedBatteryId": .string(GlobalID("Battery", Int64(issued)).encoded), "issuedEnergyKwh": .double(100),
                    "odometerKm": .double(odometer), "occurredAt": .string(SwapsTestSupport.iso(t0.addingTimeInterval(60)))])
                #expect(response.at("data", "recordSwap", "userErrors") == .list([]))
            }
            let event = await events.next()
            #expect(event?.name == "next")
            let data = try event.map { try JSONReader.parse($0.data) }
            #expect(data?.at("data", "swapRecorded", "odometerKm")?.doubleValue == 42, "\(String(describing: data))")
            #expect(data?.at("data", "swapRecorded", "station", "name") == .string("Watched"))
            stream.disconnect()
        }
    }
}
