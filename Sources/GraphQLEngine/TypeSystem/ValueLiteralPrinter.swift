/// Prints a value literal as graphql-js' `print` does: `[1, 2]`, `{a: 1, b: "x"}`, `$var`.
///
/// Used in coercion error messages and for default values in the schema printer and introspection.
public func printValueLiteral(_ value: Value) -> String {
    switch value {
    case let .variable(v): return "$" + v.name.value
    case let .int(v): return v.value
    case let .float(v): return v.value
    case let .string(v): return v.block ? SDLStrings.printBlockString(v.value) : SDLStrings.printString(v.value)
    case let .boolean(v): return v.value ? "true" : "false"
    case .null: return "null"
    case let .enumValue(v): return v.value
    case let .list(v): return "[" + v.values.map(printValueLiteral).joined(separator: ", ") + "]"
    case let .object(v):
        return "{" + v.fields.map { $0.name.value + ": " + printValueLiteral($0.value) }.joined(separator: ", ") + "}"
    }
}

/// graphql-js' string printing (`printString`, `printBlockString`).
enum SDLStrings {
    /// A string literal with control characters, `"` and `\` escaped (graphql-js `printString`).
    static func printString(_ string: String) -> String {
        var out = "\""
        for scalar in string.unicodeScalars {
            let v = scalar.value
            switch v {
            case 0x08: out += "\\b"
            case 0x09: out += "\\t"
            case 0x0A: out += "\\n"
            case 0x0C: out += "\\f"
            case 0x0D: out += "\\r"
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x00...0x1F, 0x7F...0x9F:
                let hex = String(v, radix: 16, uppercase: true)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// A block string literal laid out as graphql-js' `printBlockString` does.
    static func printBlockString(_ value: String) -> String {
        let escaped = value.replacing("\"\"\"", with: "\\\"\"\"")
        let lines = splitLines(escaped)
        let isSingleLine = lines.count == 1
        let forceLeadingNewLine = lines.count > 1
            && lines.dropFirst().allSatisfy { $0.isEmpty || isWhiteSpace($0.unicodeScalars.first) }
        let hasTrailingTripleQuotes = escaped.hasSuffix("\\\"\"\"")
        let hasTrailingQuote = value.hasSuffix("\"") && !hasTrailingTripleQuotes
        let hasTrailingSlash = value.hasSuffix("\\")
        let forceTrailingNewline = hasTrailingQuote || hasTrailingSlash
        let printAsMultipleLines = !isSingleLine || value.utf16.count > 70 || forceTrailingNewline
            || forceLeadingNewLine || hasTrailingTripleQuotes
        var result = ""
        let skipLeadingNewLine = isSingleLine && isWhiteSpace(value.unicodeScalars.first)
        if (printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine { result += "\n" }
        result += escaped
        if printAsMultipleLines || forceTrailingNewline { result += "\n" }
        return "\"\"\"" + result + "\"\"\""
    }

    private static func isWhiteSpace(_ scalar: Unicode.Scalar?) -> Bool {
        scalar == " " || scalar == "\t"
    }

    /// Splits at `\r\n`, `\n` or `\r`.
    static func splitLines(_ text: String) -> [String] {
        var lines: [String] = []
        var current = ""
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            if scalar == "\r" {
                if pending == "\n" { pending = scalars.next() }
                lines.append(current)
                current = ""
            } else if scalar == "\n" {
                lines.append(current)
                current = ""
            } else {
                current.unicodeScalars.append(scalar)
            }
        }
        lines.append(current)
        return lines
    }
}
