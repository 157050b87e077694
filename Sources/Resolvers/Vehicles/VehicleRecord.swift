import Foundation
import Storage

/// A stored vehicle (`Vehicle` in the schema), shared by the swap fleet and the parking lot: it has a
/// plate, a VIN or both (table `vehicles`, created in 0003_swaps.sql).
///
/// Swaps add the driver, the battery it carries and the odometer; parking adds its sessions.
public struct VehicleRecord: Sendable, Hashable {
    public let id: Int64
    public var plate: String?
    public var vin: String?
    /// The odometer before the first recorded swap, in km.
    public var initialOdometerKm: Double
    /// The battery the vehicle carried when it was registered, if any.
    public var initialBatteryID: Int64?
    public let createdAt: Date

    public init(id: Int64, plate: String?, vin: String?, initialOdometerKm: Double = 0,
                initialBatteryID: Int64? = nil, createdAt: Date) {
        self.id = id
        self.plate = plate
        self.vin = vin
        self.initialOdometerKm = initialOdometerKm
        self.initialBatteryID = initialBatteryID
        self.createdAt = createdAt
    }

    /// The Relay global id (`Vehicle:<id>`).
    public var globalID: String { GlobalID("Vehicle", id).encoded }

    /// Plates are stored and looked up trimmed (DOMAIN.md §2: spaces around fields are trimmed).
    public static func normalizedPlate(_ plate: String) -> String {
        plate.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// VINs are stored and looked up trimmed.
    public static func normalizedVIN(_ vin: String) -> String {
        vin.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
