import Foundation
import Testing
@testable import Resolvers

/// 1,200 random operations (seeded, deterministic) on a ledger; invariants checked after each.
@Suite struct SwapLedgerRandomTests {
    /// SplitMix64: a small deterministic generator.
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

    static let t0 = SwapFixtures.t0

    /// 3 stations, 12 batteries (100 kWh, full) spread over them, drivers 1–4 each on their own
    /// vehicle, driver 5 (vehicle 5) ended before t0.
    static var catalog: SwapCatalog {
        var c = SwapCatalog()
        for id in 1...3 { c.stations[id] = Station(id: id, name: "S\(id)", location: "") }
        for id in 1...12 {
            c.batteries[id] = Battery(id: id, serial: "B\(id)", capacityKwh: 100, voltage: 48,
                                      initialLocation: .station(id % 3 + 1), initialEnergyKwh: 100)
        }
        for id in 1...5 { c.vehicles[id] = Vehicle(id: id, vin: nil, plate: "P\(id)", initialOdometerKm: 100, initialBatteryID: nil) }
        for id in 1...5 {
            c.drivers[id] = Driver(id: id, name: "D\(id)", phone: "\(id)", startedAt: t0.addingTimeInterval(-86_400),
                                   endedAt: id == 5 ? t0.addingTimeInterval(-3_600) : nil, vehicleID: id)
        }
        return c
    }

    @Test func invariantsHoldAfterEveryRandomOperation() throws {
        var rng = SeededGenerator(state: 20_201_122)
        var ledger = SwapLedger(catalog: Self.catalog)
        var clock = Self.t0
        let now = Self.t0.addingTimeInterval(10 * 365 * 86_400)
        var refused = 0, corrections = 0, backDated = 0
        for step in 0..<1_200 {
            clock += Double(Int.random(in: 0...7_200, using: &rng))
            let before = ledger
            let roll = Int.random(in: 0..<100, using: &rng)
            do {
                if roll < 65 {
                    var input = plausibleSwap(ledger, at: clock, using: &rng)
                    if Int.random(in: 0..<5, using: &rng) == 0 {
                        input.occurredAt -= Double(Int.random(in: 0...50_000, using: &rng))
                        backDated += 1
                    }
                    try ledger.record(input, now: now)
                } else if roll < 80 {
                    try ledger.record(junkSwap(at: clock, using: &rng), now: now)
                } else {
                    var c = SwapCorrectionInput(swapID: Int.random(in: 1...max(1, ledger.nextID), using: &rng))
                    if Bool.random(using: &rng) { c.odometerKm = (ledger.event(c.swapID)?.input.odometerKm ?? 0) + Double(Int.random(in: -5...5, using: &rng)) }
                    if Bool.random(using: &rng) { c.issuedEnergyKwh = Double(Int.random(in: 40...100, using: &rng)) }
                    if Bool.random(using: &rng) { c.returnedEnergyKwh = Double(Int.random(in: 0...60, using: &rng)) }
                    try ledger.correct(c, now: now)
                    corrections += 1
                }
            } catch {
                refused += 1
                #expect(ledger == before, "step \(step): a refused operation changed the ledger")
            }
            try checkInvariants(ledger, step: step)
        }
        let accepted = ledger.events.filter { $0.status == .accepted }.count
        #expect(accepted >= 300, "only \(accepted) accepted swaps: the test exercises too little")
        #expect(refused >= 100 && corrections >= 20 && backDated >= 50, "refused \(refused), corrections \(corrections), back-dated \(backDated)")
    }

    /// A swap that usually holds: the vehicle's battery comes back with at most its energy, a
    /// battery of the station goes out, the odometer advances.
    func plausibleSwap(_ ledger: SwapLedger, at time: Date, using rng: inout SeededGenerator) -> SwapInput {
        let driver = Int.random(in: 1...4, using: &rng)
        let station = Int.random(in: 1...3, using: &rng)
        let vehicle = ledger.projection.vehicles[driver] ?? VehicleState(odometerKm: 0, batteryID: nil)
        let returnedEnergy = vehicle.batteryID.flatMap { ledger.projection.batteries[$0] }.map {
            Double(Int.random(in: 0...Int($0.energyKwh), using: &rng))
        }
        let stock = ledger.projection.batteries.filter { $0.value.location == .station(station) }.keys.sorted()
        return SwapInput(stationID: station, driverID: driver, issuedBatteryID: stock.randomElement(using: &rng) ?? 1,
                         issuedEnergyKwh: Double(Int.random(in: 50...100, using: &rng)), returnedBatteryID: vehicle.batteryID,
                         returnedEnergyKwh: returnedEnergy, odometerKm: vehicle.odometerKm + Double(Int.random(in: 0...30, using: &rng)),
                         occurredAt: time)
    }

    /// A swap with arbitrary (often unknown or out-of-range) values.
    func junkSwap(at time: Date, using rng: inout SeededGenerator) -> SwapInput {
        let returned: Int? = Bool.random(using: &rng) ? Int.random(in: 1...14, using: &rng) : nil
        return SwapInput(stationID: Int.random(in: 1...4, using: &rng), driverID: Int.random(in: 1...6, using: &rng),
                         issuedBatteryID: Int.random(in: 1...14, using: &rng),
                         issuedEnergyKwh: Double(Int.random(in: -10...120, using: &rng)), returnedBatteryID: returned,
                         returnedEnergyKwh: returned.map { _ in Double(Int.random(in: -10...120, using: &rng)) },
                         odometerKm: Double(Int.random(in: 0...2_000, using: &rng)),
                         occurredAt: time.addingTimeInterval(Double(Int.random(in: -100_000...100_000, using: &rng))))
    }

    func checkInvariants(_ ledger: SwapLedger, step: Int) throws {
        let projection = ledger.projection
        #expect(projection.batteries.count == 12, "step \(step)")
        for (battery, state) in projection.batteries {
            switch state.location {
            case .station(let station): #expect(ledger.catalog.stations[station] != nil, "step \(step) battery \(battery)")
            case .vehicle(let vehicle): #expect(projection.vehicles[vehicle]?.batteryID == battery, "step \(step) battery \(battery)")
            }
            #expect(state.energyKwh >= 0 && state.energyKwh <= 100, "step \(step) battery \(battery)")
        }
        for (vehicle, state) in projection.vehicles {
            if let battery = state.batteryID {
                #expect(projection.batteries[battery]?.location == .vehicle(vehicle), "step \(step) vehicle \(vehicle)")
            }
        }
        let accepted = Set(ledger.events.filter { $0.status == .accepted }.map(\.id))
        #expect(Set(projection.metrics.keys) == accepted, "step \(step)")
        for (id, metrics) in projection.metrics {
            #expect(metrics.energyUsedKwh >= 0, "step \(step) swap \(id)")
        }
        for event in ledger.events where event.status == .rejected {
            #expect(event.correctedBy.flatMap { ledger.event($0)?.corrects } == event.id, "step \(step) swap \(event.id)")
        }
        let replayed = try SwapLedger.replay(events: ledger.events, catalog: ledger.catalog)
        #expect(replayed == projection, "step \(step): projections differ from a replay from scratch")
    }
}
