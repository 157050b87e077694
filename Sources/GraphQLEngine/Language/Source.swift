/// A GraphQL source text with a name, held as UTF-8 bytes.
///
/// The lexer works on `bytes`; line and column are computed only when a
/// location is needed (errors, `locations` in responses), see ``location(ofOffset:)``.
public struct Source: Sendable {
    /// The name shown in errors, e.g. a file name or `GraphQL request`.
    public let name: String
    /// The text as written.
    public let body: String
    /// The text's UTF-8 bytes; all byte offsets in ``Location`` index this array.
    public let bytes: [UInt8]

    public init(_ body: String, name: String = "GraphQL request") {
        self.name = name
        self.body = body
        self.bytes = Array(body.utf8)
    }

    /// The 1-based line and column of a byte offset.
    ///
    /// Lines end at `\n`, `\r\n` or a lone `\r` (spec: LineTerminator). Columns count UTF-16
    /// code units, as graphql-js does, so both report the same locations.
    public func location(ofOffset offset: Int) -> SourceLocation {
        var line = 1
        var lineStart = 0
        var i = 0
        let end = min(max(offset, 0), bytes.count)
        while i < end {
            let b = bytes[i]
            if b == 0x0A || b == 0x0D {
                if b == 0x0D, i + 1 < end, bytes[i + 1] == 0x0A { i += 1 }
                line += 1
                lineStart = i + 1
            }
            i += 1
        }
        return SourceLocation(line: line, column: Source.utf16Length(bytes[lineStart..<end]) + 1)
    }

    private static func utf16Length(_ slice: ArraySlice<UInt8>) -> Int {
        var count = 0
        for b in slice {
            if b & 0xC0 != 0x80 { count += 1 }  // a scalar starts here
            if b >= 0xF0 { count += 1 }           // four-byte scalars are two UTF-16 units
        }
        return count
    }
}

/// A 1-based line and column, as GraphQL responses report them.
public struct SourceLocation: Sendable, Hashable, Codable {
    public let line: Int
    public let column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}
