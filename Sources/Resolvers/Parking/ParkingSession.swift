import Foundation

/// One stay of a vehicle in the lot (`ParkingSession` in the schema; table `parking_sessions`).
///
/// Open while `leftAtMs` is nil. `version` grows with every change (import, re-import,
/// departure) and orders the copies kept in Redis and sent as events.
public struct ParkingSession: Sendable, Hashable {
    public var id: Int64
    public var vehicleID: Int64
    public var plate: String
    /// Arrival, ms since 1970; a re-import keeps it.
    public var parkedAtMs: Int64
    /// The charging values in effect since `model.chargingSinceMs`.
    public var model: ChargingModel
    public var leftAtMs: Int64?
    public var departureChargeKWh: Double?
    public var version: Int64

    public init(id: Int64, vehicleID: Int64, plate: String, parkedAtMs: Int64, model: ChargingModel,
                leftAtMs: Int64? = nil, departureChargeKWh: Double? = nil, version: Int64) {
        self.id = id
        self.vehicleID = vehicleID
        self.plate = plate
        self.parkedAtMs = parkedAtMs
        self.model = model
        self.leftAtMs = leftAtMs
        self.departureChargeKWh = departureChargeKWh
        self.version = version
    }

    /// What `chargingStatus` needs, without the database ids.
    public var record: ParkingStatusRecord {
        ParkingStatusRecord(plate: plate, version: version, parkedAtMs: parkedAtMs, model: model,
                            leftAtMs: leftAtMs, departureChargeKWh: departureChargeKWh)
    }
}

/// Milliseconds since 1970 from and to `Date`.
enum EpochMilliseconds {
    static func of(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1000).rounded()) }
    static func date(_ milliseconds: Int64) -> Date { Date(timeIntervalSince1970: Double(milliseconds) / 1000) }
}
