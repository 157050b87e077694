import Testing
@testable import GraphQLEngine

/// The canonical printed form (graphql-js' `print`), case by case.
@Suite("Printer")
struct PrinterTests {
    static func reprint(_ text: String) throws -> String { Printer.print(try Parser.parse(text)) }

    @Test("prints values and types for error messages")
    func printsValuesAndTypes() throws {
        #expect(Printer.print(Value.string(StringValue("abc"))) == #""abc""#)
        #expect(Printer.print(try Parser.parseValue(Source(#"{a: [1, -2.5, "x\ny"], b: RED, c: $v, d: null, e: {}}"#)))
            == #"{a: [1, -2.5, "x\ny"], b: RED, c: $v, d: null, e: {}}"#)
        #expect(Printer.print(try Parser.parseType(Source("[ [ Int ! ] ] !"))) == "[[Int!]]!")
        #expect(Printer.print(Directive(name: Name("include"), arguments: [
            Argument(name: Name("if"), value: .variable(Variable(name: Name("c"))))])) == "@include(if: $c)")
    }

    @Test("escapes strings as graphql-js does", arguments: [
        ("plain", #""plain""#), ("q\"b\\", #""q\"b\\""#), ("\u{8}\u{C}\n\r\t", #""\b\f\n\r\t""#),
        ("\u{0}\u{1}\u{B}\u{1F}", #""\u0000\u0001\u000B\u001F""#), ("\u{7F}\u{80}\u{9F}\u{A0}", "\"\\u007F\\u0080\\u009F\u{A0}\""),
        ("/ é 😀", "\"/ é 😀\""),
    ])
    func escapesStrings(value: String, printed: String) {
        #expect(Printer.printString(value) == printed)
    }

    @Test("prints block strings as graphql-js does", arguments: [
        ("", #""""""""#),
        ("simple", #""""simple""""#),
        ("  leading space", #""""  leading space""""#),
        ("multi\nline", "\"\"\"\nmulti\nline\n\"\"\""),
        ("trailing quote\"", "\"\"\"\ntrailing quote\"\n\"\"\""),
        ("trailing slash\\", "\"\"\"\ntrailing slash\\\n\"\"\""),
        ("has \"\"\" inside", #""""has \""" inside""""#),
        ("first\n  indented", "\"\"\"\nfirst\n  indented\n\"\"\""),
        ("  both\n  indented", "\"\"\"\n  both\n  indented\n\"\"\""),
        (String(repeating: "x", count: 71), "\"\"\"\n" + String(repeating: "x", count: 71) + "\n\"\"\""),
    ])
    func printsBlockStrings(value: String, printed: String) throws {
        #expect(BlockString.print(value) == printed)
        // Values graphql-js deems printable as block strings read back unchanged.
        guard BlockString.isPrintable(value), case let .string(s) = try Parser.parseValue(Source(printed)) else { return }
        #expect(s.value == value)
    }

    @Test("decides which values are printable as block strings", arguments: [
        ("", true), ("a\nb", true), ("\na", false), ("a\n", false), ("  a\n  b", false), ("a\n  b", true),
        ("a\rb", false), ("a\u{1}b", false), ("tab\tok", true),
    ])
    func decidesPrintability(value: String, printable: Bool) {
        #expect(BlockString.isPrintable(value) == printable)
    }

    @Test("indents block strings with their selection set")
    func indentsBlockStrings() throws {
        #expect(try Self.reprint("{ a { b(t: \"\"\"\n  x\n    y\n\"\"\") } }") == """
            {
              a {
                b(t: \"\"\"
                x
                  y
                \"\"\")
              }
            }
            """)
    }

    @Test("puts arguments on their own lines past 80 characters")
    func wrapsLongArguments() throws {
        let short = "{ f(a: \"" + String(repeating: "x", count: 70) + "\") }"  // f(a: "…") is 78 long
        #expect(try Self.reprint(short) == "{\n  f(a: \"" + String(repeating: "x", count: 70) + "\")\n}")
        let long = "{ f(a: \"" + String(repeating: "x", count: 73) + "\", b: 1) }"
        #expect(try Self.reprint(long) == "{\n  f(\n    a: \"" + String(repeating: "x", count: 73) + "\"\n    b: 1\n  )\n}")
    }

    @Test("prints argument definitions on their own lines when one has a description")
    func wrapsDescribedArguments() throws {
        #expect(try Self.reprint(#"type T { f("the a" a: Int, b: Int): Int }"#) == """
            type T {
              f(
                "the a"
                a: Int
                b: Int
              ): Int
            }
            """)
    }

    @Test("prints the type system in canonical form")
    func printsTypeSystem() throws {
        #expect(try Self.reprint("""
            schema @d{query:Q}
            "s" scalar S @x
            type T implements & A&B @k { f(a:Int=1 @d):[T!]! }
            union U=|A|B
            enum E{X @deprecated Y}
            input I{a:Int=1}
            directive @d(a:Int) repeatable on|FIELD|QUERY
            extend schema @d
            extend type T @k
            """) == """
            schema @d {
              query: Q
            }

            "s"
            scalar S @x

            type T implements A & B @k {
              f(a: Int = 1 @d): [T!]!
            }

            union U = A | B

            enum E {
              X @deprecated
              Y
            }

            input I {
              a: Int = 1
            }

            directive @d(a: Int) repeatable on FIELD | QUERY

            extend schema @d

            extend type T @k
            """)
    }

    @Test("prints a query shorthand after a bodiless type as query { … } so that it reads back the same")
    func keepsShorthandApart() throws {
        let document = Document(definitions: [
            .typeSystem(.type(.enumType(EnumTypeDefinition(name: Name("E"))))),
            .operation(OperationDefinition(operation: .query, selectionSet: SelectionSet(selections: [
                .field(Field(name: Name("a")))]), isShorthand: true)),
        ])
        let printed = Printer.print(document)
        #expect(printed == "enum E\n\nquery {\n  a\n}")
        #expect(try Parser.parse(printed) == document)
    }
}
