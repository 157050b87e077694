/// The kinds of lexical tokens (spec: Tokens, Punctuator).
///
/// ``description`` is the name graphql-js uses in syntax errors: punctuators in quotes
/// (`"{"`), the others by kind (`Name`, `Int`, `<EOF>`).
public enum TokenKind: UInt8, Sendable, Hashable, CustomStringConvertible {
    case sof, eof
    case bang, dollar, amp, parenL, parenR, spread, colon, equals, at
    case bracketL, bracketR, braceL, pipe, braceR
    case name, int, float, string, blockString

    public var description: String {
        switch self {
        case .sof: "<SOF>"
        case .eof: "<EOF>"
        case .bang: "\"!\""
        case .dollar: "\"$\""
        case .amp: "\"&\""
        case .parenL: "\"(\""
        case .parenR: "\")\""
        case .spread: "\"...\""
        case .colon: "\":\""
        case .equals: "\"=\""
        case .at: "\"@\""
        case .bracketL: "\"[\""
        case .bracketR: "\"]\""
        case .braceL: "\"{\""
        case .pipe: "\"|\""
        case .braceR: "\"}\""
        case .name: "Name"
        case .int: "Int"
        case .float: "Float"
        case .string: "String"
        case .blockString: "BlockString"
        }
    }

    /// Whether tokens of this kind carry a value (names, numbers and strings do).
    var hasValue: Bool { rawValue >= TokenKind.name.rawValue }
}

/// One lexical token: its kind and the byte range `start..<end` it covers in the source.
///
/// A token holds no text; ``Lexer/value(of:)`` decodes the value (names, numbers, strings after
/// escapes and block-string dedent) only when the parser needs it.
public struct Token: Sendable, Hashable {
    public var kind: TokenKind
    public var start: Int
    public var end: Int

    @inline(__always)
    public init(_ kind: TokenKind, start: Int, end: Int) {
        self.kind = kind
        self.start = start
        self.end = end
    }
}

/// A syntax error found by the lexer or the parser, before it is given a line and column.
///
/// `description` is graphql-js' wording without the `Syntax Error: ` prefix; `offset` is the
/// byte offset the error points at.
struct SyntaxError: Error {
    var offset: Int
    var description: String

    init(_ description: String, at offset: Int) {
        self.offset = offset
        self.description = description
    }

    /// The error as a ``GraphQLError`` with its line and column in `source`.
    func graphQLError(in source: Source) -> GraphQLError {
        GraphQLError("Syntax Error: " + description, locations: [source.location(ofOffset: offset)])
    }
}
