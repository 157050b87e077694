import Testing
@testable import GraphQLEngine

/// Lookups on a built schema: types, roots, directives, abstract types, meta-fields.
@Suite("GraphQLSchema")
struct GraphQLSchemaTests {
    static let sdl = """
        interface Node { id: ID! }
        interface Resource implements Node { id: ID! url: String }
        type Photo implements Resource & Node { id: ID! url: String }
        type User implements Node { id: ID! name: String }
        union SearchResult = Photo | User
        enum Color { RED GREEN @deprecated(reason: "no") }
        input Filter @oneOf { id: ID name: String }
        scalar Date @specifiedBy(url: "https://example.com/date")
        directive @tag(name: String!) repeatable on FIELD_DEFINITION | OBJECT
        type Query { node(id: ID!): Node search(f: Filter): [SearchResult!]! color: Color date: Date }
        type Mutation { touch: Boolean }
        """

    let schema: GraphQLSchema

    init() throws {
        schema = try GraphQLSchema(sdl: Self.sdl)
    }

    @Test("every schema holds the introspection types and the scalars they use")
    func introspectionTypes() throws {
        for name in GraphQLSchema.introspectionTypeNames + ["String", "Boolean"] {
            #expect(schema.type(named: name) != nil, "\(name)")
        }
        #expect(schema.type(named: "Float") == nil)
        #expect(schema.type(named: "Int") == nil)
        #expect(schema.type(named: "__Type")?.field(named: "isOneOf")?.type == .named("Boolean"))
    }

