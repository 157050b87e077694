import Foundation
import Testing
@testable import Resolvers

/// Creating entities: uniqueness, ranges and references, each refusal leaving the ledger as it was.
@Suite struct SwapCatalogRulesTests {
    typealias F = SwapFixtures

    static func expectRefusal(_ code: SwapRuleCode, _ field: String,
                              _ change: (inout SwapLedger) throws -> Void) {
        var ledger = SwapLedger(catalog: F.catalog)
        let before = ledger
        do {
            try change(&ledger)
            Issue.record("expected \(code.rawValue) on \(field)")
        } catch let error as SwapRefusal {
            #expect(error.code == code, "\(error)")
            #expect(error.violations.first?.field == ["input", field], "\(error)")
        } catch {
            Issue.record("unexpected \(error)")
        }
        #expect(ledger == before)
    }

    @Test func refusals() {
        Self.expectRefusal(.invalid, "name") { try $0.addStation(Station(id: 9, name: "S1", location: "")) }
        Self.expectRefusal(.invalid, "serial") {
            try $0.addBattery(Battery(id: 9, serial: "B1", capacityKwh: 10, voltage: 48, initialLocation: .station(1), initialEnergyKwh: 1))
        }
        Self.expectRefusal(.outOfRange, "capacityKwh") {
            try $0.addBattery(Battery(id: 9, serial: "B9", capacityKwh: 0, voltage: 48, initialLocation: .station(1), initialEnergyKwh: 0))
        }
        Self.expectRefusal(.outOfRange, "energyKwh") {
            try $0.addBattery(Battery(id: 9, serial: "B9", capacityKwh: 10, voltage: 48, initialLocation: .station(1), initialEnergyKwh: 11))
        }
        Self.expectRefusal(.notFound, "stationId") {
            try $0.addBattery(Battery(id: 9, serial: "B9", capacityKwh: 10, voltage: 48, initialLocation: .station(7), initialEnergyKwh: 1))
        }
        Self.expectRefusal(.invalid, "vin") { try $0.addVehicle(Vehicle(id: 9, vin: nil, plate: nil, initialOdometerKm: 0, initialBatteryID: nil)) }
        Self.expectRefusal(.invalid, "vin") { try $0.addVehicle(Vehicle(id: 9, vin: "V1", plate: "X", initialOdometerKm: 0, initialBatteryID: nil)) }
        Self.expectRefusal(.outOfRange, "odometerKm") { try $0.addVehicle(Vehicle(id: 9, vin: nil, plate: "X", initialOdometerKm: -1, initialBatteryID: nil)) }
        Self.expectRefusal(.invalid, "phone") {
            try $0.upsertDriver(Driver(id: 9, name: "Z", phone: "1", startedAt: F.t0, endedAt: nil, vehicleID: nil))
        }
        Self.expectRefusal(.notFound, "vehicleId") {
            try $0.upsertDriver(Driver(id: 9, name: "Z", phone: "9", startedAt: F.t0, endedAt: nil, vehicleID: 7))
        }
    }

    @Test func addedEntitiesCanSwap() throws {
        var ledger = SwapLedger(catalog: F.catalog)
        try ledger.addStation(Station(id: 3, name: "S3", location: "there"))
        try ledger.addBattery(Battery(id: 5, serial: "B5", capacityKwh: 80, voltage: 48, initialLocation: .station(3), initialEnergyKwh: 80))
        try ledger.addVehicle(Vehicle(id: 3, vin: nil, plate: "RAB123", initialOdometerKm: 5, initialBatteryID: nil))
        try ledger.upsertDriver(Driver(id: 5, name: "E", phone: "5", startedAt: F.t0, endedAt: nil, vehicleID: 3))
        try ledger.record(F.swap(driver: 5, station: 3, issued: 5, issuedEnergy: 80, odometer: 6, hours: 1), now: F.now)
        #expect(ledger.projection.batteries[5] == BatteryState(location: .vehicle(3), energyKwh: 80))
        #expect(try SwapLedger.replay(events: ledger.events, catalog: ledger.catalog) == ledger.projection)
        // updateDriver: ending the driver's period keeps the history.
        try ledger.upsertDriver(Driver(id: 5, name: "E", phone: "5", startedAt: F.t0, endedAt: F.t0.addingTimeInterval(7_200), vehicleID: 3))
        #expect(ledger.catalog.drivers[5]?.isActive(at: F.t0.addingTimeInterval(7_200)) == false)
        #expect(ledger.events.count == 1)
    }

    @Test func batteryAddedIntoAnUnusedVehicleIsItsInitialBattery() throws {
        var ledger = SwapLedger(catalog: F.catalog)
        try ledger.addBattery(Battery(id: 5, serial: "B5", capacityKwh: 80, voltage: 48, initialLocation: .vehicle(1), initialEnergyKwh: 30))
        #expect(ledger.projection.vehicles[1]?.batteryID == 5)
        #expect(try SwapLedger.replay(events: [], catalog: ledger.catalog) == ledger.projection)
        let before = ledger
        do {
            try ledger.addBattery(Battery(id: 6, serial: "B6", capacityKwh: 80, voltage: 48, initialLocation: .vehicle(1), initialEnergyKwh: 30))
            Issue.record("a second battery went into vehicle 1")
        } catch {
            #expect(error.code == .conflict)
        }
        #expect(ledger == before)
        try ledger.record(F.swap(issued: 1, returned: 5, returnedEnergy: 10, odometer: 1001, hours: 1), now: F.now)
        #expect(ledger.projection.metrics[1]?.energyUsedKwh == 0)
    }
}
