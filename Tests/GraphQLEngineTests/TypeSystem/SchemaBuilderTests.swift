import Testing
@testable import GraphQLEngine

/// Building and extending schemas from SDL, with errors stated in full.
@Suite("Schema building")
struct SchemaBuilderTests {
    struct ExpectedError: Equatable, CustomStringConvertible {
        var message: String
        var locations: [GraphQLEngine.SourceLocation]
        init(_ message: String, at locations: (Int, Int)...) {
            self.message = message
            self.locations = locations.map { GraphQLEngine.SourceLocation(line: $0.0, column: $0.1) }
        }
        init(_ error: GraphQLError) {
            message = error.message
            locations = error.locations
        }
        var description: String { "\(message) \(locations.map { "\($0.line):\($0.column)" })" }
    }

    func errors(_ sdl: String) -> [ExpectedError] {
        do {
            _ = try GraphQLSchema(sdl: sdl)
            return []
        } catch {
            return error.errors.map(ExpectedError.init)
        }
    }

    @Test("extensions of every kind apply in document order")
    func extensions() throws {
        let schema = try GraphQLSchema(sdl: """
            extend type Query { b: Int }
            type Query { a: Int }
            extend type Query implements Node { id: ID! }
            interface Node { id: ID! }
            enum E { A }
            extend enum E { B }
            union U = Query
            extend union U = Other
            type Other { o: Int }
            input In { x: Int }
            extend input In { y: Int }
            scalar S
            extend scalar S @specifiedBy(url: "u")
            """)
        #expect(schema.type(named: "Query")?.fields?.names == ["a", "b", "id"])
        #expect(schema.type(named: "Query")?.interfaces == ["Node"])
        guard case let .enumType(e)? = schema.type(named: "E"), case let .union(u)? = schema.type(named: "U"),
              case let .inputObject(i)? = schema.type(named: "In"), case let .scalar(s)? = schema.type(named: "S")
        else { Issue.record("kinds"); return }
        #expect(e.values.map(\.name) == ["A", "B"])
        #expect(u.possibleTypes == ["Query", "Other"])
        #expect(i.fields.names == ["x", "y"])
        // As in graphql-js, a type defined in the same document takes @specifiedBy from its definition only.
        #expect(s.specifiedByURL == nil)
        #expect(s.extensionASTNodes.count == 1)
    }

