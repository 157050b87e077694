/// Block string algorithms (spec: BlockStringValue(), and graphql-js' `printBlockString`).
public enum BlockString {
    @inline(__always)
    static func isWhiteSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    /// Dedents the raw lines of a block string (spec: BlockStringValue(rawValue)): removes the
    /// common indentation of all lines but the first, then leading and trailing blank lines, and
    /// joins the rest with `\n`.
    static func dedent(_ lines: [[UInt8]]) -> [UInt8] {
        var commonIndent = Int.max
        var firstNonEmpty: Int?
        var lastNonEmpty = -1
        for (i, line) in lines.enumerated() {
            var indent = 0
            while indent < line.count, isWhiteSpace(line[indent]) { indent += 1 }
            if indent == line.count { continue }
            if firstNonEmpty == nil { firstNonEmpty = i }
            lastNonEmpty = i
            if i != 0, indent < commonIndent { commonIndent = indent }
        }
        guard let first = firstNonEmpty else { return [] }
        var out: [UInt8] = []
        for i in first...lastNonEmpty {
            if i > first { out.append(0x0A) }
            let line = lines[i]
            if i == 0 {
                out.append(contentsOf: line)
            } else if commonIndent < line.count {
                out.append(contentsOf: line[commonIndent...])
            }
        }
        return out
    }

    /// The block string value of `raw` (the text between the triple quotes, `\"""` unescaped).
    public static func value(ofRawText raw: String) -> String {
        var lines: [[UInt8]] = []
        var line: [UInt8] = []
        let bytes = Array(raw.utf8)
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte == 0x0A || byte == 0x0D {
                lines.append(line)
                line.removeAll(keepingCapacity: true)
                i += (byte == 0x0D && i + 1 < bytes.count && bytes[i + 1] == 0x0A) ? 2 : 1
            } else {
                line.append(byte)
                i += 1
            }
        }
        lines.append(line)
        return String(decoding: dedent(lines), as: UTF8.self)
    }

    /// Whether `value` prints as a block string that reads back as the same value
    /// (graphql-js' `isPrintableAsBlockString`).
    public static func isPrintable(_ value: String) -> Bool {
        if value.isEmpty { return true }
        var isEmptyLine = true
        var hasIndent = false
        var hasCommonIndent = true
        var seenNonEmptyLine = false
        for byte in value.utf8 {
            switch byte {
            case 0x00...0x08, 0x0B, 0x0C, 0x0E, 0x0F, 0x0D:
                return false
            case 0x0A:
                if isEmptyLine && !seenNonEmptyLine { return false }  // leading new line
                seenNonEmptyLine = true
                isEmptyLine = true
                hasIndent = false
            case 0x09, 0x20:
                hasIndent = hasIndent || isEmptyLine
            default:
                hasCommonIndent = hasCommonIndent && hasIndent
                isEmptyLine = false
            }
        }
        if isEmptyLine { return false }  // trailing empty lines
        if hasCommonIndent && seenNonEmptyLine { return false }  // internal indent
        return true
    }

    /// `value` printed as a block string, as graphql-js' `printBlockString` does.
    public static func print(_ value: String) -> String {
        var out: [UInt8] = []
        write(value, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `value` printed as a block string to `out`.
    static func write(_ value: String, to out: inout [UInt8]) {
        let raw = Array(value.utf8)
        var escaped: [UInt8] = []
        escaped.reserveCapacity(raw.count + 8)
        var i = 0
        while i < raw.count {
            if raw[i] == 0x22, i + 2 < raw.count, raw[i + 1] == 0x22, raw[i + 2] == 0x22 {
                escaped.append(contentsOf: [0x5C, 0x22, 0x22, 0x22])
                i += 3
            } else {
                escaped.append(raw[i])
                i += 1
            }
        }
        // Split at \r\n, \n or \r; note whether every line after the first is empty or indented.
        var lineCount = 1
        var laterLinesIndented = true
        i = 0
        while i < escaped.count {
            let byte = escaped[i]
            if byte == 0x0A || byte == 0x0D {
                if byte == 0x0D, i + 1 < escaped.count, escaped[i + 1] == 0x0A { i += 1 }
                lineCount += 1
                let next = i + 1 < escaped.count ? escaped[i + 1] : 0x0A
                if next != 0x0A && next != 0x0D && !isWhiteSpace(next) { laterLinesIndented = false }
            }
            i += 1
        }
        let isSingleLine = lineCount == 1
        let forceLeadingNewLine = lineCount > 1 && laterLinesIndented
        let hasTrailingTripleQuotes = escaped.count >= 4 && escaped.suffix(4).elementsEqual([0x5C, 0x22, 0x22, 0x22])
        let hasTrailingQuote = raw.last == 0x22 && !hasTrailingTripleQuotes
        let hasTrailingSlash = raw.last == 0x5C
        let forceTrailingNewline = hasTrailingQuote || hasTrailingSlash
        let printAsMultipleLines = !isSingleLine || value.utf16.count > 70 || forceTrailingNewline
            || forceLeadingNewLine || hasTrailingTripleQuotes
        let skipLeadingNewLine = isSingleLine && raw.first.map(isWhiteSpace) == true
        out.append(contentsOf: [0x22, 0x22, 0x22])
        if (printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine { out.append(0x0A) }
        out.append(contentsOf: escaped)
        if printAsMultipleLines || forceTrailingNewline { out.append(0x0A) }
        out.append(contentsOf: [0x22, 0x22, 0x22])
    }
}
