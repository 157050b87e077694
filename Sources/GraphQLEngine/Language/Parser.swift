/// A recursive-descent parser for GraphQL documents (spec: Document,
/// https://spec.graphql.org/October2021/#sec-Document).
///
/// Each `parse…` method is named after the grammar production it reads and quotes it. The parser
/// pulls tokens from the ``Lexer`` one at a time, as graphql-js does, so both report the same
/// first error; error wording and locations follow graphql-js.
public struct Parser {
    var lexer: Lexer
    /// The current (not yet consumed) token.
    var token: Token
    /// The token after ``token`` once ``lookahead()`` has read it.
    var peeked: Token?
    /// End offset of the last consumed token: the end of the node being built.
    var lastEnd = 0
    var tokenCount = 0
    let maxTokens: Int
    let maxDepth: Int
    var depth = 0

    init(bytes: UnsafeBufferPointer<UInt8>, options: ParseOptions) throws(SyntaxError) {
        lexer = Lexer(bytes: bytes)
        maxTokens = options.maxTokens ?? Int.max
        maxDepth = options.maxDepth
        token = Token(.sof, start: 0, end: 0)
        try advance()
    }

    // MARK: Entry points

    /// Parses a whole document (executable definitions and type system definitions alike).
    /// - Throws: a syntax error with graphql-js' message and the error's line and column.
    public static func parse(_ source: Source, options: ParseOptions = .init()) throws(GraphQLError) -> Document {
        var document = try run(source, options) { (parser: inout Parser) throws(SyntaxError) in
            try parser.parseDocument()
        }
        document.source = source
        return document
    }

    /// Parses a document given as text, named `GraphQL request`.
    public static func parse(_ text: String, options: ParseOptions = .init()) throws(GraphQLError) -> Document {
        try parse(Source(text), options: options)
    }

    /// Parses a single value literal, variables allowed (graphql-js' `parseValue`).
    public static func parseValue(_ source: Source, options: ParseOptions = .init()) throws(GraphQLError) -> Value {
        try run(source, options) { (parser: inout Parser) throws(SyntaxError) in
            let value = try parser.parseValueLiteral(isConst: false)
            try parser.expect(.eof)
            return value
        }
    }

    /// Parses a single constant value literal (graphql-js' `parseConstValue`).
    public static func parseConstValue(_ source: Source, options: ParseOptions = .init()) throws(GraphQLError) -> Value {
        try run(source, options) { (parser: inout Parser) throws(SyntaxError) in
            let value = try parser.parseValueLiteral(isConst: true)
            try parser.expect(.eof)
            return value
        }
    }

    /// Parses a type reference such as `[String!]!` (graphql-js' `parseType`).
    public static func parseType(_ source: Source, options: ParseOptions = .init()) throws(GraphQLError) -> TypeNode {
        try run(source, options) { (parser: inout Parser) throws(SyntaxError) in
            let type = try parser.parseTypeReference()
            try parser.expect(.eof)
            return type
        }
    }

    private static func run<T>(
        _ source: Source, _ options: ParseOptions, _ body: (inout Parser) throws(SyntaxError) -> T
    ) throws(GraphQLError) -> T {
        do throws(SyntaxError) {
            return try source.bytes.withUnsafeBufferPointer { (buffer) throws(SyntaxError) -> T in
                var parser = try Parser(bytes: buffer, options: options)
                return try body(&parser)
            }
        } catch {
            throw error.graphQLError(in: source)
        }
    }

    // MARK: Token machinery

    /// Consumes the current token and reads the next one, counting it against `maxTokens`.
    @inline(__always)
    mutating func advance() throws(SyntaxError) {
        lastEnd = token.end
        if let next = peeked {
            token = next
            peeked = nil
        } else {
            token = try lexer.next()
        }
        if token.kind != .eof {
            tokenCount += 1
            if tokenCount > maxTokens {
                // "more that" is graphql-js' wording, kept word for word.
                throw SyntaxError("Document contains more that \(maxTokens) tokens. Parsing aborted.",
                                  at: token.start)
            }
        }
    }

    /// The token after the current one, read without consuming anything.
    mutating func lookahead() throws(SyntaxError) -> Token {
        if let next = peeked { return next }
        if token.kind == .eof { return token }
        let next = try lexer.next()
        peeked = next
        return next
    }

    @inline(__always)
    func peek(_ kind: TokenKind) -> Bool { token.kind == kind }

    /// Consumes a token of `kind` or fails with `Expected …, found ….`.
    @inline(__always)
    @discardableResult
    mutating func expect(_ kind: TokenKind) throws(SyntaxError) -> Token {
        let current = token
        guard current.kind == kind else { throw expected(kind) }
        try advance()
        return current
    }

    @inline(never)
    func expected(_ kind: TokenKind) -> SyntaxError {
        SyntaxError("Expected \(kind), found \(describe(token)).", at: token.start)
    }

    /// Consumes a token of `kind` if it is the current one.
    @inline(__always)
    mutating func expectOptional(_ kind: TokenKind) throws(SyntaxError) -> Bool {
        guard token.kind == kind else { return false }
        try advance()
        return true
    }

    /// Consumes the name `keyword` or fails with `Expected "keyword", found ….`.
    @inline(__always)
    mutating func expectKeyword(_ keyword: StaticString) throws(SyntaxError) {
        guard isKeyword(token, keyword) else { throw expectedKeyword(keyword) }
        try advance()
    }

    @inline(never)
    func expectedKeyword(_ keyword: StaticString) -> SyntaxError {
        SyntaxError("Expected \"\(keyword)\", found \(describe(token)).", at: token.start)
    }

    /// Consumes the name `keyword` if it is the current token.
    @inline(__always)
    mutating func expectOptionalKeyword(_ keyword: StaticString) throws(SyntaxError) -> Bool {
        guard isKeyword(token, keyword) else { return false }
        try advance()
        return true
    }

    /// Whether `token` is the name `keyword`, compared byte for byte.
    @inline(__always)
    func isKeyword(_ token: Token, _ keyword: StaticString) -> Bool {
        guard token.kind == .name, token.end - token.start == keyword.utf8CodeUnitCount else { return false }
        let k = keyword.utf8Start
        for i in 0..<keyword.utf8CodeUnitCount where lexer.bytes[token.start + i] != k[i] { return false }
        return true
    }

    /// `Unexpected <token>.` at `token` (default: the current one).
    func unexpected(_ at: Token? = nil) -> SyntaxError {
        let t = at ?? token
        return SyntaxError("Unexpected \(describe(t)).", at: t.start)
    }

    /// A token as graphql-js describes it: its kind, then its value in quotes if it has one.
    func describe(_ token: Token) -> String {
        guard token.kind.hasValue, let value = lexer.value(of: token) else { return token.kind.description }
        return "\(token.kind) \"\(value)\""
    }

    /// The location of a node that started at `start` and ends with the last consumed token.
    @inline(__always)
    func loc(_ start: Int) -> Location { Location(start: start, end: lastEnd) }

    /// Enters one level of nesting, failing past `maxDepth`.
    @inline(__always)
    mutating func enterNesting() throws(SyntaxError) {
        depth += 1
        if depth > maxDepth {
            throw SyntaxError("Document is nested deeper than \(maxDepth) levels. Parsing aborted.",
                              at: token.start)
        }
    }
}
