/// Splits a source's UTF-8 bytes into tokens (spec: Lexical Tokens,
/// https://spec.graphql.org/October2021/#sec-Language.Source-Text.Lexical-Tokens).
///
/// Ignored tokens (white space, line terminators, commas, comments and the byte order mark) are
/// skipped. Tokens hold byte offsets only; ``value(of:)`` decodes their text on demand. The lexer
/// works on a borrowed buffer, so it only lives inside `withUnsafeBufferPointer` (see
/// ``tokens(in:)`` for a safe entry point); error wording follows graphql-js.
public struct Lexer {
    /// The source's bytes.
    let bytes: UnsafeBufferPointer<UInt8>
    /// The offset at which the next token is looked for.
    var position: Int = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// All tokens of `source`, ending with the `<EOF>` token.
    /// - Throws: the first lexical error, as graphql-js words and places it.
    public static func tokens(in source: Source) throws(GraphQLError) -> [Token] {
        let result: Result<[Token], SyntaxError> = source.bytes.withUnsafeBufferPointer { buffer in
            var lexer = Lexer(bytes: buffer)
            var tokens: [Token] = []
            do throws(SyntaxError) {
                while true {
                    let token = try lexer.next()
                    tokens.append(token)
                    if token.kind == .eof { return .success(tokens) }
                }
            } catch {
                return .failure(error)
            }
        }
        switch result {
        case let .success(tokens): return tokens
        case let .failure(error): throw error.graphQLError(in: source)
        }
    }

    /// The decoded value of a token of `source`: a name, a number as written, or a string after
    /// escapes and block-string dedent; `nil` for punctuators and `<EOF>`.
    public static func value(of token: Token, in source: Source) -> String? {
        source.bytes.withUnsafeBufferPointer { Lexer(bytes: $0).value(of: token) }
    }

    /// The byte at `index`, or -1 past the end.
    @inline(__always)
    func code(at index: Int) -> Int {
        index < bytes.count ? Int(bytes[index]) : -1
    }

    /// Reads the next significant token (spec: Token), skipping ignored tokens.
    /// - Throws: ``SyntaxError`` for characters no token can start with and malformed tokens.
    mutating func next() throws(SyntaxError) -> Token {
        let count = bytes.count
        while position < count {
            let start = position
            let byte = bytes[start]
            switch byte {
            case 0x20, 0x09, 0x2C, 0x0A, 0x0D:  // space, tab, comma, LF, CR
                position += 1
                while position < count, bytes[position] == 0x20 { position += 1 }  // indentation
                continue
            case 0x23:  // # Comment: up to the end of the line
                position += 1
                while position < count, bytes[position] != 0x0A, bytes[position] != 0x0D { position += 1 }
                continue
            case 0xEF where code(at: start + 1) == 0xBB && code(at: start + 2) == 0xBF:  // U+FEFF
                position += 3
                continue
            case 0x7B: return punctuator(.braceL)
            case 0x7D: return punctuator(.braceR)
            case 0x28: return punctuator(.parenL)
            case 0x29: return punctuator(.parenR)
            case 0x3A: return punctuator(.colon)
            case 0x24: return punctuator(.dollar)
            case 0x40: return punctuator(.at)
            case 0x21: return punctuator(.bang)
            case 0x5B: return punctuator(.bracketL)
            case 0x5D: return punctuator(.bracketR)
            case 0x3D: return punctuator(.equals)
            case 0x7C: return punctuator(.pipe)
            case 0x26: return punctuator(.amp)
            case 0x2E:
                if code(at: start + 1) == 0x2E, code(at: start + 2) == 0x2E {
                    position += 3
                    return Token(.spread, start: start, end: start + 3)
                }
            case 0x22:
                if code(at: start + 1) == 0x22, code(at: start + 2) == 0x22 {
                    return try readBlockString(start: start)
                }
                return try readString(start: start)
            case 0x2D, 0x30...0x39:
                return try readNumber(start: start)
            case 0x41...0x5A, 0x61...0x7A, 0x5F:
                return readName(start: start)
            default:
                break
            }
            throw unexpectedCharacter(at: start)
        }
        return Token(.eof, start: count, end: count)
    }

    @inline(__always)
    private mutating func punctuator(_ kind: TokenKind) -> Token {
        let start = position
        position += 1
        return Token(kind, start: start, end: start + 1)
    }

    /// Name :: NameStart NameContinue* (spec: Names).
    @inline(__always)
    private mutating func readName(start: Int) -> Token {
        var i = start + 1
        let count = bytes.count
        while i < count, Lexer.isNameContinue(bytes[i]) { i += 1 }
        position = i
        return Token(.name, start: start, end: i)
    }

