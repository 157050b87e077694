/// An incremental RFC 4180 parser: feed it bytes as they arrive, take the records that are
/// complete, and call ``finish()`` at the end of the input.
///
/// - Fields are separated by `separator` (a comma by default); records end at LF or CRLF.
/// - A field that starts with `"` is quoted: it may hold separators, line breaks and `""` (a
///   quote). A quote inside an unquoted field, or text after a closing quote, makes the record
///   malformed (``CSVRecord/problem``); parsing goes on at the next record.
/// - A UTF-8 byte order mark at the very start is skipped. Invalid UTF-8 makes the record malformed.
/// - A record longer than `maxRecordBytes` is malformed and cut short, so a file of garbage (say,
///   one quote and megabytes without another) cannot grow memory without bound.
public struct CSVParser: Sendable {
    public let separator: UInt8
    public let maxRecordBytes: Int

    private var fields: [String] = []
    private var field: [UInt8] = []
    private var raw: [UInt8] = []
    private var state = State.fieldStart
    private var problem: String?
    private var line = 1
    private var recordLine = 1
    private var pendingCR = false
    private var overlong = false

    private enum State { case fieldStart, unquoted, quoted, quoteInQuoted, afterClosingQuote }

    public init(separator: UInt8 = UInt8(ascii: ","), maxRecordBytes: Int = 1 << 16) {
        self.separator = separator
        self.maxRecordBytes = maxRecordBytes
    }

    /// Parses `bytes` and returns the records they complete, in order.
    public mutating func feed(_ bytes: some Sequence<UInt8>) -> [CSVRecord] {
        var records: [CSVRecord] = []
        for byte in bytes { consume(byte, into: &records) }
        return records
    }

    /// Ends the input: returns the last record when the input did not end with a line break
    /// (or one whose quote was never closed, as malformed).
    public mutating func finish() -> [CSVRecord] {
        var records: [CSVRecord] = []
        if pendingCR { pendingCR = false; appendData(UInt8(ascii: "\r")) }
        if state == .quoted {
            problem = problem ?? "a quoted field that starts on line \(recordLine) is never closed"
        }
        if state != .fieldStart || !fields.isEmpty || !raw.isEmpty {
            endRecord(into: &records)
        }
        return records
    }

    private mutating func consume(_ byte: UInt8, into records: inout [CSVRecord]) {
        if skipBOM(byte) { return }
        if pendingCR {
            pendingCR = false
            if byte == UInt8(ascii: "\n") {
                line += 1
                endRecord(into: &records)
                return
            }
            appendData(UInt8(ascii: "\r"))
        }
        if overlong {
            // Skip the rest of an over-long record up to the next line break.
            if byte == UInt8(ascii: "\n") { line += 1; endRecord(into: &records) }
            return
        }
        let isQuote = byte == UInt8(ascii: "\"")
        switch state {
        case .quoted:
            raw.append(byte)
            if isQuote { state = .quoteInQuoted; return }
            if byte == UInt8(ascii: "\n") { line += 1 }
            field.append(byte)
        case .quoteInQuoted:
            if isQuote { raw.append(byte); field.append(byte); state = .quoted; return }
            state = .afterClosingQuote
            consumeOutsideQuotes(byte, into: &records)
        default:
            consumeOutsideQuotes(byte, into: &records)
        }
        if raw.count > maxRecordBytes {
            problem = "the record is longer than \(maxRecordBytes) bytes"
            overlong = true
            if byte == UInt8(ascii: "\n") { endRecord(into: &records) }
        }
    }

    private mutating func consumeOutsideQuotes(_ byte: UInt8, into records: inout [CSVRecord]) {
        switch byte {
        case separator:
            raw.append(byte)
            endField()
        case UInt8(ascii: "\r"):
            pendingCR = true
        case UInt8(ascii: "\n"):
            line += 1
            endRecord(into: &records)
        case UInt8(ascii: "\""):
            raw.append(byte)
            if state == .fieldStart {
                state = .quoted
            } else {
                problem = problem ?? (state == .afterClosingQuote
                    ? "a quote follows a closed quoted field; write \"\" for a quote inside quotes"
                    : "a quote inside an unquoted field; quote the whole field and write \"\" for the quote")
                field.append(byte)
            }
        default:
            appendData(byte)
        }
    }

    /// A data byte outside quotes.
    private mutating func appendData(_ byte: UInt8) {
        raw.append(byte)
        if state == .afterClosingQuote {
            problem = problem ?? "text follows a closed quoted field; put the separator right after the closing quote"
        }
        if state == .fieldStart { state = .unquoted }
        field.append(byte)
    }

    private mutating func endField() {
        fields.append(decode(field))
        field.removeAll(keepingCapacity: true)
        state = .fieldStart
    }

    private mutating func endRecord(into records: inout [CSVRecord]) {
        endField()
        let text = String(decoding: raw, as: UTF8.self)
        records.append(CSVRecord(fields: fields, line: recordLine, text: text, problem: problem))
        fields.removeAll(keepingCapacity: true)
        raw.removeAll(keepingCapacity: true)
        problem = nil
        overlong = false
        state = .fieldStart
        recordLine = line
    }

    private mutating func decode(_ bytes: [UInt8]) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        problem = problem ?? "the line is not valid UTF-8; save the file as UTF-8"
        return String(decoding: bytes, as: UTF8.self)
    }

    // MARK: byte order mark

    private var bomProgress: Int? = 0
    private static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Swallows a UTF-8 BOM at the very start; replays a partial one as data.
    private mutating func skipBOM(_ byte: UInt8) -> Bool {
        guard let progress = bomProgress else { return false }
        if byte == Self.bom[progress] {
            bomProgress = progress + 1 == Self.bom.count ? nil : progress + 1
            return true
        }
        bomProgress = nil
        if progress > 0 {
            var ignored: [CSVRecord] = []
            for replayed in Self.bom[..<progress] { consume(replayed, into: &ignored) }
        }
        return false
    }
}
