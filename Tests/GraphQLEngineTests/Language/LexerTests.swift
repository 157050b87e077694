import Testing
@testable import GraphQLEngine

/// The lexical grammar (spec: Source Text), token by token, and every lexical error in full.
@Suite("Lexer")
struct LexerTests {
    /// The significant tokens of `text` as (kind, value) pairs, without `<EOF>`.
    static func lex(_ text: String) throws -> [(TokenKind, String?)] {
        let source = Source(text)
        return try Lexer.tokens(in: source).dropLast().map { ($0.kind, Lexer.value(of: $0, in: source)) }
    }

    static func firstToken(_ text: String) throws -> (TokenKind, String?) {
        try lex(text).first ?? (.eof, nil)
    }

    @Test("lexes punctuators", arguments: [
        ("!", TokenKind.bang), ("$", .dollar), ("&", .amp), ("(", .parenL), (")", .parenR), ("...", .spread),
        (":", .colon), ("=", .equals), ("@", .at), ("[", .bracketL), ("]", .bracketR), ("{", .braceL),
        ("|", .pipe), ("}", .braceR),
    ])
    func lexesPunctuators(text: String, kind: TokenKind) throws {
        let token = try Self.firstToken(text)
        #expect(token.0 == kind)
        #expect(token.1 == nil)
    }

    @Test("lexes names", arguments: ["a", "_", "__typename", "A9_b", "on", "true", "nameWith123"])
    func lexesNames(text: String) throws {
        let token = try Self.firstToken(text)
        #expect(token.0 == .name)
        #expect(token.1 == text)
    }

    @Test("lexes numbers", arguments: [
        ("4", TokenKind.int), ("-4", .int), ("0", .int), ("-0", .int), ("9007199254740993", .int),
        ("4.123", .float), ("-4.123", .float), ("0.123", .float), ("123e4", .float), ("123E4", .float),
        ("123e-4", .float), ("123e+4", .float), ("-1.123e4", .float), ("-1.123E-4", .float), ("-1.123e+4567", .float),
    ])
    func lexesNumbers(text: String, kind: TokenKind) throws {
        let token = try Self.firstToken(text)
        #expect(token.0 == kind)
        #expect(token.1 == text)
    }

