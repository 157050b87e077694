/// The state of one plate's latest parking session, as Redis keeps it and as events carry it:
/// enough to answer `chargingStatus` at any instant without PostgreSQL.
///
/// Text form (one line, space-separated; doubles print exactly with Swift's `description`):
/// `P <version> <parkedAtMs> <chargingSinceMs> <initialKWh> <capacityKWh> <desiredPercent> <powerKW>`
/// for a parked vehicle; a departed one starts with `L` and adds `<leftAtMs> <departureKWh>`.
public struct ParkingStatusRecord: Sendable, Hashable {
    public var plate: String
    public var version: Int64
    public var parkedAtMs: Int64
    public var model: ChargingModel
    public var leftAtMs: Int64?
    public var departureChargeKWh: Double?

    public var isParked: Bool { leftAtMs == nil }

    /// The status at `nowMs` (a departed vehicle's status is frozen at its departure).
    public func status(atMs nowMs: Int64) -> ChargingStatusValue {
        guard let leftAtMs else {
            let estimate = model.estimate(atMs: nowMs)
            return ChargingStatusValue(plate: plate, state: estimate.ready ? .ready : .charging, chargeKWh: estimate.chargeKWh,
                                       chargePercent: estimate.chargePercent, desiredPercent: model.desiredPercent,
                                       ready: estimate.ready, readyAtMs: estimate.readyAtMs, secondsToReady: estimate.secondsToReady,
                                       asOfMs: nowMs)
        }
        let charge = departureChargeKWh ?? model.estimate(atMs: leftAtMs).chargeKWh
        let ready = leftAtMs >= model.readyAtMs
        return ChargingStatusValue(plate: plate, state: .left, chargeKWh: charge, chargePercent: charge / model.capacityKWh * 100,
                                   desiredPercent: model.desiredPercent, ready: ready, readyAtMs: ready ? model.readyAtMs : nil,
                                   secondsToReady: ready ? 0 : nil, asOfMs: leftAtMs)
    }

    /// The text stored in Redis and published on the event bus.
    public var text: String {
        var parts = [isParked ? "P" : "L", String(version), String(parkedAtMs), String(model.chargingSinceMs),
                     model.initialChargeKWh.description, model.capacityKWh.description,
                     model.desiredPercent.description, model.chargingPowerKW.description]
        if let leftAtMs { parts += [String(leftAtMs), (departureChargeKWh ?? 0).description] }
        return parts.joined(separator: " ")
    }

    /// Reads ``text``; nil when it is not one.
    public init?(plate: String, text: String) {
        let parts = text.split(separator: " ")
        guard parts.count == 8 || parts.count == 10, parts[0] == "P" || parts[0] == "L", (parts[0] == "L") == (parts.count == 10),
              let version = Int64(parts[1]), let parkedAt = Int64(parts[2]), let since = Int64(parts[3]),
              let initial = Double(parts[4]), let capacity = Double(parts[5]), let desired = Double(parts[6]),
              let power = Double(parts[7]) else { return nil }
        self.init(plate: plate, version: version, parkedAtMs: parkedAt,
                  model: ChargingModel(chargingSinceMs: since, initialChargeKWh: initial, capacityKWh: capacity,
                                       desiredPercent: desired, chargingPowerKW: power))
        if parts.count == 10 {
            guard let left = Int64(parts[8]), let departure = Double(parts[9]) else { return nil }
            leftAtMs = left
            departureChargeKWh = departure
        }
    }

    public init(plate: String, version: Int64, parkedAtMs: Int64, model: ChargingModel,
                leftAtMs: Int64? = nil, departureChargeKWh: Double? = nil) {
        self.plate = plate
        self.version = version
        self.parkedAtMs = parkedAtMs
        self.model = model
        self.leftAtMs = leftAtMs
        self.departureChargeKWh = departureChargeKWh
    }
}

/// `ChargingStatus` of the schema at one instant.
public struct ChargingStatusValue: Sendable, Hashable {
    public enum State: String, Sendable { case charging = "CHARGING", ready = "READY", left = "LEFT" }

    public var plate: String
    public var state: State
    public var chargeKWh: Double
    public var chargePercent: Double
    public var desiredPercent: Double
    public var ready: Bool
    public var readyAtMs: Int64?
    public var secondsToReady: Int?
    public var asOfMs: Int64
}
