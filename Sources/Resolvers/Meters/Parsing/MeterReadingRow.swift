import Foundation

/// One accepted line of a meter file, in the layout-independent shape the database stores.
public struct MeterReadingRow: Sendable, Hashable {
    /// The 1-based line of the file the reading came from.
    public var line: Int
    public var meterPointCode: String
    public var serialNumber: String
    public var plantCode: String
    /// The reading's instant (the file's local time read in the import's time zone).
    public var timestamp: Date
    public var dataType: String
    /// LP `Data Value`, TOU `Energy`.
    public var value: Double
    public var units: String
    public var status: String?
    /// TOU intervals only.
    public var quality: String?
    public var stream: String?
    /// TOU registers only (`30/12/1899 00:00:00` in the file is nil here).
    public var maximumDemand: Double?
    public var timeOfMaxDemand: Date?
    /// TOU registers' period and rate; empty for interval layouts (part of the reading key).
    public var period: String
    public var rate: String

    public init(line: Int, meterPointCode: String, serialNumber: String, plantCode: String, timestamp: Date,
                dataType: String, value: Double, units: String, status: String? = nil, quality: String? = nil,
                stream: String? = nil, maximumDemand: Double? = nil, timeOfMaxDemand: Date? = nil,
                period: String = "", rate: String = "") {
        self.line = line
        self.meterPointCode = meterPointCode
        self.serialNumber = serialNumber
        self.plantCode = plantCode
        self.timestamp = timestamp
        self.dataType = dataType
        self.value = value
        self.units = units
        self.status = status
        self.quality = quality
        self.stream = stream
        self.maximumDemand = maximumDemand
        self.timeOfMaxDemand = timeOfMaxDemand
        self.period = period
        self.rate = rate
    }
}

/// A line of a meter file that was not accepted, and why.
public struct MeterRejectedLine: Sendable, Hashable {
    public var line: Int
    public var message: String
    /// The line as it appeared (cut to ``maxContentLength`` characters).
    public var content: String

    public static let maxContentLength = 500

    public init(line: Int, message: String, content: String) {
        self.line = line
        self.message = message
        self.content = content.count > Self.maxContentLength ? String(content.prefix(Self.maxContentLength)) + "…" : content
    }
}

/// Why a whole meter file is refused before any line is read.
public enum MeterFileRefusal: Error, Sendable, Hashable {
    /// No line at all, or only blank lines.
    case empty
    /// The first line is none of the three known headers.
    case unknownHeader(String)

    /// What went wrong and what to do.
    public var message: String {
        switch self {
        case .empty:
            "The file is empty; send a meter file with its header line and at least one reading."
        case let .unknownHeader(header):
            "The header \(Self.quoted(header)) is not a known meter file layout; expected the LP header ("
                + MeterFileLayout.loadProfile.columns.joined(separator: ",") + "), the TOU registers header ("
                + MeterFileLayout.touRegisters.columns.joined(separator: ",") + ") or the TOU intervals header ("
                + MeterFileLayout.touIntervals.columns.joined(separator: ",") + ")."
        }
    }

    /// `text` in quotes for a message: control characters dropped, cut to 120 characters.
    static func quoted(_ text: String) -> String {
        let printable = text.filter { $0.isASCII ? ($0.asciiValue ?? 0) >= 32 && $0 != "\u{7F}" : $0.isLetter || $0.isNumber }
        return "\"" + (printable.count > 120 ? String(printable.prefix(120)) + "…" : printable) + "\""
    }
}
