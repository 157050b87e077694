/// One record of a CSV file (RFC 4180), with where it starts and what it looked like.
public struct CSVRecord: Sendable, Hashable {
    /// The fields, unquoted (`""` inside quotes becomes `"`), not trimmed.
    public var fields: [String]
    /// The 1-based physical line the record starts on (a header counts; a quoted field may
    /// span lines, so the next record can start several lines later).
    public var line: Int
    /// The record as it appeared in the file, without its line ending (for error reports).
    public var text: String
    /// Why the record is malformed (a stray quote, text after a closing quote, invalid UTF-8,
    /// too long, an unterminated quote at the end of the file), or nil when it is well formed.
    /// A malformed record's `fields` are a best effort; reject it with this reason.
    public var problem: String?

    public init(fields: [String], line: Int, text: String, problem: String? = nil) {
        self.fields = fields
        self.line = line
        self.text = text
        self.problem = problem
    }

    /// True for an empty line (no characters at all, or only spaces and tabs).
    public var isBlank: Bool {
        problem == nil && fields.count == 1 && fields[0].allSatisfy { $0 == " " || $0 == "\t" }
    }
}
