import Testing
@testable import GraphQLEngine

/// The canonical SDL layout (graphql-js `printSchema`), stated in full for one schema of each feature.
@Suite("Schema printer")
struct SchemaPrinterTests {
    @Test("prints directives, then types in definition order, without built-ins")
    func canonicalLayout() throws {
        let schema = try GraphQLSchema(sdl: """
            "Root"
            schema { query: Root }
            directive @tag("the name" name: String! = "t") repeatable on FIELD_DEFINITION | ENUM_VALUE
            type Root implements Node { id: ID! list(first: Int = 10, after: String, size: Size = M): [Item!]! @tag old: Int @deprecated }
            interface Node { id: ID! }
            union Item = Root
            enum Size { "small" S @deprecated(reason: "too small") M L }
            input Pick @oneOf { a: Int b: Size }
            scalar Date @specifiedBy(url: "https://example.com")
            """)
        #expect(printSchema(schema) == #"""
            """Root"""
            schema {
              query: Root
            }

            directive @tag(
              """the name"""
              name: String! = "t"
            ) repeatable on FIELD_DEFINITION | ENUM_VALUE

            type Root implements Node {
              id: ID!
              list(first: Int = 10, after: String, size: Size = M): [Item!]!
              old: Int @deprecated
            }

            interface Node {
              id: ID!
            }

            union Item = Root

            enum Size {
              """small"""
              S @deprecated(reason: "too small")
              M
              L
            }

            input Pick @oneOf {
              a: Int
              b: Size
            }

            scalar Date @specifiedBy(url: "https://example.com")
            """#)
    }

    @Test("a schema assembled in code prints its defaults and descriptions")
    func assembledInCode() {
        let query = GraphQLObjectType(name: "Query", description: "line one\nline two", fields: [
            GraphQLField(name: "f", arguments: [GraphQLArgument(name: "x", type: .named("Float"), defaultValue: .int(IntValue("2")))],
                         type: .named("String"), deprecationReason: "No longer supported"),
        ])
        let schema = GraphQLSchema(query: "Query", types: [.object(query)])
        #expect(printSchema(schema) == "\"\"\"\nline one\nline two\n\"\"\"\ntype Query {\n  f(x: Float = 2): String @deprecated\n}")
    }
}