    @Test("lexes strings with every escape", arguments: [
        (#""""#, ""), (#""simple""#, "simple"), (#"" white space ""#, " white space "),
        (#""quote \"""#, "quote \""), (#""escaped \n\r\b\t\f""#, "escaped \n\r\u{8}\t\u{C}"),
        (#""slashes \\ \/""#, "slashes \\ /"), (#""unicode \u1234\u5678\u90AB\uCDEF""#, "unicode \u{1234}\u{5678}\u{90AB}\u{CDEF}"),
        (#""\u{1234}\u{0}""#, "\u{1234}\u{0}"), (#""\u{1F600}""#, "😀"), (#""\uD83D\uDE00""#, "😀"),
        (#""\u{10FFFF}""#, "\u{10FFFF}"), (#""\u{00000000}""#, "\u{0}"), ("\"raw 😀 é\"", "raw 😀 é"),
        ("\"tab\there\"", "tab\there"),
    ])
    func lexesStrings(text: String, value: String) throws {
        let token = try Self.firstToken(text)
        #expect(token.0 == .string)
        #expect(token.1 == value)
    }

    @Test("lexes block strings with the spec's dedent", arguments: [
        (#""""""""#, ""), (#""""simple""""#, "simple"), (#"""" white space """"#, " white space "),
        (#""""contains " quote""""#, "contains \" quote"), (#""""contains \""" triple quote""""#, "contains \"\"\" triple quote"),
        ("\"\"\"multi\nline\"\"\"", "multi\nline"), ("\"\"\"multi\rline\r\nnormalized\"\"\"", "multi\nline\nnormalized"),
        (#""""unescaped \n\r\b\t\f\u1234""""#, #"unescaped \n\r\b\t\f\u1234"#),
        ("\"\"\"\n\n    spans\n      multiple\n        lines\n\n    \"\"\"", "spans\n  multiple\n    lines"),
        ("\"\"\"  first\n    second\n    third\"\"\"", "  first\nsecond\nthird"),
        ("\"\"\"\n  \n\t\n\"\"\"", ""),
    ])
    func lexesBlockStrings(text: String, value: String) throws {
        let token = try Self.firstToken(text)
        #expect(token.0 == .blockString)
        #expect(token.1 == value)
    }

    @Test("skips white space, line terminators, commas, comments and the byte order mark")
    func skipsIgnoredTokens() throws {
        let tokens = try Self.lex("\u{FEFF} \t,\n\r\n\r# comment ☃\nfoo,,# more\r\n\u{FEFF}bar")
        #expect(tokens.map(\.0) == [.name, .name])
        #expect(tokens.map(\.1) == ["foo", "bar"])
    }

    @Test("records byte offsets, and line and column only on demand")
    func recordsOffsets() throws {
        let source = Source("  \"é\" ...\n  abc")
        let tokens = try Lexer.tokens(in: source)
        #expect(tokens == [Token(.string, start: 2, end: 6), Token(.spread, start: 7, end: 10),
                           Token(.name, start: 13, end: 16), Token(.eof, start: 16, end: 16)])
        #expect(source.location(ofOffset: 13) == SourceLocation(line: 2, column: 3))
    }

    @Test("reports lexical errors as graphql-js does", arguments: [
        ("00", "Invalid number, unexpected digit after 0: \"0\".", 1, 2),
        ("01.23", "Invalid number, unexpected digit after 0: \"1\".", 1, 2),
        ("-01", "Invalid number, unexpected digit after 0: \"1\".", 1, 3),
        ("1.", "Invalid number, expected digit but got: <EOF>.", 1, 3),
        ("1.A", "Invalid number, expected digit but got: \"A\".", 1, 3),
        ("-A", "Invalid number, expected digit but got: \"A\".", 1, 2),
        ("-", "Invalid number, expected digit but got: <EOF>.", 1, 2),
        ("1.0e", "Invalid number, expected digit but got: <EOF>.", 1, 5),
        ("1e+", "Invalid number, expected digit but got: <EOF>.", 1, 4),
        ("1.0eA", "Invalid number, expected digit but got: \"A\".", 1, 5),
        ("1.2.3", "Invalid number, expected digit but got: \".\".", 1, 4),
        ("1.23.4", "Invalid number, expected digit but got: \".\".", 1, 5),
        ("0x1", "Invalid number, expected digit but got: \"x\".", 1, 2),
        ("123abc", "Invalid number, expected digit but got: \"a\".", 1, 4),
        ("1_000", "Invalid number, expected digit but got: \"_\".", 1, 2),
        ("1.5e3x", "Invalid number, expected digit but got: \"x\".", 1, 6),
        (".5", "Unexpected character: \".\".", 1, 1),
        ("..", "Unexpected character: \".\".", 1, 1),
        ("?", "Unexpected character: \"?\".", 1, 1),
        ("~", "Unexpected character: \"~\".", 1, 1),
        ("\u{203B}", "Unexpected character: U+203B.", 1, 1),
        ("\u{200B}", "Unexpected character: U+200B.", 1, 1),
        ("\u{00A0}", "Unexpected character: U+00A0.", 1, 1),
        ("\u{7}", "Unexpected character: U+0007.", 1, 1),
        ("\u{0}", "Unexpected character: U+0000.", 1, 1),
        ("\u{7F}", "Unexpected character: U+007F.", 1, 1),
        ("😀", "Unexpected character: U+1F600.", 1, 1),
        ("'x'", "Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 1),
        ("\"", "Unterminated string.", 1, 2),
        ("\"no end", "Unterminated string.", 1, 8),
        ("\"multi\nline\"", "Unterminated string.", 1, 7),
        ("\"multi\rline\"", "Unterminated string.", 1, 7),
        ("\"bad \\z esc\"", "Invalid character escape sequence: \"\\z\".", 1, 6),
        ("\"bad \\x esc\"", "Invalid character escape sequence: \"\\x\".", 1, 6),
        ("\"bad \\é\"", "Invalid character escape sequence: \"\\é\".", 1, 6),
        ("\"bad \\u1 esc\"", "Invalid Unicode escape sequence: \"\\u1 es\".", 1, 6),
        ("\"bad \\u0XX1 esc\"", "Invalid Unicode escape sequence: \"\\u0XX1\".", 1, 6),
        ("\"bad \\uXXXX esc\"", "Invalid Unicode escape sequence: \"\\uXXXX\".", 1, 6),
        ("\"bad \\uFXXX esc\"", "Invalid Unicode escape sequence: \"\\uFXXX\".", 1, 6),
        ("\"bad \\uXXXF esc\"", "Invalid Unicode escape sequence: \"\\uXXXF\".", 1, 6),
        ("\"bad \\u{} esc\"", "Invalid Unicode escape sequence: \"\\u{}\".", 1, 6),
        ("\"bad \\u{FXXX} esc\"", "Invalid Unicode escape sequence: \"\\u{FX\".", 1, 6),
        ("\"bad \\u{FFFF esc\"", "Invalid Unicode escape sequence: \"\\u{FFFF \".", 1, 6),
        ("\"bad \\u{FFFF\"", "Invalid Unicode escape sequence: \"\\u{FFFF\"\".", 1, 6),
        ("\"too high \\u{110000} esc\"", "Invalid Unicode escape sequence: \"\\u{110000}\".", 1, 11),
        ("\"way too high \\u{12345678} esc\"", "Invalid Unicode escape sequence: \"\\u{12345678}\".", 1, 15),
        ("\"too long \\u{000000000000} esc\"", "Invalid Unicode escape sequence: \"\\u{000000000\".", 1, 11),
        ("\"bad surrogate \\uDEAD esc\"", "Invalid Unicode escape sequence: \"\\uDEAD\".", 1, 16),
        ("\"bad surrogate \\u{DEAD} esc\"", "Invalid Unicode escape sequence: \"\\u{DEAD}\".", 1, 16),
        ("\"cannot use braces for surrogate pair \\u{D83D}\\u{DE00} esc\"",
         "Invalid Unicode escape sequence: \"\\u{D83D}\".", 1, 39),
        ("\"bad high surrogate pair \\uDEAD\\uDEAD esc\"", "Invalid Unicode escape sequence: \"\\uDEAD\".", 1, 26),
        ("\"bad low surrogate pair \\uD800\\uD800 esc\"", "Invalid Unicode escape sequence: \"\\uD800\".", 1, 25),
        ("\"cannot escape half a pair \\uD83D esc\"", "Invalid Unicode escape sequence: \"\\uD83D\".", 1, 28),
        ("\"\\u", "Invalid Unicode escape sequence: \"\\u\".", 1, 2),
        ("\"\\", "Invalid character escape sequence: \"\\\".", 1, 2),
        ("\"\"\"", "Unterminated string.", 1, 4),
        ("\"\"\"no end quote", "Unterminated string.", 1, 16),
        ("\"\"\"escaped \\\"\"\"", "Unterminated string.", 1, 16),
        ("\"\"\"\nline\r\nline", "Unterminated string.", 3, 5),
        ("a\r\n?", "Unexpected character: \"?\".", 2, 1),
        ("a\r?", "Unexpected character: \"?\".", 2, 1),
        ("\u{FEFF}?", "Unexpected character: \"?\".", 1, 2),
        ("\"😀\" ?", "Unexpected character: \"?\".", 1, 6),
    ] as [(String, String, Int, Int)])
    func reportsLexicalErrors(text: String, message: String, line: Int, column: Int) {
        #expect(throws: GraphQLError("Syntax Error: " + message, locations: [SourceLocation(line: line, column: column)])) {
            try Lexer.tokens(in: Source(text))
        }
    }
}