    @Test("types are listed in graphql-js order: definitions, then referenced built-ins, then introspection")
    func typeOrder() {
        #expect(schema.typeNames == [
            "Node", "ID", "Resource", "String", "Photo", "User", "SearchResult", "Color", "Filter", "Date",
            "Query", "Mutation", "Boolean", "__Schema", "__Type", "__TypeKind", "__Field", "__InputValue",
            "__EnumValue", "__Directive", "__DirectiveLocation",
        ])
    }

    @Test("root types")
    func roots() {
        #expect(schema.queryTypeName == "Query")
        #expect(schema.mutationTypeName == "Mutation")
        #expect(schema.subscriptionTypeName == nil)
        #expect(schema.rootType(for: .query)?.name == "Query")
        #expect(schema.rootType(for: .subscription) == nil)
    }

    @Test("directives: the schema's own, then the built-ins")
    func directives() throws {
        #expect(schema.directives.map(\.name) == ["tag", "include", "skip", "deprecated", "specifiedBy", "oneOf"])
        let tag = try #require(schema.directive(named: "tag"))
        #expect(tag.isRepeatable)
        #expect(tag.locations == [.fieldDefinition, .object])
        #expect(tag.argument(named: "name")?.type == .nonNull(.named("String")))
        #expect(schema.directive(named: "deprecated")?.argument(named: "reason")?.defaultValue
            == .string(StringValue("No longer supported")))
    }

    @Test("possible types, implementations and subtypes")
    func abstractTypes() {
        #expect(schema.possibleTypes(of: "Node") == ["Photo", "User"])
        #expect(schema.possibleTypes(of: "Resource") == ["Photo"])
        #expect(schema.possibleTypes(of: "SearchResult") == ["Photo", "User"])
        #expect(schema.possibleTypes(of: "Photo") == [])
        #expect(schema.implementations(of: "Node") == .init(objects: ["Photo", "User"], interfaces: ["Resource"]))
        #expect(schema.isSubType(abstract: "Node", maybeSub: "Resource"))
        #expect(schema.isSubType(abstract: "Node", maybeSub: "User"))
        #expect(!schema.isSubType(abstract: "Resource", maybeSub: "User"))
        #expect(schema.isSubType(abstract: "SearchResult", maybeSub: "Photo"))
        #expect(!schema.isSubType(abstract: "SearchResult", maybeSub: "Node"))
    }

    @Test("meta-fields: __schema and __type on the query root, __typename on composite types")
    func metaFields() {
        #expect(schema.fieldDefinition(parentType: "Query", fieldName: "__schema")?.type == .nonNull(.named("__Schema")))
        #expect(schema.fieldDefinition(parentType: "Query", fieldName: "__type")?.argument(named: "name") != nil)
        #expect(schema.fieldDefinition(parentType: "Mutation", fieldName: "__schema") == nil)
        #expect(schema.fieldDefinition(parentType: "SearchResult", fieldName: "__typename")?.type == .nonNull(.named("String")))
        #expect(schema.fieldDefinition(parentType: "Node", fieldName: "__typename") != nil)
        #expect(schema.fieldDefinition(parentType: "Color", fieldName: "__typename") == nil)
        #expect(schema.fieldDefinition(parentType: "Node", fieldName: "id")?.type == .nonNull(.named("ID")))
        #expect(schema.fieldDefinition(parentType: "SearchResult", fieldName: "id") == nil)
        #expect(schema.fieldDefinition(parentType: "Nope", fieldName: "__typename") == nil)
    }

    @Test("what introspection reports: deprecations, specifiedByURL, oneOf, kinds")
    func introspectionFacts() throws {
        guard case let .enumType(color)? = schema.type(named: "Color") else { Issue.record("Color"); return }
        #expect(color.value(named: "GREEN")?.deprecationReason == "no")
        #expect(color.value(named: "RED")?.isDeprecated == false)
        guard case let .scalar(date)? = schema.type(named: "Date") else { Issue.record("Date"); return }
        #expect(date.specifiedByURL == "https://example.com/date")
        guard case let .inputObject(filter)? = schema.type(named: "Filter") else { Issue.record("Filter"); return }
        #expect(filter.isOneOf)
        #expect(filter.fields.names == ["id", "name"])
        #expect(schema.type(named: "SearchResult")?.kind == "UNION")
        #expect(schema.type(named: "SearchResult")?.isAbstract == true)
        #expect(schema.type(named: "Filter")?.isInputType == true)
        #expect(schema.type(named: "Filter")?.isOutputType == false)
        #expect(schema.type(named: "Color")?.isLeaf == true)
    }

    @Test("a custom scalar's coercion can be replaced")
    func setCoercion() throws {
        var schema = schema
        schema.setCoercion(ScalarCoercion(
            serialize: { value throws(CoercionError) in
                guard case let .string(s) = value else { throw CoercionError("Date cannot represent \(value.inspected)") }
                return .string("D:" + s)
            },
            parseValue: { value throws(CoercionError) in value },
            parseLiteral: { literal throws(CoercionError) in ScalarCoercion.untypedValue(of: literal) }),
            forScalar: "Date")
        guard case let .scalar(date)? = schema.type(named: "Date") else { Issue.record("Date"); return }
        #expect(try date.coercion.serialize(.string("x")) == .string("D:x"))
        #expect(throws: CoercionError("Date cannot represent 1")) { try date.coercion.serialize(.int(1)) }
    }

    @Test("a custom scalar's parse hook decides which default literals are valid")
    func customScalarHooks() throws {
        var schema = try GraphQLSchema(sdl: Parser.parse("scalar Money type Query { f(m: Money = \"1.50\", n: Money = 3): Int }"))
        schema.setCoercion(ScalarCoercion(
            serialize: { value throws(CoercionError) in value },
            parseValue: { value throws(CoercionError) in value },
            parseLiteral: { literal throws(CoercionError) in
                guard case let .string(s) = literal else { throw CoercionError("Money must be a string") }
                return .string(s.value)
            }),
            forScalar: "Money")
        let field = try #require(schema.fieldDefinition(parentType: "Query", fieldName: "f"))
        #expect(schema.printDefaultValue(try #require(field.argument(named: "m"))) == "\"1.50\"")
        #expect(schema.printDefaultValue(try #require(field.argument(named: "n"))) == nil)
    }

    @Test("a schema assembled in code collects referenced built-ins")
    func assembledInCode() {
        let query = GraphQLObjectType(name: "Query", fields: [GraphQLField(name: "n", type: .named("Float"))])
        let schema = GraphQLSchema(query: "Query", types: [.object(query)])
        #expect(schema.typeNames.prefix(4) == ["Query", "Float", "Boolean", "String"])
        #expect(validateSchema(schema).isEmpty)
    }
}
