import Testing
@testable import GraphQLEngine

/// Syntax errors, stated in full as graphql-js words and places them, and the parser's guard rails.
@Suite("Parser: syntax errors and limits")
struct ParserErrorTests {
    static func error(_ message: String, _ line: Int, _ column: Int) -> GraphQLError {
        GraphQLError("Syntax Error: " + message, locations: [SourceLocation(line: line, column: column)])
    }

    @Test("reports syntax errors as graphql-js does", arguments: [
        ("{", "Expected Name, found <EOF>.", 1, 2),
        ("{ a } }", "Unexpected \"}\".", 1, 7),
        ("{ }", "Expected Name, found \"}\".", 1, 3),
        ("{ a: }", "Expected Name, found \"}\".", 1, 6),
        ("{ f(a:) }", "Unexpected \")\".", 1, 7),
        ("{ f() }", "Expected Name, found \")\".", 1, 5),
        ("query Q($a: Int = $b) { f }", "Unexpected variable \"$b\" in constant value.", 1, 19),
        ("query Q($a) { f }", "Expected \":\", found \")\".", 1, 11),
        ("queryy Q { a }", "Unexpected Name \"queryy\".", 1, 1),
        ("query Q", "Expected \"{\", found <EOF>.", 1, 8),
        ("fragment on on T { a }", "Unexpected Name \"on\".", 1, 10),
        ("fragment F T { a }", "Expected \"on\", found Name \"T\".", 1, 12),
        ("fragment \"on\" on T { a }", "Unexpected String \"on\".", 1, 10),
        ("fragment F($a: Int) on T { a }", "Expected \"on\", found \"(\".", 1, 11),
        ("{ ... on T }", "Expected \"{\", found \"}\".", 1, 12),
        ("{ a @ }", "Expected Name, found \"}\".", 1, 7),
        ("{ f(a: {\"x\": 1}) }", "Expected Name, found String \"x\".", 1, 9),
        ("hello { a }", "Unexpected Name \"hello\".", 1, 1),
        ("\"desc\" query Q { a }", "Unexpected description, descriptions are supported only on type definitions.", 1, 1),
        ("\"desc\" { a }", "Unexpected \"{\".", 1, 8),
        ("\"desc\" fragment F on T { a }", "Unexpected description, descriptions are supported only on type definitions.", 1, 1),
        ("\"desc\" extend type T @d", "Unexpected description, descriptions are supported only on type definitions.", 1, 1),
        ("type T { }", "Expected Name, found \"}\".", 1, 10),
        ("type T { a }", "Expected \":\", found \"}\".", 1, 12),
        ("type T implements A, B { a: Int }", "Unexpected Name \"B\".", 1, 22),
        ("union U = A |", "Expected Name, found <EOF>.", 1, 14),
        ("enum E { true }", "Name \"true\" is reserved and cannot be used for an enum value.", 1, 10),
        ("enum E { \"null\" }", "Expected Name, found \"}\".", 1, 17),
        ("schema { queries: Q }", "Unexpected Name \"queries\".", 1, 10),
        ("schema { query: [Q] }", "Expected Name, found \"[\".", 1, 17),
        ("directive @dir on FIELDS", "Unexpected Name \"FIELDS\".", 1, 19),
        ("directive @dir on repeatable FIELD", "Unexpected Name \"repeatable\".", 1, 19),
        ("extend foo T", "Unexpected Name \"foo\".", 1, 8),
        ("extend schema", "Unexpected <EOF>.", 1, 14),
        ("extend scalar S", "Unexpected <EOF>.", 1, 16),
        ("extend type T", "Unexpected <EOF>.", 1, 14),
        ("extend interface I", "Unexpected <EOF>.", 1, 19),
        ("extend union U", "Unexpected <EOF>.", 1, 15),
        ("extend enum E", "Unexpected <EOF>.", 1, 14),
        ("extend input I", "Unexpected <EOF>.", 1, 15),
        ("type T { a: Int = 1 }", "Expected Name, found \"=\".", 1, 17),
        ("{ f(a: $) }", "Expected Name, found \")\".", 1, 9),
        ("{ f(a: ...) }", "Unexpected \"...\".", 1, 8),
        ("enum E { \"a\" \"true\" }", "String \"true\" is reserved and cannot be used for an enum value.", 1, 14),
        ("", "Unexpected <EOF>.", 1, 1),
        ("# only a comment\n", "Unexpected <EOF>.", 2, 1),
        ("{\n  a\n}}", "Unexpected \"}\".", 3, 2),
    ] as [(String, String, Int, Int)])
    func reportsSyntaxErrors(text: String, message: String, line: Int, column: Int) {
        #expect(throws: Self.error(message, line, column)) { try Parser.parse(text) }
    }

    @Test("reports the first error in reading order, as graphql-js' lazy lexer does")
    func reportsFirstError() {
        // The parser fails on the second "}" before the lexer reaches the "?".
        #expect(throws: Self.error("Unexpected \"}\".", 1, 7)) { try Parser.parse("{ a } } ?") }
        // A description makes the parser look one token ahead, into the bad number.
        #expect(throws: Self.error("Invalid number, unexpected digit after 0: \"1\".", 1, 6)) {
            try Parser.parse("\"d\" 01")
        }
    }

    @Test("stops after maxTokens tokens with graphql-js' message")
    func limitsTokens() throws {
        let text = "{ a b c }"  // five tokens
        _ = try Parser.parse(Source(text), options: ParseOptions(maxTokens: 5))
        #expect(throws: Self.error("Document contains more that 4 tokens. Parsing aborted.", 1, 9)) {
            try Parser.parse(Source(text), options: ParseOptions(maxTokens: 4))
        }
    }

    /// Depth counts every enclosing selection set, list or object value and list type.
    @Test("stops past maxDepth in selection sets, list values, object values and list types", arguments: [
        (String(repeating: "{ a ", count: 4) + String(repeating: "}", count: 4), 1, 13),
        ("{ f(a: [[[1]]]) }", 1, 10),
        ("{ f(a: {b: {c: {d: 1}}}) }", 1, 16),
        ("{ f(a: [{b: [1]}]) }", 1, 13),
        ("query Q($a: [[[[Int]]]]) { a }", 1, 16),
    ] as [(String, Int, Int)])
    func limitsDepth(text: String, line: Int, column: Int) throws {
        _ = try Parser.parse(Source(text), options: ParseOptions(maxDepth: 4))
        #expect(throws: Self.error("Document is nested deeper than 3 levels. Parsing aborted.", line, column)) {
            try Parser.parse(Source(text), options: ParseOptions(maxDepth: 3))
        }
    }

    @Test("ends a hostile deeply nested document with an error, not a crash")
    func survivesDeepNesting() {
        let depth = 100_000
        let text = String(repeating: "{ a ", count: depth) + String(repeating: "}", count: depth)
        #expect(throws: Self.error("Document is nested deeper than 128 levels. Parsing aborted.", 1, 513)) {
            try Parser.parse(text)
        }
        let list = "{ f(a: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + ") }"
        #expect(throws: Self.error("Document is nested deeper than 128 levels. Parsing aborted.", 1, 135)) {
            try Parser.parse(list)
        }
    }
}
