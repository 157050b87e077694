extension Lexer {
    /// StringValue :: `"` StringCharacter* `"` (spec: String Value). Escapes are checked here and
    /// decoded later by ``value(of:)``.
    mutating func readString(start: Int) throws(SyntaxError) -> Token {
        var i = start + 1
        let count = bytes.count
        while i < count {
            let byte = bytes[i]
            if byte == 0x22 {
                position = i + 1
                return Token(.string, start: start, end: i + 1)
            }
            if byte == 0x5C {
                i += try readEscape(at: i).size
                continue
            }
            if byte == 0x0A || byte == 0x0D { break }
            i += 1
        }
        throw SyntaxError("Unterminated string.", at: i)
    }

    /// BlockString :: `"""` BlockStringCharacter* `"""` (spec: String Value).
    mutating func readBlockString(start: Int) throws(SyntaxError) -> Token {
        var i = start + 3
        let count = bytes.count
        while i < count {
            let byte = bytes[i]
            if byte == 0x22, code(at: i + 1) == 0x22, code(at: i + 2) == 0x22 {
                position = i + 3
                return Token(.blockString, start: start, end: i + 3)
            }
            if byte == 0x5C, code(at: i + 1) == 0x22, code(at: i + 2) == 0x22, code(at: i + 3) == 0x22 {
                i += 4
                continue
            }
            i += 1
        }
        throw SyntaxError("Unterminated string.", at: count)
    }

    /// Reads the escape sequence (spec: EscapedCharacter, EscapedUnicode) whose `\` is at `offset`.
    /// - Returns: the Unicode scalar it stands for and its length in bytes.
    func readEscape(at offset: Int) throws(SyntaxError) -> (scalar: UInt32, size: Int) {
        switch code(at: offset + 1) {
        case 0x22: return (0x22, 2)
        case 0x5C: return (0x5C, 2)
        case 0x2F: return (0x2F, 2)
        case 0x62: return (0x08, 2)
        case 0x66: return (0x0C, 2)
        case 0x6E: return (0x0A, 2)
        case 0x72: return (0x0D, 2)
        case 0x74: return (0x09, 2)
        case 0x75:
            return code(at: offset + 2) == 0x7B
                ? try readVariableWidthEscape(at: offset) : try readFixedWidthEscape(at: offset)
        default:
            throw SyntaxError("Invalid character escape sequence: \"\(text(from: offset, utf16Units: 2))\".",
                              at: offset)
        }
    }

    /// `\u{` HexDigit+ `}` naming a Unicode scalar value.
    private func readVariableWidthEscape(at offset: Int) throws(SyntaxError) -> (scalar: UInt32, size: Int) {
        var point: Int32 = 0
        var size = 3
        while size < 12 {
            let c = code(at: offset + size)
            size += 1
            if c == 0x7D {
                if size < 5 || !Lexer.isScalarValue(Int(point)) { break }
                return (UInt32(point), size)
            }
            let digit = Lexer.hexValue(c)
            if digit < 0 { break }
            point = point &<< 4 | Int32(digit)
            if point < 0 { break }
        }
        throw SyntaxError("Invalid Unicode escape sequence: \"\(text(from: offset, utf16Units: size))\".",
                          at: offset)
    }

    /// `\u` HexDigit×4, where a leading surrogate must be followed by `\u` and a trailing one.
    private func readFixedWidthEscape(at offset: Int) throws(SyntaxError) -> (scalar: UInt32, size: Int) {
        let unit = read16BitHex(at: offset + 2)
        if Lexer.isScalarValue(unit) { return (UInt32(unit), 6) }
        if unit >= 0xD800 && unit <= 0xDBFF, code(at: offset + 6) == 0x5C, code(at: offset + 7) == 0x75 {
            let trailing = read16BitHex(at: offset + 8)
            if trailing >= 0xDC00 && trailing <= 0xDFFF {
                return (UInt32(0x10000 + ((unit - 0xD800) << 10) + (trailing - 0xDC00)), 12)
            }
        }
        throw SyntaxError("Invalid Unicode escape sequence: \"\(text(from: offset, utf16Units: 6))\".",
                          at: offset)
    }

    /// Four hex digits as a number, or a negative number if any is not a hex digit.
    private func read16BitHex(at offset: Int) -> Int {
        let a = Lexer.hexValue(code(at: offset)), b = Lexer.hexValue(code(at: offset + 1))
        let c = Lexer.hexValue(code(at: offset + 2)), d = Lexer.hexValue(code(at: offset + 3))
        if a < 0 || b < 0 || c < 0 || d < 0 { return -1 }
        return a << 12 | b << 8 | c << 4 | d
    }

    @inline(__always)
    static func hexValue(_ code: Int) -> Int {
        switch code {
        case 0x30...0x39: code - 0x30
        case 0x41...0x46: code - 0x37
        case 0x61...0x66: code - 0x57
        default: -1
        }
    }

    static func isScalarValue(_ code: Int) -> Bool {
        (code >= 0 && code <= 0xD7FF) || (code >= 0xE000 && code <= 0x10FFFF)
    }

    /// Up to `utf16Units` UTF-16 code units of source text from `offset`, as graphql-js' `slice`
    /// shows them in errors.
    func text(from offset: Int, utf16Units: Int) -> String {
        var i = offset
        var units = 0
        while i < bytes.count, units < utf16Units {
            let length = Lexer.sequenceLength(bytes[i])
            units += length == 4 ? 2 : 1
            if units > utf16Units { break }
            i += length
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<min(i, bytes.count)]), as: UTF8.self)
    }

    /// The text of `token`: names and numbers as written, strings decoded (spec: Static Semantics of
    /// StringValue and BlockString); `nil` for punctuators and `<EOF>`.
    func value(of token: Token) -> String? {
        switch token.kind {
        case .name, .int, .float: slice(token.start, token.end)
        case .string: stringValue(of: token)
        case .blockString: blockStringValue(of: token)
        default: nil
        }
    }

    @inline(__always)
    func slice(_ start: Int, _ end: Int) -> String {
        let source = UnsafeRawPointer(bytes.baseAddress! + start)
        return String(unsafeUninitializedCapacity: end - start) { buffer in
            UnsafeMutableRawPointer(buffer.baseAddress!).copyMemory(from: source, byteCount: end - start)
            return end - start
        }
    }

    /// The value of a (single-line) string token, escapes decoded.
    func stringValue(of token: Token) -> String {
        let start = token.start + 1, end = token.end - 1
        var i = start
        while i < end, bytes[i] != 0x5C { i += 1 }
        if i == end { return slice(start, end) }
        var out: [UInt8] = []
        out.reserveCapacity(end - start)
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
        while i < end {
            let byte = bytes[i]
            if byte != 0x5C {
                out.append(byte)
                i += 1
                continue
            }
            // The lexer has checked every escape of this token already.
            guard let escape = try? readEscape(at: i) else { break }
            Lexer.appendUTF8(escape.scalar, to: &out)
            i += escape.size
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func appendUTF8(_ scalar: UInt32, to out: inout [UInt8]) {
        switch scalar {
        case ..<0x80:
            out.append(UInt8(scalar))
        case ..<0x800:
            out.append(UInt8(0xC0 | scalar >> 6))
            out.append(UInt8(0x80 | scalar & 0x3F))
        case ..<0x10000:
            out.append(UInt8(0xE0 | scalar >> 12))
            out.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            out.append(UInt8(0x80 | scalar & 0x3F))
        default:
            out.append(UInt8(0xF0 | scalar >> 18))
            out.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            out.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            out.append(UInt8(0x80 | scalar & 0x3F))
        }
    }

    /// The value of a block string token: `\"""` unescaped, lines split at any line terminator,
    /// then dedented (spec: BlockStringValue()).
    func blockStringValue(of token: Token) -> String {
        let start = token.start + 3, end = token.end - 3
        var lines: [[UInt8]] = []
        var line: [UInt8] = []
        var i = start
        while i < end {
            let byte = bytes[i]
            if byte == 0x5C, i + 3 < end, code(at: i + 1) == 0x22, code(at: i + 2) == 0x22,
               code(at: i + 3) == 0x22 {
                line.append(contentsOf: [0x22, 0x22, 0x22])
                i += 4
            } else if byte == 0x0A || byte == 0x0D {
                lines.append(line)
                line.removeAll(keepingCapacity: true)
                i += (byte == 0x0D && i + 1 < end && bytes[i + 1] == 0x0A) ? 2 : 1
            } else {
                line.append(byte)
                i += 1
            }
        }
        lines.append(line)
        return String(decoding: BlockString.dedent(lines), as: UTF8.self)
    }
}
