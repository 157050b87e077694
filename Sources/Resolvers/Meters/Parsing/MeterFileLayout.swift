/// The three meter file layouts (DOMAIN.md section 4), told apart by their header line.
public enum MeterFileLayout: String, Sendable, Hashable, CaseIterable {
    /// Load profile: one interval value per line (`Data Value`).
    case loadProfile = "LP"
    /// Time-of-use registers: cumulative `Energy` per period and rate, with maximum demand.
    case touRegisters = "TOU_REGISTERS"
    /// Time-of-use intervals: one `Energy` value per interval, with quality and stream.
    case touIntervals = "TOU_INTERVALS"

    /// The header columns of this layout, in file order.
    public var columns: [String] {
        switch self {
        case .loadProfile:
            ["MeterPoint Code", "Serial Number", "Plant Code", "Date/Time", "Data Type", "Data Value", "Units", "Status"]
        case .touRegisters:
            ["MeterPoint Code", "Serial Number", "Plant Code", "Date/Time", "Data Type", "Energy", "Maximum Demand",
             "Time of Max Demand", "Units", "Status", "Period", "DLS Active", "Billing Reset Count",
             "Billing Reset Date/Time", "Rate"]
        case .touIntervals:
            ["MeterCode", "Serial", "PlantCode", "DateTime", "Quality", "Stream", "DataType", "Energy", "Units"]
        }
    }

    /// The file kind this layout belongs to: LP or TOU.
    public var kind: MeterFileKind {
        self == .loadProfile ? .loadProfile : .timeOfUse
    }

    /// A short name for messages: "LP", "TOU registers", "TOU intervals".
    public var displayName: String {
        switch self {
        case .loadProfile: "LP"
        case .touRegisters: "TOU registers"
        case .touIntervals: "TOU intervals"
        }
    }

    /// The layout whose header is `fields` (names compared without surrounding spaces and
    /// without regard to case), or nil when it is none of the three.
    public static func detect(header fields: [String]) -> MeterFileLayout? {
        let names = fields.map { $0.trimmingSpaces.lowercased() }
        return allCases.first { layout in layout.columns.map { $0.lowercased() } == names }
    }
}

/// `MeterFileKind`: LP or TOU, from the file name prefix or the import's `kind`.
public enum MeterFileKind: String, Sendable, Hashable, CaseIterable {
    case loadProfile = "LP"
    case timeOfUse = "TOU"

    /// The kind a file name announces with its prefix (`LP_…`, `TOU_…`, any case), or nil.
    public static func fromFileName(_ fileName: String) -> MeterFileKind? {
        let base = fileName.split(separator: "/").last.map(String.init) ?? fileName
        let upper = base.uppercased()
        if upper.hasPrefix("LP_") { return .loadProfile }
        if upper.hasPrefix("TOU_") { return .timeOfUse }
        return nil
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    var trimmingSpaces: Substring {
        var slice = Substring(self)
        while let first = slice.first, first == " " || first == "\t" { slice.removeFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice.removeLast() }
        return slice
    }
}
