import Foundation
import Storage

/// A meter: (meter point code, serial number), with the plant code of the latest import.
public struct Meter: Sendable, Hashable {
    public let id: Int64
    public let meterPointCode: String
    public let serialNumber: String
    public let plantCode: String

    public var globalID: String { GlobalID("Meter", id).encoded }
}

/// An imported LP or TOU file.
public struct MeterFile: Sendable, Hashable {
    public let id: Int64
    public let fileName: String
    public let kind: MeterFileKind
    public let layout: MeterFileLayout
    public let sha256: String
    public let importedAt: Date
    /// Accepted lines.
    public let rows: Int
    public let rejected: Int
    public let median: Double?

    public var globalID: String { GlobalID("MeterFile", id).encoded }
}

/// A data type a meter reports, in one unit.
public struct MeterDataType: Sendable, Hashable {
    public let name: String
    public let units: String
}

/// One reading as the API shows it (a current reading, or a file's row for outliers).
public struct MeterReading: Sendable, Hashable {
    public let timestamp: Date
    public let dataType: String
    public let value: Double
    public let units: String
    public let status: String?
    public let quality: String?
    public let stream: String?
    public let maximumDemand: Double?
    public let timeOfMaxDemand: Date?
    /// Nil for interval layouts.
    public let period: String?
    public let rate: String?
}

/// Count, min, max and average of one meter's readings of one data type and unit on one UTC day.
public struct MeterDailyAggregate: Sendable, Hashable {
    public let date: CalendarDate
    public let dataType: String
    public let units: String
    public let count: Int
    public let sum: Double
    public let min: Double
    public let max: Double

    public var average: Double { sum / Double(count) }
}
