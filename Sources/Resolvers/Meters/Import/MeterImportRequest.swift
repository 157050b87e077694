import Foundation

/// One meter file to import, with its bytes already at hand (inline, fetched, or read from disk).
public struct MeterImportRequest: Sendable {
    public var fileName: String
    /// LP or TOU as asked; nil to take it from the file name prefix.
    public var kind: MeterFileKind?
    /// The zone of the file's local times.
    public var timeZone: TimeZone
    public var content: [UInt8]
    /// When the import happens (the request clock).
    public var importedAt: Date

    public init(fileName: String, kind: MeterFileKind? = nil, timeZone: TimeZone = .gmt, content: [UInt8], importedAt: Date) {
        self.fileName = fileName
        self.kind = kind
        self.timeZone = timeZone
        self.content = content
        self.importedAt = importedAt
    }
}

/// What an import did: the `ImportReport` of the API.
public struct MeterImportReport: Sendable, Hashable {
    public var accepted = 0
    public var rejected = 0
    /// Every rejected line, in file order.
    public var rejectedLines: [MeterRejectedLine] = []
    /// True when the same content was imported before and nothing changed.
    public var duplicate = false

    public init() {}
}

/// How an import ended.
public enum MeterImportOutcome: Sendable {
    /// The file was stored (`report.duplicate` false) or was already there (true): its id.
    case stored(fileID: Int64, report: MeterImportReport)
    /// Nothing was written; the refusal says why, the report lists rejected lines if any.
    case refused(MeterImportRefusal, report: MeterImportReport)
}

/// Why an import wrote nothing (a `userErrors` entry: field, message, code).
public enum MeterImportRefusal: Error, Sendable, Hashable {
    case file(MeterFileRefusal)
    /// Neither `kind` nor a `LP_`/`TOU_` file name prefix says what the file is.
    case unknownKind(fileName: String)
    /// The header's layout is of the other kind than asked for.
    case kindMismatch(asked: MeterFileKind, layout: MeterFileLayout)
    /// Every data line was rejected.
    case noAcceptedLines(rejected: Int)

    /// The input field at fault.
    public var field: [String] {
        switch self {
        case .file, .noAcceptedLines: ["input", "content"]
        case .unknownKind: ["input", "fileName"]
        case .kindMismatch: ["input", "kind"]
        }
    }

    public var code: String { "INVALID" }

    public var message: String {
        switch self {
        case let .file(refusal):
            refusal.message
        case let .unknownKind(fileName):
            "The file name \(MeterFileRefusal.quoted(fileName)) starts with neither LP_ nor TOU_; rename it or give kind."
        case let .kindMismatch(asked, layout):
            "The file is a \(asked.rawValue) file by its name or kind, "
                + "but its header is the \(layout.displayName) layout; give kind \(layout.kind.rawValue) or check the file."
        case let .noAcceptedLines(rejected):
            "None of the file's \(rejected) data lines was accepted (see the report's rejected lines); nothing was imported."
        }
    }
}
