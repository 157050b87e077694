import Foundation
import Storage

/// Which swaps a list shows: `swaps(...)`, `Station.swaps`, `Battery.swaps`, `Driver.swaps`.
public struct SwapFilter: Sendable, Hashable {
    public var stationID: Int?
    public var driverID: Int?
    public var batteryID: Int?
    public var from: Date?
    public var to: Date?
    public var includeRejected = false

    public init(stationID: Int? = nil, driverID: Int? = nil, batteryID: Int? = nil, from: Date? = nil, to: Date? = nil,
                includeRejected: Bool = false) {
        self.stationID = stationID
        self.driverID = driverID
        self.batteryID = batteryID
        self.from = from
        self.to = to
        self.includeRejected = includeRejected
    }

    /// The `WHERE` conditions on `swaps s` (always at least `true`).
    var conditions: SQL {
        var parts: [SQL] = ["true"]
        if let stationID { parts.append("s.station_id = \(stationID)") }
        if let driverID { parts.append("s.driver_id = \(driverID)") }
        if let batteryID { parts.append("(s.issued_battery_id = \(batteryID) OR s.returned_battery_id = \(batteryID))") }
        if let from { parts.append("s.occurred_at >= \(from)") }
        if let to { parts.append("s.occurred_at <= \(to)") }
        if !includeRejected { parts.append("s.status = 'ACCEPTED'") }
        return SQL.joined(parts, separator: " AND ")
    }

    /// Swaps come in time order; a cursor holds a swap id and the page continues after it.
    static func after(_ swapID: Int?) -> SQL {
        guard let swapID else { return "true" }
        return "(s.occurred_at, s.recorded_seq) > (SELECT occurred_at, recorded_seq FROM swaps WHERE id = \(swapID))"
    }
}

/// The parent of a nested swap list.
public enum SwapParent: String, Sendable, Hashable {
    case station, driver, battery

    /// How `swaps s` joins `unnest(...) k(id)`.
    var join: SQL {
        switch self {
        case .station: "s.station_id = k.id"
        case .driver: "s.driver_id = k.id"
        case .battery: "(s.issued_battery_id = k.id OR s.returned_battery_id = k.id)"
        }
    }
}
