/// Prints AST nodes in the canonical form graphql-js' `print` produces, so that
/// `Parser.parse(Printer.print(document)) == document` for every document.
///
/// Selection sets and field lists are indented by two spaces per level; a field's arguments go on
/// separate lines when the single-line form would be longer than 80 characters; block strings keep
/// their form (``BlockString/print(_:)``).
public enum Printer {
    /// A whole document: its definitions separated by blank lines, without a trailing newline.
    public static func print(_ document: Document) -> String {
        var out = PrintBuffer()
        for (i, definition) in document.definitions.enumerated() {
            if i > 0 { out.write("\n\n") }
            if i > 0, case let .operation(o) = definition, endsOpenToBrace(document.definitions[i - 1]) {
                out.operationDefinition(o, forceKeyword: true)
            } else {
                out.definition(definition)
            }
        }
        return out.text
    }

    /// Whether `definition` prints ending where a `{` would be read as its own body (a type,
    /// enum or input object without fields or values, or `extend schema` without operation
    /// types). A query shorthand after it is printed as `query { … }`, the one place where this
    /// printer departs from graphql-js, whose output would read back differently there.
    static func endsOpenToBrace(_ definition: Definition) -> Bool {
        switch definition {
        case .operation, .fragment, .typeSystem(.directive), .typeSystem(.schema),
             .typeSystem(.type(.scalar)), .typeSystem(.type(.union)), .typeSystemExtension(.scalar),
             .typeSystemExtension(.union):
            false
        case let .typeSystem(.type(.object(x))), let .typeSystemExtension(.object(x)): x.fields.isEmpty
        case let .typeSystem(.type(.interface(x))), let .typeSystemExtension(.interface(x)): x.fields.isEmpty
        case let .typeSystem(.type(.enumType(x))), let .typeSystemExtension(.enumType(x)): x.values.isEmpty
        case let .typeSystem(.type(.inputObject(x))), let .typeSystemExtension(.inputObject(x)): x.fields.isEmpty
        case let .typeSystemExtension(.schema(x)): x.operationTypes.isEmpty
        }
    }

    /// One definition of a document.
    public static func print(_ definition: Definition) -> String {
        var out = PrintBuffer()
        out.definition(definition)
        return out.text
    }

    /// A value literal, e.g. `{a: [1, "x"]}` (used in error messages such as
    /// `Expected value of type "Int", found "abc".`).
    public static func print(_ value: Value) -> String {
        var out = PrintBuffer()
        out.value(value)
        return out.text
    }

    /// A type reference, e.g. `[String!]!`.
    public static func print(_ type: TypeNode) -> String {
        var out = PrintBuffer()
        out.type(type)
        return out.text
    }

    /// A selection set, e.g. `{\n  a\n}`.
    public static func print(_ selectionSet: SelectionSet) -> String {
        var out = PrintBuffer()
        out.selectionSet(selectionSet)
        return out.text
    }

    /// A directive, e.g. `@include(if: $x)`.
    public static func print(_ directive: Directive) -> String {
        var out = PrintBuffer()
        out.directive(directive)
        return out.text
    }

    /// A string as a (non-block) GraphQL string literal, with graphql-js' escapes.
    public static func printString(_ value: String) -> String {
        var out = PrintBuffer()
        out.string(value)
        return out.text
    }
}

/// The output buffer of the ``Printer``: UTF-8 bytes and the current indentation.
///
/// Every line break written while `indentLevel` is above zero is followed by two spaces per
/// level, which is what graphql-js' nested `indent()` calls amount to.
struct PrintBuffer {
    var bytes: [UInt8] = []
    var indentLevel = 0

    init() { bytes.reserveCapacity(256) }

    var text: String { String(decoding: bytes, as: UTF8.self) }

    mutating func write(_ text: StaticString) {
        text.withUTF8Buffer { raw in
            for byte in raw {
                bytes.append(byte)
                if byte == 0x0A { writeIndentation() }
            }
        }
    }

    /// Writes `text`, indenting after each `\n` in it.
    mutating func write(_ text: String) {
        for byte in text.utf8 {
            bytes.append(byte)
            if byte == 0x0A { writeIndentation() }
        }
    }

    /// Writes a name or other text known to hold no line break.
    mutating func writeName(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    mutating func newline() {
        bytes.append(0x0A)
        writeIndentation()
    }

    private mutating func writeIndentation() {
        for _ in 0..<(indentLevel * 2) { bytes.append(0x20) }
    }

    /// `{` items on their own indented lines `}` (graphql-js' `block`); nothing for no items.
    mutating func block<T>(_ items: [T], _ item: (inout PrintBuffer, T) -> Void) {
        guard !items.isEmpty else { return }
        bytes.append(0x7B)
        indentLevel += 1
        for element in items {
            newline()
            item(&self, element)
        }
        indentLevel -= 1
        newline()
        bytes.append(0x7D)
    }

    /// Items separated by `separator`.
    mutating func join<T>(_ items: [T], _ separator: StaticString, _ item: (inout PrintBuffer, T) -> Void) {
        for (i, element) in items.enumerated() {
            if i > 0 { write(separator) }
            item(&self, element)
        }
    }

    /// ` @a @b` — a space, then the directives, if there are any.
    mutating func directives(_ directives: [Directive]) {
        for d in directives {
            bytes.append(0x20)
            directive(d)
        }
    }

    /// `@name(args)`
    mutating func directive(_ directive: Directive) {
        bytes.append(0x40)
        writeName(directive.name.value)
        arguments(directive.arguments)
    }

    /// `(a: 1, b: 2)` if there are arguments.
    mutating func arguments(_ arguments: [Argument]) {
        guard !arguments.isEmpty else { return }
        bytes.append(0x28)
        join(arguments, ", ") { $0.argument($1) }
        bytes.append(0x29)
    }

    mutating func argument(_ argument: Argument) {
        writeName(argument.name.value)
        write(": ")
        value(argument.value)
    }

    /// The number of UTF-16 code units written since `mark`, not counting the indentation after
    /// line breaks (graphql-js measures lines before indenting them).
    func unindentedLength(since mark: Int) -> Int {
        var units = 0
        var breaks = 0
        for i in mark..<bytes.count {
            let byte = bytes[i]
            if byte & 0xC0 != 0x80 { units += 1 }
            if byte >= 0xF0 { units += 1 }
            if byte == 0x0A { breaks += 1 }
        }
        return units - breaks * indentLevel * 2
    }

    /// Whether a line break was written since `mark`.
    func hasLineBreak(since mark: Int) -> Bool {
        bytes[mark...].contains(0x0A)
    }
}
