/// What an import did (`ImportReport` in the schema): accepted lines are committed together in
/// one transaction; rejected ones are listed with their line number and reason, never applied.
public struct ImportReport: Sendable, Hashable {
    public var accepted: Int
    public var rejectedLines: [RejectedLine]
    /// True when the same content was imported before and nothing changed.
    public var duplicate: Bool

    public init(accepted: Int = 0, rejectedLines: [RejectedLine] = [], duplicate: Bool = false) {
        self.accepted = accepted
        self.rejectedLines = rejectedLines
        self.duplicate = duplicate
    }

    public var rejected: Int { rejectedLines.count }

    /// Adds a rejected line (`content` is the line as it appeared, for the report).
    public mutating func reject(line: Int, _ message: String, content: String? = nil) {
        rejectedLines.append(RejectedLine(line: line, message: message, content: content))
    }
}

/// One line of an imported file that was not accepted (`RejectedLine` in the schema).
public struct RejectedLine: Sendable, Hashable {
    /// The 1-based physical line number (a header counts).
    public var line: Int
    public var message: String
    public var content: String?

    public init(line: Int, message: String, content: String? = nil) {
        self.line = line
        self.message = message
        self.content = content
    }
}
