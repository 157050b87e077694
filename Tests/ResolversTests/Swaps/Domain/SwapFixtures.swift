import Foundation
@testable import Resolvers
import TestSupport

/// Shared test data: a tiny catalog and the path of the sample seeds.
enum SwapFixtures {
    static let t0 = Date(timeIntervalSince1970: 1_600_000_000)
    static let now = t0.addingTimeInterval(365 * 86_400)

    /// Stations 1, 2; batteries 1–3 (100 kWh, full) at station 1 and 4 at station 2; vehicles 1
    /// and 2 (odometer 1000, no battery); driver 1 active on vehicle 1, driver 2 ended before t0
    /// (vehicle 2), driver 3 active without a vehicle, driver 4 active on vehicle 2.
    static var catalog: SwapCatalog {
        var c = SwapCatalog()
        for id in 1...2 { c.stations[id] = Station(id: id, name: "S\(id)", location: "here") }
        for id in 1...4 {
            c.batteries[id] = Battery(id: id, serial: "B\(id)", capacityKwh: 100, voltage: 48,
                                      initialLocation: .station(id == 4 ? 2 : 1), initialEnergyKwh: 100)
        }
        for id in 1...2 { c.vehicles[id] = Vehicle(id: id, vin: "V\(id)", plate: nil, initialOdometerKm: 1000, initialBatteryID: nil) }
        let start = t0.addingTimeInterval(-30 * 86_400)
        c.drivers[1] = Driver(id: 1, name: "A", phone: "1", startedAt: start, endedAt: nil, vehicleID: 1)
        c.drivers[2] = Driver(id: 2, name: "B", phone: "2", startedAt: start, endedAt: t0.addingTimeInterval(-86_400), vehicleID: 2)
        c.drivers[3] = Driver(id: 3, name: "C", phone: "3", startedAt: start, endedAt: nil, vehicleID: nil)
        c.drivers[4] = Driver(id: 4, name: "D", phone: "4", startedAt: start, endedAt: nil, vehicleID: 2)
        return c
    }

    /// A swap at `t0 + hours` with the given fields.
    static func swap(driver: Int = 1, station: Int = 1, issued: Int, issuedEnergy: Double = 100,
                     returned: Int? = nil, returnedEnergy: Double? = nil, odometer: Double,
                     hours: Double) -> SwapInput {
        SwapInput(stationID: station, driverID: driver, issuedBatteryID: issued, issuedEnergyKwh: issuedEnergy,
                  returnedBatteryID: returned, returnedEnergyKwh: returnedEnergy, odometerKm: odometer,
                  occurredAt: t0.addingTimeInterval(hours * 3_600))
    }

    /// `shared/data/seeds/swaps`, found beside an ancestor of this file (the repository's parent).
    static var seedDirectory: URL {
        get throws { try SharedSeeds.url("swaps") }
    }
}
