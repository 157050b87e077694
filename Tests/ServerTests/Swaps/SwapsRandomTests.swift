import Foundation
import GraphQLEngine
import Storage
import Testing
@testable import Resolvers
@testable import Server

/// The seeds' known bug (negative energy used, a battery in two places) cannot happen through the
/// API: 1,000 random recordSwap / back-dated recordSwap / correctSwap calls over HTTP, mostly
/// plausible and often broken, and after each one every battery is in exactly one place, no swap
/// used negative energy, and the stored projections and metrics equal a replay of the accepted
/// swaps from scratch through the pure rules.
@Suite(.serialized) struct SwapsRandomTests {
    static let operations = 1_000

    /// SplitMix64: a seeded generator, so a failure can be replayed.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test func randomOperationsKeepTheInvariants() async throws {
        try await AccountsTestServer.with { server, client in
            let support = try SwapsTestSupport(server, client)
            let repository = SwapRepository(postgres: server.postgres)
            let t0 = Date(timeIntervalSince1970: 1_600_000_000)
            var stations: [Int] = [], batteries: [Int] = [], drivers: [Int] = []
            for index in 0..<3 { stations.append(try await repository.createStation(name: "R\(index)", location: "").get()) }
            for index in 0..<12 {
                batteries.append(try await repository.createBattery(serial: "RB\(index)", capacityKwh: 100, voltage: 48,
                                                                    stationID: stations[index % 3], energyKwh: 100).get())
            }
            for index in 0..<4 {
                let vehicle = try await repository.createVehicle(vin: "RV\(index)", plate: nil, odometerKm: 100, batteryID: nil).get()
                drivers.append(try await repository.createDriver(name: "RD\(index)", phone: "+9-\(index)", startedAt: t0, vehicleID: vehicle).get())
            }
            var rng = SeededGenerator(state: 20_200_812)
            var clock = t0.addingTimeInterval(3600)
            var outcomes: [String: Int] = [:]
            for step in 0..<Self.operations {
                clock = clock.addingTimeInterval(Double(Int.random(in: 10...120, using: &rng)) * 60)
                let roll = Int.random(in: 0..<100, using: &rng)
                let response: GraphQLValue
                if roll < 10, let target = try await Self.randomSwapID(server.postgres, using: &rng) {
                    var input: GraphQLObjectValue = ["swapId": .string(GlobalID("Swap", Int64(target)).encoded)]
                    switch Int.random(in: 0..<3, using: &rng) {
                    case 0: input["odometerKm"] = .double(Double(Int.random(in: 100...5_000, using: &rng)))
                    case 1: input["returnedEnergyKwh"] = .double(Double(Int.random(in: 0...100, using: &rng)))
                    default: input["issuedEnergyKwh"] = .double(Double(Int.random(in: 40...110, using: &rng)))
                    }
                    response = try await support.graphQL(SwapsValidationTests.correctSwap, ["i": .object(input)])
                    outcomes[Self.outcome(response, "correctSwap"), default: 0] += 1
                } else {
                    let at = roll < 20 ? clock.addingTimeInterval(-Double(Int.random(in: 1...36, using: &rng)) * 3600) : clock
                    let input = try await Self.plausibleSwap(server.postgres, drivers: drivers, stations: stations, batteries: batteries,
                                                             at: at, using: &rng)
                    response = try await support.recordSwap(input)
                    outcomes[Self.outcome(response, "recordSwap"), default: 0] += 1
                }
                try await Self.checkInvariants(server.postgres, step: step)
            }
            // The mix really exercised both paths.
            #expect((outcomes["recordSwap accepted"] ?? 0) > 100, "\(outcomes)")
            #expect((outcomes["recordSwap refused"] ?? 0) > 100, "\(outcomes)")
            #expect((outcomes["correctSwap accepted"] ?? 0) > 5, "\(outcomes)")
            #expect((outcomes["correctSwap refused"] ?? 0) > 5, "\(outcomes)")
        }
    }

    static func outcome(_ response: GraphQLValue, _ mutation: String) -> String {
        response.at("data", mutation, "userErrors") == .list([]) ? "\(mutation) accepted" : "\(mutation) refused"
    }

    static func randomSwapID(_ postgres: PostgresPool, using rng: inout SeededGenerator) async throws -> Int? {
        let ids = try await postgres.query("SELECT id FROM swaps ORDER BY id").map { try $0.decode(Int.self, column: "id") }
        return ids.randomElement(using: &rng)
    }

    /// A swap built from the current state: usually the vehicle's own battery handed in with at
    /// most its energy and a battery of the station taken, the odometer moving on; sometimes
    /// any of those broken.
    static func plausibleSwap(_ postgres: PostgresPool, drivers: [Int], stations: [Int], batteries: [Int], at: Date,
                              using rng: inout SeededGenerator) async throws -> GraphQLObjectValue {
        let driver = drivers.randomElement(using: &rng)!
        let station = stations.randomElement(using: &rng)!
        let state = try await postgres.query("""
            SELECT vs.battery_id, vs.odometer_km, bs.energy_kwh FROM drivers d JOIN vehicle_states vs ON vs.vehicle_id = d.vehicle_id
            LEFT JOIN battery_states bs ON bs.battery_id = vs.battery_id WHERE d.id = \(driver)
            """)
        let carried = try state.first?.decode(Int?.self, column: "battery_id")
        let odometer = try state.first?.decode(Double.self, column: "odometer_km") ?? 0
        let energy = try state.first?.decode(Double?.self, column: "energy_kwh") ?? 100
        let onSite = try await postgres.query("SELECT battery_id FROM battery_states WHERE station_id = \(station) ORDER BY battery_id")
            .map { try $0.decode(Int.self, column: "battery_id") }
        let broken = Int.random(in: 0..<10, using: &rng) == 0
        var input: GraphQLObjectValue = [
            "stationId": .string(GlobalID("Station", Int64(station)).encoded),
            "driverId": .string(GlobalID("Driver", Int64(driver)).encoded),
            "issuedBatteryId": .string(GlobalID("Battery", Int64((broken ? nil : onSite.randomElement(using: &rng)) ?? batteries.randomElement(using: &rng)!)).encoded),
            "issuedEnergyKwh": .double(Double(Int.random(in: broken ? 60...120 : 60...100, using: &rng))),
            "odometerKm": .double(odometer + Double(Int.random(in: broken ? -20...40 : 0...40, using: &rng))),
            "occurredAt": .string(SwapsTestSupport.iso(at)),
        ]
        if let carried {
            let returned = broken && Bool.random(using: &rng) ? batteries.randomElement(using: &rng)! : carried
            input["returnedBatteryId"] = .string(GlobalID("Battery", Int64(returned)).encoded)
            input["returnedEnergyKwh"] = .double((Double(Int.random(in: 0...100, using: &rng)) / 100 * energy + (broken ? 5 : 0)).rounded())
        }
        return input
    }

    /// Every battery in exactly one place, no negative energy used, and the stored projections
    /// and metrics equal to a replay of the accepted swaps from scratch.
    static func checkInvariants(_ postgres: PostgresPool, step: Int, sourceLocation: Testing.SourceLocation = #_sourceLocation) async throws {
        let (catalog, swaps, batteryStates, vehicleStates) = try await postgres.withConnection { conn in
            var catalog = SwapCatalog()
            for row in try conn.query("SELECT \(SwapRows.station) FROM stations st") { let s = try SwapRows.station(row); catalog.stations[s.id] = s }
            for row in try conn.query("SELECT \(SwapRows.driver) FROM drivers d") { let d = try SwapRows.driver(row); catalog.drivers[d.id] = d }
            for row in try conn.query("SELECT \(SwapRows.vehicle) FROM vehicles v") { let v = try SwapRows.vehicle(row); catalog.vehicles[v.id] = v }
            var states: [Int: BatteryState] = [:]
            for row in try conn.query("SELECT \(SwapRows.battery) FROM batteries b JOIN battery_states bs ON bs.battery_id = b.id") {
                let b = try SwapRows.battery(row)
                catalog.batteries[b.id] = b.battery
                states[b.id] = b.state
            }
            var vehicles: [Int: VehicleState] = [:]
            for row in try conn.query("SELECT vehicle_id, odometer_km, battery_id FROM vehicle_states") {
                vehicles[try row.decode(Int.self, column: "vehicle_id")] = VehicleState(
                    odometerKm: try row.decode(Double.self, column: "odometer_km"), batteryID: try row.decode(Int?.self, column: "battery_id"))
            }
            let swaps = try conn.query("SELECT \(SwapRows.swap) FROM swaps s ORDER BY s.recorded_seq").map(SwapRows.swap)
            return (catalog, swaps, states, vehicles)
        }
        #expect(swaps.allSatisfy { $0.metrics.energyUsedKwh >= 0 }, "step \(step): negative energy used", sourceLocation: sourceLocation)
        var carriers: [Int: Int] = [:]
        for (vehicle, state) in vehicleStates { if let battery = state.batteryID { carriers[battery, default: 0] += 1; _ = vehicle } }
        for (battery, state) in batteryStates {
            if case .vehicle(let vehicle) = state.location {
                #expect(vehicleStates[vehicle]?.batteryID == battery, "step \(step): battery \(battery) in \(vehicle)", sourceLocation: sourceLocation)
                #expect(carriers[battery] == 1, "step \(step): battery \(battery) carried \(carriers[battery] ?? 0) times", sourceLocation: sourceLocation)
            } else {
                #expect(carriers[battery] == nil, "step \(step): battery \(battery) at a station and in a vehicle", sourceLocation: sourceLocation)
            }
        }
        let replayed: SwapProjection
        do {
            replayed = try SwapLedger.replay(events: swaps.map(\.event), catalog: catalog)
        } catch {
            Issue.record("step \(step): the accepted history no longer validates: \(error)", sourceLocation: sourceLocation)
            return
        }
        #expect(replayed.batteries == batteryStates, "step \(step): battery states differ from a replay", sourceLocation: sourceLocation)
        #expect(replayed.vehicles == vehicleStates, "step \(step): vehicle states differ from a replay", sourceLocation: sourceLocation)
        for swap in swaps where swap.event.status == .accepted {
            #expect(replayed.metrics[swap.id] == swap.metrics, "step \(step): metrics of swap \(swap.id)", sourceLocation: sourceLocation)
        }
    }
}
