import Foundation

/// What `recordSwap` receives.
public struct SwapInput: Sendable, Hashable {
    public var stationID: Int
    public var driverID: Int
    public var issuedBatteryID: Int
    public var issuedEnergyKwh: Double
    public var returnedBatteryID: Int?
    public var returnedEnergyKwh: Double?
    public var odometerKm: Double
    public var occurredAt: Date

    public init(stationID: Int, driverID: Int, issuedBatteryID: Int, issuedEnergyKwh: Double,
                returnedBatteryID: Int?, returnedEnergyKwh: Double?, odometerKm: Double, occurredAt: Date) {
        self.stationID = stationID
        self.driverID = driverID
        self.issuedBatteryID = issuedBatteryID
        self.issuedEnergyKwh = issuedEnergyKwh
        self.returnedBatteryID = returnedBatteryID
        self.returnedEnergyKwh = returnedEnergyKwh
        self.odometerKm = odometerKm
        self.occurredAt = occurredAt
    }
}

/// What `correctSwap` receives: fields left `nil` keep the original's values.
public struct SwapCorrectionInput: Sendable, Hashable {
    public var swapID: Int
    public var stationID: Int?
    public var driverID: Int?
    public var issuedBatteryID: Int?
    public var issuedEnergyKwh: Double?
    public var returnedBatteryID: Int?
    public var returnedEnergyKwh: Double?
    public var odometerKm: Double?

    public init(swapID: Int, stationID: Int? = nil, driverID: Int? = nil, issuedBatteryID: Int? = nil,
                issuedEnergyKwh: Double? = nil, returnedBatteryID: Int? = nil,
                returnedEnergyKwh: Double? = nil, odometerKm: Double? = nil) {
        self.swapID = swapID
        self.stationID = stationID
        self.driverID = driverID
        self.issuedBatteryID = issuedBatteryID
        self.issuedEnergyKwh = issuedEnergyKwh
        self.returnedBatteryID = returnedBatteryID
        self.returnedEnergyKwh = returnedEnergyKwh
        self.odometerKm = odometerKm
    }

    /// The original's input with this correction's fields laid over it.
    public func applied(to original: SwapInput) -> SwapInput {
        SwapInput(stationID: stationID ?? original.stationID, driverID: driverID ?? original.driverID,
                  issuedBatteryID: issuedBatteryID ?? original.issuedBatteryID,
                  issuedEnergyKwh: issuedEnergyKwh ?? original.issuedEnergyKwh,
                  returnedBatteryID: returnedBatteryID ?? original.returnedBatteryID,
                  returnedEnergyKwh: returnedEnergyKwh ?? original.returnedEnergyKwh,
                  odometerKm: odometerKm ?? original.odometerKm, occurredAt: original.occurredAt)
    }
}

/// ACCEPTED or REJECTED (a corrected swap).
public enum SwapStatus: String, Sendable, Hashable {
    case accepted = "ACCEPTED"
    case rejected = "REJECTED"
}

/// A recorded, immutable swap: the input plus what recording added. Only `status` and
/// `correctedBy` ever change (when the swap is corrected).
public struct SwapEvent: Sendable, Hashable {
    public var id: Int
    /// Recording order (0, 1, 2, …); breaks ties of `occurredAt`.
    public var sequence: Int
    public var input: SwapInput
    /// The driver's vehicle when the swap was recorded.
    public var vehicleID: Int
    public var status: SwapStatus
    public var corrects: Int?
    public var correctedBy: Int?

    public init(id: Int, sequence: Int, input: SwapInput, vehicleID: Int, status: SwapStatus = .accepted,
                corrects: Int? = nil, correctedBy: Int? = nil) {
        self.id = id
        self.sequence = sequence
        self.input = input
        self.vehicleID = vehicleID
        self.status = status
        self.corrects = corrects
        self.correctedBy = correctedBy
    }

    public var occurredAt: Date { input.occurredAt }

    /// Time order of swaps: `occurredAt`, ties broken by recording order.
    public static func timeOrder(_ a: SwapEvent, _ b: SwapEvent) -> Bool {
        (a.occurredAt, a.sequence) < (b.occurredAt, b.sequence)
    }
}

/// Values derived for an accepted swap relative to the same driver's previous accepted swap.
public struct SwapMetrics: Sendable, Hashable {
    public var previousSwapID: Int?
    public var distanceKm: Double
    public var energyUsedKwh: Double
    /// `nil` when no energy was used.
    public var efficiencyKmPerKwh: Double?
}
