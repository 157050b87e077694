import GraphQLEngine

/// The shared `ImportReport` and `RejectedLine` types every import returns.
public enum ImportResolvers {
    /// Most rejected lines one `rejectedLines(first:)` returns.
    public static let maxRejectedLinesPage = 10_000

    public static func register(into registry: inout ResolverRegistry) {
        registry.field("ImportReport", "accepted", on: ImportReport.self) { report, _, _ in .int(report.accepted) }
        registry.field("ImportReport", "rejected", on: ImportReport.self) { report, _, _ in .int(report.rejected) }
        registry.field("ImportReport", "duplicate", on: ImportReport.self) { report, _, _ in .bool(report.duplicate) }
        registry.field("ImportReport", "rejectedLines", on: ImportReport.self) { report, arguments, _ in
            var first = 100
            if case let .int(n)? = arguments["first"] { first = n }
            guard (0...maxRejectedLinesPage).contains(first) else {
                throw GraphQLError("Argument \"first\" must be between 0 and \(maxRejectedLinesPage); got \(first).",
                                   extensions: [(key: "code", value: "BAD_USER_INPUT")])
            }
            return .list(report.rejectedLines.prefix(first).map { .object($0) })
        }
        registry.field("RejectedLine", "line", on: RejectedLine.self) { line, _, _ in .int(line.line) }
        registry.field("RejectedLine", "message", on: RejectedLine.self) { line, _, _ in .string(line.message) }
        registry.field("RejectedLine", "content", on: RejectedLine.self) { line, _, _ in line.content.map { .string($0) } ?? .null }
    }
}
