/// The charging model of DOMAIN.md §2, pure: a session's values and an instant in, the charge
/// and readiness at that instant out. Nothing here reads a clock; callers pass the time.
///
/// Instants are whole milliseconds since 1970 (UTC), so that `readyAt` read back from
/// PostgreSQL (microsecond precision) or Redis is exactly the instant that was computed.
///
/// With initial charge c0 at t0, capacity C, target T = C × desired / 100 and power P:
/// charge(t) = min(max(c0, T), c0 + P × hours(t − t0)) when c0 < T, else c0 (no discharge).
/// `readyAt` = t0 + (T − c0) / P hours, rounded up to the millisecond, so the vehicle is ready
/// exactly from `readyAt` on (t0 when it is already at or above the target).
public struct ChargingModel: Sendable, Hashable {
    /// When these values took effect (`chargingSince`), ms since 1970.
    public var chargingSinceMs: Int64
    public var initialChargeKWh: Double
    public var capacityKWh: Double
    public var desiredPercent: Double
    public var chargingPowerKW: Double

    public init(chargingSinceMs: Int64, initialChargeKWh: Double, capacityKWh: Double,
                desiredPercent: Double, chargingPowerKW: Double) {
        self.chargingSinceMs = chargingSinceMs
        self.initialChargeKWh = initialChargeKWh
        self.capacityKWh = capacityKWh
        self.desiredPercent = desiredPercent
        self.chargingPowerKW = chargingPowerKW
    }

    /// T: the charge at which the vehicle is ready, in kWh.
    public var targetKWh: Double { capacityKWh * desiredPercent / 100 }

    /// True when the initial charge is already at or above the target.
    public var readyAtStart: Bool { initialChargeKWh >= targetKWh }

    /// The first millisecond at which the vehicle is ready.
    public var readyAtMs: Int64 {
        if readyAtStart { return chargingSinceMs }
        let milliseconds = ((targetKWh - initialChargeKWh) / chargingPowerKW * 3_600_000).rounded(.up)
        return chargingSinceMs + Int64(milliseconds)
    }

    /// The estimate at `nowMs`. Before `chargingSince` (a clock set back) the charge is c0.
    public func estimate(atMs nowMs: Int64) -> ChargingEstimate {
        let readyAt = readyAtMs
        let ready = nowMs >= readyAt
        let charge: Double
        if readyAtStart {
            charge = initialChargeKWh
        } else if ready {
            charge = targetKWh
        } else {
            let hours = Double(max(0, nowMs - chargingSinceMs)) / 3_600_000
            charge = min(targetKWh, initialChargeKWh + chargingPowerKW * hours)
        }
        let secondsToReady = ready ? 0 : Int((Double(readyAt - nowMs) / 1000).rounded(.up))
        return ChargingEstimate(chargeKWh: charge, chargePercent: charge / capacityKWh * 100, ready: ready,
                                readyAtMs: readyAt, secondsToReady: secondsToReady, asOfMs: nowMs)
    }

    /// The charge when the vehicle leaves at `leftAtMs` (what `removeVehicle` records).
    public func departureChargeKWh(atMs leftAtMs: Int64) -> Double {
        estimate(atMs: leftAtMs).chargeKWh
    }
}

/// What `ChargingStatus` shows at one instant.
public struct ChargingEstimate: Sendable, Hashable {
    public var chargeKWh: Double
    public var chargePercent: Double
    public var ready: Bool
    /// When the target is (or was) reached, ms since 1970.
    public var readyAtMs: Int64
    /// Whole seconds until ready, rounded up; 0 when ready.
    public var secondsToReady: Int
    public var asOfMs: Int64
}
