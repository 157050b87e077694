import Testing
@testable import GraphQLEngine

/// The type system language (spec: Type System, Type System Extensions), production by production.
@Suite("Parser: type system")
struct ParserTypeSystemTests {
    static func definition(_ text: String) throws -> Definition {
        let document = try Parser.parse(text)
        #expect(document.definitions.count == 1)
        return document.definitions[0]
    }

    static func named(_ name: String) -> NamedType { NamedType(name: Name(name)) }
    static func type(_ name: String) -> TypeNode { .named(named(name)) }

    @Test("parses a schema definition with description and directives")
    func parsesSchema() throws {
        let d = try Self.definition(#""desc" schema @d { query: Q mutation: M subscription: S }"#)
        #expect(d == .typeSystem(.schema(SchemaDefinition(
            description: StringValue("desc"), directives: [Directive(name: Name("d"))],
            operationTypes: [OperationTypeDefinition(operation: .query, type: Self.named("Q")),
                             OperationTypeDefinition(operation: .mutation, type: Self.named("M")),
                             OperationTypeDefinition(operation: .subscription, type: Self.named("S"))]))))
    }

    @Test("parses a scalar")
    func parsesScalar() throws {
        #expect(try Self.definition(#"scalar Date @specifiedBy(url: "u")"#) == .typeSystem(.type(.scalar(
            ScalarTypeDefinition(name: Name("Date"), directives: [Directive(name: Name("specifiedBy"), arguments: [
                Argument(name: Name("url"), value: .string(StringValue("u")))])])))))
    }

    @Test("parses object and interface types with interfaces, fields, arguments and descriptions")
    func parsesObjectAndInterface() throws {
        let fields = [
            FieldDefinition(description: StringValue("the id", block: true), name: Name("id"),
                            type: .nonNull(Self.type("ID"), loc: .synthetic)),
            FieldDefinition(name: Name("friends"), arguments: [
                InputValueDefinition(description: StringValue("how many"), name: Name("first"), type: Self.type("Int"),
                                     defaultValue: .int(IntValue("10")), directives: [Directive(name: Name("d"))]),
            ], type: .list(Self.type("User"), loc: .synthetic), directives: [Directive(name: Name("deprecated"))]),
        ]
        let body = #"implements & Node & Entity @key { """the id""" id: ID! friends("how many" first: Int = 10 @d): [User] @deprecated }"#
        #expect(try Self.definition("type User " + body) == .typeSystem(.type(.object(ObjectTypeDefinition(
            name: Name("User"), interfaces: [Self.named("Node"), Self.named("Entity")],
            directives: [Directive(name: Name("key"))], fields: fields)))))
        #expect(try Self.definition("interface User " + body) == .typeSystem(.type(.interface(InterfaceTypeDefinition(
            name: Name("User"), interfaces: [Self.named("Node"), Self.named("Entity")],
            directives: [Directive(name: Name("key"))], fields: fields)))))
        #expect(try Self.definition("type Empty") == .typeSystem(.type(.object(ObjectTypeDefinition(name: Name("Empty"))))))
    }

    @Test("parses unions, enums and input objects")
    func parsesUnionEnumInput() throws {
        #expect(try Self.definition("union U @d = | A | B") == .typeSystem(.type(.union(UnionTypeDefinition(
            name: Name("U"), directives: [Directive(name: Name("d"))], types: [Self.named("A"), Self.named("B")])))))
        #expect(try Self.definition(#"enum E { "red" RED @x GREEN }"#) == .typeSystem(.type(.enumType(EnumTypeDefinition(
            name: Name("E"), values: [EnumValueDefinition(description: StringValue("red"), name: Name("RED"),
                                                          directives: [Directive(name: Name("x"))]),
                                      EnumValueDefinition(name: Name("GREEN"))])))))
        #expect(try Self.definition("input I { a: [Int!] = [1] b: I }") == .typeSystem(.type(.inputObject(
            InputObjectTypeDefinition(name: Name("I"), fields: [
                InputValueDefinition(name: Name("a"), type: .list(.nonNull(Self.type("Int"), loc: .synthetic), loc: .synthetic),
                                     defaultValue: .list(ListValue([.int(IntValue("1"))]))),
                InputValueDefinition(name: Name("b"), type: Self.type("I")),
            ])))))
    }

    @Test("parses directive definitions, repeatable or not")
    func parsesDirectiveDefinition() throws {
        #expect(try Self.definition(#""tag" directive @tag(name: String!) repeatable on | OBJECT | FIELD_DEFINITION"#)
            == .typeSystem(.directive(DirectiveDefinition(
                description: StringValue("tag"), name: Name("tag"),
                arguments: [InputValueDefinition(name: Name("name"), type: .nonNull(Self.type("String"), loc: .synthetic))],
                isRepeatable: true, locations: [Name("OBJECT"), Name("FIELD_DEFINITION")]))))
        guard case let .typeSystem(.directive(d)) = try Self.definition("directive @d on FIELD") else { return }
        #expect(!d.isRepeatable)
    }

    @Test("parses every extension form")
    func parsesExtensions() throws {
        let d = [Directive(name: Name("d"))]
        let cases: [(String, TypeSystemExtension)] = [
            ("extend schema @d { query: Q }", .schema(SchemaDefinition(directives: d, operationTypes: [
                OperationTypeDefinition(operation: .query, type: Self.named("Q"))]))),
            ("extend schema @d", .schema(SchemaDefinition(directives: d, operationTypes: []))),
            ("extend scalar S @d", .scalar(ScalarTypeDefinition(name: Name("S"), directives: d))),
            ("extend type T implements I", .object(ObjectTypeDefinition(name: Name("T"), interfaces: [Self.named("I")]))),
            ("extend type T @d", .object(ObjectTypeDefinition(name: Name("T"), directives: d))),
            ("extend type T { f: Int }", .object(ObjectTypeDefinition(name: Name("T"), fields: [
                FieldDefinition(name: Name("f"), type: Self.type("Int"))]))),
            ("extend interface I implements J @d", .interface(InterfaceTypeDefinition(
                name: Name("I"), interfaces: [Self.named("J")], directives: d))),
            ("extend union U = A", .union(UnionTypeDefinition(name: Name("U"), types: [Self.named("A")]))),
            ("extend union U @d", .union(UnionTypeDefinition(name: Name("U"), directives: d))),
            ("extend enum E { X }", .enumType(EnumTypeDefinition(name: Name("E"), values: [EnumValueDefinition(name: Name("X"))]))),
            ("extend enum E @d", .enumType(EnumTypeDefinition(name: Name("E"), directives: d))),
            ("extend input I { a: Int }", .inputObject(InputObjectTypeDefinition(name: Name("I"), fields: [
                InputValueDefinition(name: Name("a"), type: Self.type("Int"))]))),
            ("extend input I @d", .inputObject(InputObjectTypeDefinition(name: Name("I"), directives: d))),
        ]
        for (text, expected) in cases {
            #expect(try Self.definition(text) == .typeSystemExtension(expected), "\(text)")
        }
    }

    @Test("locates type system nodes")
    func locatesNodes() throws {
        let text = "\"d\"\ntype T {\n  f(a: Int): [T!]\n}"
        guard case let .typeSystem(.type(.object(t))) = try Self.definition(text) else { return }
        #expect((t.loc.start, t.loc.end) == (0, text.utf8.count))
        #expect((t.description!.loc.start, t.description!.loc.end) == (0, 3))
        let f = t.fields[0]
        #expect((f.loc.start, f.loc.end) == (15, 30))
        #expect((f.type.loc.start, f.type.loc.end) == (26, 30))
    }
}