    /// One character per byte value: `1` where the byte is a NameContinue (letter, digit, `_`).
    static let nameContinueTable: StaticString = """
        0000000000000000000000000000000000000000000000001111111111000000\
        0111111111111111111111111110000101111111111111111111111111100000\
        0000000000000000000000000000000000000000000000000000000000000000\
        0000000000000000000000000000000000000000000000000000000000000000
        """

    /// NameStart :: Letter or `_`.
    @inline(__always)
    static func isNameStart(_ byte: UInt8) -> Bool {
        isNameContinue(byte) && (byte > 0x39 || byte < 0x30)
    }

    /// NameContinue :: Letter, Digit or `_`.
    @inline(__always)
    static func isNameContinue(_ byte: UInt8) -> Bool {
        nameContinueTable.utf8Start[Int(byte)] == 0x31
    }

    @inline(__always)
    static func isDigit(_ code: Int) -> Bool { code >= 0x30 && code <= 0x39 }

    /// IntValue and FloatValue (spec: Int Value, Float Value), with the look-ahead restrictions:
    /// no leading zeros, and no `.`, NameStart or digit-less part right after the number.
    private mutating func readNumber(start: Int) throws(SyntaxError) -> Token {
        var i = start
        var c = code(at: i)
        var isFloat = false
        if c == 0x2D {  // -
            i += 1
            c = code(at: i)
        }
        if c == 0x30 {  // 0
            i += 1
            c = code(at: i)
            if Lexer.isDigit(c) {
                throw SyntaxError("Invalid number, unexpected digit after 0: \(printCharacter(at: i)).", at: i)
            }
        } else {
            i = try readDigits(from: i)
            c = code(at: i)
        }
        if c == 0x2E {  // .
            isFloat = true
            i = try readDigits(from: i + 1)
            c = code(at: i)
        }
        if c == 0x45 || c == 0x65 {  // E e
            isFloat = true
            i += 1
            c = code(at: i)
            if c == 0x2B || c == 0x2D {  // + -
                i += 1
            }
            i = try readDigits(from: i)
            c = code(at: i)
        }
        if c == 0x2E || (c >= 0 && Lexer.isNameStart(UInt8(c))) {
            throw SyntaxError("Invalid number, expected digit but got: \(printCharacter(at: i)).", at: i)
        }
        position = i
        return Token(isFloat ? .float : .int, start: start, end: i)
    }

    /// Digit+ starting at `start`; returns the offset after the last digit.
    private func readDigits(from start: Int) throws(SyntaxError) -> Int {
        guard Lexer.isDigit(code(at: start)) else {
            throw SyntaxError("Invalid number, expected digit but got: \(printCharacter(at: start)).", at: start)
        }
        var i = start + 1
        while Lexer.isDigit(code(at: i)) { i += 1 }
        return i
    }

    /// The error for a character that starts no token.
    private func unexpectedCharacter(at offset: Int) -> SyntaxError {
        if bytes[offset] == 0x27 {
            return SyntaxError(
                "Unexpected single quote character ('), did you mean to use a double quote (\")?", at: offset)
        }
        return SyntaxError("Unexpected character: \(printCharacter(at: offset)).", at: offset)
    }

    /// The character at `offset` as graphql-js shows it in errors: `"a"`, `'"'`, `U+00E9` or `<EOF>`.
    func printCharacter(at offset: Int) -> String {
        guard offset < bytes.count else { return "<EOF>" }
        let scalar = scalarValue(at: offset)
        if scalar >= 0x20 && scalar <= 0x7E {
            return scalar == 0x22 ? "'\"'" : "\"\(Character(Unicode.Scalar(UInt8(scalar))))\""
        }
        let hex = String(scalar, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// The Unicode scalar value encoded at `offset` (the bytes are valid UTF-8).
    func scalarValue(at offset: Int) -> UInt32 {
        let b0 = UInt32(bytes[offset])
        func cont(_ k: Int) -> UInt32 { UInt32(bytes[offset + k] & 0x3F) }
        switch b0 {
        case ..<0x80: return b0
        case ..<0xE0: return (b0 & 0x1F) << 6 | cont(1)
        case ..<0xF0: return (b0 & 0x0F) << 12 | cont(1) << 6 | cont(2)
        default: return (b0 & 0x07) << 18 | cont(1) << 12 | cont(2) << 6 | cont(3)
        }
    }

    /// Bytes of the UTF-8 sequence that starts with `lead`.
    @inline(__always)
    static func sequenceLength(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }
}
