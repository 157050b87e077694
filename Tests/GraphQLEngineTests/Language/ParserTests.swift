import Testing
@testable import GraphQLEngine

/// The executable grammar (spec: Document, Operations, Selection Sets, Fragments, Input Values),
/// production by production. AST equality is structural; locations are checked separately.
@Suite("Parser: executable documents")
struct ParserTests {
    static func operation(_ text: String) throws -> OperationDefinition {
        guard case let .operation(o) = try Parser.parse(text).definitions.first else {
            throw GraphQLError("not an operation")
        }
        return o
    }

    static func firstField(_ text: String) throws -> Field {
        guard case let .field(f) = try operation(text).selectionSet.selections.first else {
            throw GraphQLError("not a field")
        }
        return f
    }

    @Test("parses the query shorthand with its location")
    func parsesShorthand() throws {
        let o = try Self.operation("{ a }")
        #expect(o == OperationDefinition(operation: .query, selectionSet: SelectionSet(selections: [
            .field(Field(name: Name("a"))),
        ])))
        #expect(o.isShorthand)
        #expect((o.loc.start, o.loc.end) == (0, 5))
        #expect((o.selectionSet.selections[0].loc.start, o.selectionSet.selections[0].loc.end) == (2, 3))
    }

    @Test("parses every operation type with name, variables and directives", arguments: OperationType.allCases)
    func parsesOperationTypes(type: OperationType) throws {
        let o = try Self.operation("\(type.rawValue) Op($v: Int = 1 @d) @live { f(a: $v) }")
        #expect(o.operation == type)
        #expect(o.name?.value == "Op")
        #expect(!o.isShorthand)
        #expect(o.variableDefinitions == [VariableDefinition(
            variable: Variable(name: Name("v")), type: .named(NamedType(name: Name("Int"))),
            defaultValue: .int(IntValue("1")), directives: [Directive(name: Name("d"))])])
        #expect(o.directives == [Directive(name: Name("live"))])
        #expect(o.selectionSet.selections == [.field(Field(name: Name("f"), arguments: [
            Argument(name: Name("a"), value: .variable(Variable(name: Name("v")))),
        ]))])
    }

    @Test("parses a field with alias, arguments, directives and a selection set, with locations")
    func parsesField() throws {
        let text = "{ me: user(id: 4) @skip(if: false) { name } }"
        let f = try Self.firstField(text)
        #expect(f == Field(alias: Name("me"), name: Name("user"),
                           arguments: [Argument(name: Name("id"), value: .int(IntValue("4")))],
                           directives: [Directive(name: Name("skip"), arguments: [
                               Argument(name: Name("if"), value: .boolean(BooleanValue(false)))])],
                           selectionSet: SelectionSet(selections: [.field(Field(name: Name("name")))])))
        #expect(f.responseKey == "me")
        let bytes = Array(text.utf8)
        func slice(_ loc: Location) -> String { String(decoding: bytes[loc.start..<loc.end], as: UTF8.self) }
        #expect(slice(f.loc) == "me: user(id: 4) @skip(if: false) { name }")
        #expect(slice(f.alias!.loc) == "me")
        #expect(slice(f.arguments[0].loc) == "id: 4")
        #expect(slice(f.directives[0].loc) == "@skip(if: false)")
        #expect(slice(f.selectionSet!.loc) == "{ name }")
    }

    @Test("parses fragment spreads, inline fragments and fragment definitions")
    func parsesFragments() throws {
        let document = try Parser.parse("""
            { ...F @d ... on T { a } ... @include(if: $c) { b } ... { c } }
            fragment F on T @x { a }
            """)
        #expect(document.definitions.count == 2)
        guard case let .operation(o) = document.definitions[0], case let .fragment(f) = document.definitions[1] else {
            Issue.record("wrong definitions")
            return
        }
        let a = SelectionSet(selections: [.field(Field(name: Name("a")))])
        #expect(o.selectionSet.selections == [
            .fragmentSpread(FragmentSpread(name: Name("F"), directives: [Directive(name: Name("d"))])),
            .inlineFragment(InlineFragment(typeCondition: NamedType(name: Name("T")), selectionSet: a)),
            .inlineFragment(InlineFragment(directives: [Directive(name: Name("include"), arguments: [
                Argument(name: Name("if"), value: .variable(Variable(name: Name("c"))))])],
                                           selectionSet: SelectionSet(selections: [.field(Field(name: Name("b")))]))),
            .inlineFragment(InlineFragment(selectionSet: SelectionSet(selections: [.field(Field(name: Name("c")))]))),
        ])
        #expect(f == FragmentDefinition(name: Name("F"), typeCondition: NamedType(name: Name("T")),
                                        directives: [Directive(name: Name("x"))], selectionSet: a))
    }

    @Test("parses every kind of value literal")
    func parsesValues() throws {
        let text = #"[1, -2.5e3, "s", """b""", true, false, null, RED, $v, {a: [{}], b: []}]"#
        let value = try Parser.parseValue(Source(text))
        #expect(value == .list(ListValue([
            .int(IntValue("1")), .float(FloatValue("-2.5e3")), .string(StringValue("s")),
            .string(StringValue("b", block: true)), .boolean(BooleanValue(true)), .boolean(BooleanValue(false)),
            .null(NullValue()), .enumValue(EnumValue("RED")), .variable(Variable(name: Name("v"))),
            .object(ObjectValue([ObjectField(name: Name("a"), value: .list(ListValue([.object(ObjectValue([]))]))),
                                 ObjectField(name: Name("b"), value: .list(ListValue([])))])),
        ])))
        #expect(value.loc.start == 0)
        #expect(value.loc.end == text.utf8.count)
    }

    @Test("parseConstValue rejects variables", arguments: [
        ("$v", "Syntax Error: Unexpected variable \"$v\" in constant value.", 1, 1),
        ("[1, $v]", "Syntax Error: Unexpected variable \"$v\" in constant value.", 1, 5),
        ("{a: $1}", "Syntax Error: Unexpected \"$\".", 1, 5),
    ] as [(String, String, Int, Int)])
    func parseConstValueRejectsVariables(text: String, message: String, line: Int, column: Int) {
        #expect(throws: GraphQLError(message, locations: [SourceLocation(line: line, column: column)])) {
            try Parser.parseConstValue(Source(text))
        }
    }

    @Test("parses type references")
    func parsesTypes() throws {
        let named = TypeNode.named(NamedType(name: Name("String")))
        #expect(try Parser.parseType(Source("String")) == named)
        #expect(try Parser.parseType(Source("String!")) == .nonNull(named, loc: .synthetic))
        #expect(try Parser.parseType(Source("[String!]!")) ==
            .nonNull(.list(.nonNull(named, loc: .synthetic), loc: .synthetic), loc: .synthetic))
        let type = try Parser.parseType(Source("[[Int]!]"))
        #expect(type.namedType.name.value == "Int")
        #expect((type.loc.start, type.loc.end) == (0, 8))
        #expect(throws: GraphQLError("Syntax Error: Expected <EOF>, found \"!\".",
                                     locations: [SourceLocation(line: 1, column: 5)])) {
            try Parser.parseType(Source("Int!!"))
        }
    }

    @Test("keeps the source on the document, with lines and columns on demand")
    func keepsSource() throws {
        let document = try Parser.parse(Source("query Q {\r\n  a\r\n  b\n}", name: "q.graphql"))
        #expect(document.source?.name == "q.graphql")
        guard case let .operation(o) = document.definitions[0] else { return }
        let b = o.selectionSet.selections[1].loc
        #expect(document.source?.location(ofOffset: b.start) == SourceLocation(line: 3, column: 3))
        #expect((document.loc.start, document.loc.end) == (0, 21))
    }

    @Test("treats keywords as ordinary names where the grammar allows")
    func keywordsAsNames() throws {
        let f = try Self.firstField("{ query: fragment(on: true, null: null) { type } }")
        #expect(f.alias?.value == "query")
        #expect(f.name.value == "fragment")
        #expect(f.arguments.map(\.name.value) == ["on", "null"])
    }
}