    @Test("extendSchema adds types, fields and directives to a built schema")
    func extendSchemaAddsDefinitions() throws {
        let base = try GraphQLSchema(sdl: "type Query { a: Int } enum E { A }")
        let extended = try extendSchema(base, Parser.parse("""
            extend type Query { b: E n: New }
            extend enum E { B }
            type New { x: Float }
            directive @d on FIELD
            extend schema { mutation: New }
            """))
        #expect(extended.typeNames == [
            "Query", "Int", "E", "Boolean", "String", "__Schema", "__Type", "__TypeKind", "__Field", "__InputValue",
            "__EnumValue", "__Directive", "__DirectiveLocation", "New", "Float",
        ])
        #expect(extended.type(named: "Query")?.fields?.names == ["a", "b", "n"])
        #expect(extended.typeNames.contains("New") && extended.typeNames.contains("Float"))
        #expect(extended.mutationTypeName == "New")
        #expect(extended.directives.map(\.name) == ["include", "skip", "deprecated", "specifiedBy", "oneOf", "d"])
        #expect(printSchema(extended) == """
            schema {
              query: Query
              mutation: New
            }

            directive @d on FIELD

            type Query {
              a: Int
              b: E
              n: New
            }

            enum E {
              A
              B
            }

            type New {
              x: Float
            }
            """)
    }

    @Test("extendSchema rejects redefinitions with graphql-js' messages")
    func extendSchemaErrors() throws {
        let base = try GraphQLSchema(sdl: "type Query { a: Int } enum E { A } directive @d on FIELD")
        let document = try Parser.parse("""
            type Query { b: Int }
            extend type Query { a: Int }
            extend enum E { A }
            directive @d on FIELD
            schema { query: Query }
            """)
        #expect(throws: SchemaBuildError.self) { try extendSchema(base, document) }
        do {
            _ = try extendSchema(base, document)
        } catch {
            #expect(error.errors.map(ExpectedError.init) == [
                ExpectedError("Type \"Query\" already exists in the schema. It cannot also be defined in this type definition.", at: (1, 6)),
                ExpectedError("Field \"Query.a\" already exists in the schema. It cannot also be defined in this type extension.", at: (2, 21)),
                ExpectedError("Enum value \"E.A\" already exists in the schema. It cannot also be defined in this type extension.", at: (3, 17)),
                ExpectedError("Directive \"@d\" already exists in the schema. It cannot be redefined.", at: (4, 12)),
                ExpectedError("Cannot define a new schema within a schema extension.", at: (5, 1)),
                ExpectedError("Type for query already defined in the schema. It cannot be redefined.", at: (5, 10)),
            ])
        }
    }

    @Test("SDL rule errors", arguments: [
        ("type Query { a: Foo }", [ExpectedError("Unknown type \"Foo\".", at: (1, 17))]),
        ("type Query { a: Int @deprecated @deprecated }",
         [ExpectedError("The directive \"@deprecated\" can only be used once at this location.", at: (1, 21), (1, 33))]),
        ("type Query { a: Int } extend interface Query { b: Int }",
         [ExpectedError("Cannot extend non-interface type \"Query\".", at: (1, 1), (1, 23))]),
        ("type Query { a: Int } extend type Querry { b: Int }",
         [ExpectedError("Cannot extend type \"Querry\" because it is not defined. Did you mean \"Query\"?", at: (1, 35))]),
        ("scalar S @specifiedBy type Query { s: S }",
         [ExpectedError("Directive \"@specifiedBy\" argument \"url\" of type \"String!\" is required, but it was not provided.", at: (1, 10))]),
        ("type Query @oneOf { a: Int }", [ExpectedError("Directive \"@oneOf\" may not be used on OBJECT.", at: (1, 12))]),
    ])
    func sdlErrors(sdl: String, expected: [ExpectedError]) {
        #expect(errors(sdl) == expected)
    }

    @Test("build errors from directive arguments", arguments: [
        ("type Query { a: Int @deprecated(reason: 1) }", [ExpectedError("Argument \"reason\" has invalid value 1.", at: (1, 41))]),
        ("scalar S @specifiedBy(url: null) type Query { s: S }",
         [ExpectedError("Argument \"url\" of non-null type \"String!\" must not be null.", at: (1, 28))]),
    ])
    func buildErrors(sdl: String, expected: [ExpectedError]) {
        #expect(errors(sdl) == expected)
    }

    @Test("type validation errors", arguments: [
        ("type Foo { a: Int }", [ExpectedError("Query root type must be provided.")]),
        ("interface I { a: Int! } type Query implements I { a: Int }",
         [ExpectedError("Interface field I.a expects type Int! but Query.a is type Int.", at: (1, 18), (1, 54))]),
        ("input A { b: A! } type Query { f(a: A): Int }",
         [ExpectedError("Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"b\".", at: (1, 11))]),
        ("input O @oneOf { a: Int! b: Int = 1 } type Query { f(o: O): Int }",
         [ExpectedError("OneOf input field O.a must be nullable.", at: (1, 21)),
          ExpectedError("OneOf input field O.b cannot have a default value.", at: (1, 26))]),
        ("interface I { a: Int } union U = Query type Query implements I { a: Int u: U }", []),
    ])
    func typeErrors(sdl: String, expected: [ExpectedError]) {
        #expect(errors(sdl) == expected)
    }

    @Test("a syntax error is reported as the only error")
    func syntaxError() {
        #expect(errors("type Query { a: }") == [ExpectedError("Syntax Error: Expected Name, found \"}\".", at: (1, 17))])
    }

    @Test("without a schema definition the roots are the types named Query, Mutation and Subscription")
    func defaultRoots() throws {
        let schema = try GraphQLSchema(sdl: "type Query { a: Int } type Mutation { b: Int } type Other { c: Int }")
        #expect(schema.queryTypeName == "Query" && schema.mutationTypeName == "Mutation")
        #expect(schema.subscriptionTypeName == nil)
        let custom = try GraphQLSchema(sdl: "schema { query: Other } type Query { a: Int } type Other { c: Int }")
        #expect(custom.queryTypeName == "Other")
    }
}
