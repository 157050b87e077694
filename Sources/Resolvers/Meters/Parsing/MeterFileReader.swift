import Foundation

/// Reads a meter file incrementally: the first non-blank line picks the layout
/// (``MeterFileLayout/detect(header:)``), every later line becomes a reading or a rejected line.
///
/// ```swift
/// var reader = MeterFileReader(timeZone: zone)
/// for chunk in chunks { handle(try reader.feed(chunk)) }
/// handle(try reader.finish())
/// ```
///
/// Pure: no I/O, so it runs wherever the bytes are (a pool thread during an import, a test).
public struct MeterFileReader: Sendable {
    public let timeZone: TimeZone
    /// The layout, once the header line has been read.
    public private(set) var layout: MeterFileLayout?
    private var csv = CSVParser()
    private var rows: MeterRowParser?

    public init(timeZone: TimeZone) {
        self.timeZone = timeZone
    }

    /// Parses more bytes and returns the outcomes of the lines they complete, in file order.
    /// - Throws: ``MeterFileRefusal/unknownHeader(_:)`` when the first line is no known header.
    public mutating func feed(_ bytes: some Sequence<UInt8>) throws(MeterFileRefusal) -> [MeterRowParser.Outcome] {
        try outcomes(of: csv.feed(bytes))
    }

    /// Ends the input and returns the outcome of a last line without a line break.
    /// - Throws: ``MeterFileRefusal/empty`` when no header was seen, or `unknownHeader`.
    public mutating func finish() throws(MeterFileRefusal) -> [MeterRowParser.Outcome] {
        let last = try outcomes(of: csv.finish())
        guard layout != nil else { throw .empty }
        return last
    }

    private mutating func outcomes(of records: [CSVRecord]) throws(MeterFileRefusal) -> [MeterRowParser.Outcome] {
        var outcomes: [MeterRowParser.Outcome] = []
        outcomes.reserveCapacity(records.count)
        for record in records {
            if let rows {
                outcomes.append(rows.parse(fields: record.fields, line: record.line, text: record.text, problem: record.problem))
                continue
            }
            if record.isBlank { continue }
            guard record.problem == nil, let layout = MeterFileLayout.detect(header: record.fields) else {
                throw .unknownHeader(record.text)
            }
            self.layout = layout
            rows = MeterRowParser(layout: layout, timeZone: timeZone)
        }
        return outcomes
    }
}

/// A whole meter file read at once (tests, small inline imports).
public struct ParsedMeterFile: Sendable {
    public var layout: MeterFileLayout
    public var readings: [MeterReadingRow]
    public var rejected: [MeterRejectedLine]

    /// Reads all of `text`.
    /// - Throws: ``MeterFileRefusal`` for an empty file or an unknown header.
    public static func read(_ text: String, timeZone: TimeZone = .gmt) throws(MeterFileRefusal) -> ParsedMeterFile {
        var reader = MeterFileReader(timeZone: timeZone)
        var outcomes = try reader.feed(text.utf8)
        outcomes += try reader.finish()
        var parsed = ParsedMeterFile(layout: reader.layout!, readings: [], rejected: [])
        for outcome in outcomes {
            switch outcome {
            case let .reading(row): parsed.readings.append(row)
            case let .rejected(line): parsed.rejected.append(line)
            case .blank: break
            }
        }
        return parsed
    }
}
