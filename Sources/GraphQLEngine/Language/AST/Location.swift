/// Where an AST node stands in its ``Source``: byte offsets `start..<end`.
///
/// Equality and hashing of AST nodes are structural: two locations always compare equal, so that
/// `parse(print(doc)) == doc` holds although the printed text places nodes elsewhere. Compare
/// `start`/`end` directly when positions matter.
public struct Location: Sendable, CustomStringConvertible {
    /// Byte offset of the node's first token.
    public var start: Int
    /// Byte offset just past the node's last token.
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    /// A location for nodes built in code rather than parsed.
    public static let synthetic = Location(start: 0, end: 0)

    public var description: String { "\(start)..<\(end)" }
}

extension Location: Hashable {
    public static func == (lhs: Location, rhs: Location) -> Bool { true }
    public func hash(into hasher: inout Hasher) {}
}
