import Foundation

/// A battery-swap station (unique name, free-text location).
public struct Station: Sendable, Hashable {
    public var id: Int
    public var name: String
    public var location: String

    public init(id: Int, name: String, location: String) {
        self.id = id
        self.name = name
        self.location = location
    }
}

/// Where a battery is: at a station or in a vehicle.
public enum BatteryLocation: Sendable, Hashable {
    case station(Int)
    case vehicle(Int)
}

/// A battery as created: its initial place and energy (the projection tracks where it is now).
public struct Battery: Sendable, Hashable {
    public var id: Int
    public var serial: String
    public var capacityKwh: Double
    public var voltage: Double
    public var initialLocation: BatteryLocation
    public var initialEnergyKwh: Double

    public init(id: Int, serial: String, capacityKwh: Double, voltage: Double,
                initialLocation: BatteryLocation, initialEnergyKwh: Double) {
        self.id = id
        self.serial = serial
        self.capacityKwh = capacityKwh
        self.voltage = voltage
        self.initialLocation = initialLocation
        self.initialEnergyKwh = initialEnergyKwh
    }
}

/// A vehicle as created (VIN and/or plate, initial odometer, initial battery).
public struct Vehicle: Sendable, Hashable {
    public var id: Int
    public var vin: String?
    public var plate: String?
    public var initialOdometerKm: Double
    public var initialBatteryID: Int?

    public init(id: Int, vin: String?, plate: String?, initialOdometerKm: Double, initialBatteryID: Int?) {
        self.id = id
        self.vin = vin
        self.plate = plate
        self.initialOdometerKm = initialOdometerKm
        self.initialBatteryID = initialBatteryID
    }
}

/// A driver: active while `startedAt ≤ t < endedAt`, riding `vehicleID`.
public struct Driver: Sendable, Hashable {
    public var id: Int
    public var name: String
    public var phone: String
    public var startedAt: Date
    public var endedAt: Date?
    public var vehicleID: Int?

    public init(id: Int, name: String, phone: String, startedAt: Date, endedAt: Date?, vehicleID: Int?) {
        self.id = id
        self.name = name
        self.phone = phone
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.vehicleID = vehicleID
    }

    /// Whether the driver is active at `t`.
    public func isActive(at t: Date) -> Bool {
        startedAt <= t && (endedAt.map { t < $0 } ?? true)
    }
}
