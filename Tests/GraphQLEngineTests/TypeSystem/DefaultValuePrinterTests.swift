import Testing
@testable import GraphQLEngine

/// Default values as `__InputValue.defaultValue` and the schema printer show them: coerced to the
/// type, then printed (graphql-js `print(astFromValue(valueFromAST(literal, type), type))`).
@Suite("Default value printing")
struct DefaultValuePrinterTests {
    let schema: GraphQLSchema

    init() throws {
        schema = try GraphQLSchema(sdl: """
            enum Color { RED GREEN }
            input Inner { a: Int = 1 b: String }
            input Req { r: Int! }
            input One @oneOf { x: Int y: String }
            scalar JSON
            type Query { f(i: Inner, r: Req, o: One, j: JSON, c: Color): Int }
            """)
    }

    func printed(_ literal: String, _ type: TypeReference) throws -> String? {
        schema.printDefaultValue(try Parser.parseConstValue(Source(literal)), type: type)
    }

    @Test("coerces then prints", arguments: [
        ("1.0", TypeReference.named("Float"), "1" as String?),
        ("1.5e3", .named("Float"), "1500"),
        ("1e-7", .named("Float"), "1e-7"),
        ("7", .named("ID"), "7"),
        ("\"7\"", .named("ID"), "7"),
        ("\"x7\"", .named("ID"), "\"x7\""),
        ("\"\"\"block\"\"\"", .named("String"), "\"block\""),
        ("\"tab\\there\"", .named("String"), "\"tab\\there\""),
        ("RED", .named("Color"), "RED"),
        ("3", .list(.named("Int")), "[3]"),
        ("[1, null]", .list(.named("Int")), "[1, null]"),
        ("null", .named("Int"), "null"),
        ("{b: \"x\"}", .named("Inner"), "{a: 1, b: \"x\"}"),
        ("{}", .named("Inner"), "{a: 1}"),
        ("{a: null, z: 3}", .named("Inner"), "{a: null}"),
        ("{x: 1}", .named("One"), "{x: 1}"),
        ("{a: 1}", .named("JSON"), nil),
        ("ENUMISH", .named("JSON"), "\"ENUMISH\""),
        ("1.50", .named("JSON"), "1.5"),
    ])
    func coercesThenPrints(literal: String, type: TypeReference, expected: String?) throws {
        #expect(try printed(literal, type) == expected)
    }

    @Test("invalid defaults print nothing", arguments: [
        ("\"x\"", TypeReference.named("Int")),
        ("2147483648", .named("Int")),
        ("PURPLE", .named("Color")),
        ("\"RED\"", .named("Color")),
        ("null", .nonNull(.named("Int"))),
        ("{}", .named("Req")),
        ("[\"a\"]", .list(.named("Int"))),
        ("{x: 1, y: \"a\"}", .named("One")),
        ("{x: null}", .named("One")),
        ("{}", .named("One")),
        ("1", .named("Inner")),
    ])
    func invalidDefaults(literal: String, type: TypeReference) throws {
        #expect(try printed(literal, type) == nil)
    }

    @Test("an argument's default")
    func argumentDefault() throws {
        let reason = try #require(schema.directive(named: "deprecated")?.argument(named: "reason"))
        #expect(schema.printDefaultValue(reason) == "\"No longer supported\"")
        let field = try #require(schema.fieldDefinition(parentType: "Query", fieldName: "f"))
        let argument = try #require(field.argument(named: "i"))
        #expect(schema.printDefaultValue(argument) == nil)
    }

    @Test("a default that needs itself is dropped (graphql-js overflows its stack)")
    func selfReference() throws {
        let schema = try GraphQLSchema(sdl: "input I { a: I = {} b: Int } type Query { f(i: I = {b: 1}, j: I = {a: null}): Int }")
        guard case let .inputObject(input)? = schema.type(named: "I") else { Issue.record("I"); return }
        #expect(input.field(named: "a")?.defaultValue == nil)
        let field = try #require(schema.fieldDefinition(parentType: "Query", fieldName: "f"))
        #expect(field.argument(named: "i")?.defaultValue == nil)
        let argument = try #require(field.argument(named: "j"))
        #expect(schema.printDefaultValue(argument) == "{a: null}")
    }

    @Test("an invalid nullable field default counts as absent")
    func invalidFieldDefault() throws {
        let schema = try GraphQLSchema(sdl: "input I { a: Int = \"x\" b: Int } type Query { f(i: I = {}): Int }")
        let field = try #require(schema.fieldDefinition(parentType: "Query", fieldName: "f"))
        let argument = try #require(field.argument(named: "i"))
        #expect(schema.printDefaultValue(argument) == "{}")
    }
}
