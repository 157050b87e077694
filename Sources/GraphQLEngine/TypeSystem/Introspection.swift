/// The introspection types every schema holds, and the meta-fields `__schema`, `__type` and
/// `__typename` (spec: Introspection, https://spec.graphql.org/October2021/#sec-Introspection).
///
/// Definitions and descriptions follow graphql-js `type/introspection.js`; `__Type.isOneOf` as in
/// graphql-js 16.9. Resolving these fields is the executor's job.
extension GraphQLSchema {
    /// The names of the introspection types, in the order graphql-js collects them.
    public static let introspectionTypeNames: [String] = [
        "__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive",
        "__DirectiveLocation",
    ]

    /// A built-in scalar or introspection type by name.
    static func standardType(named name: String) -> GraphQLNamedType? {
        standardTypes[name]
    }

    private static let standardTypes: [String: GraphQLNamedType] = {
        var map: [String: GraphQLNamedType] = [:]
        for scalar in GraphQLScalarType.specified { map[scalar.name] = .scalar(scalar) }
        for type in Introspection.types { map[type.name] = type }
        return map
    }()

    /// `__schema: __Schema!` on the query root.
    public static let schemaMetaField = GraphQLField(
        name: "__schema", description: "Access the current type schema of this server.",
        type: .nonNull(.named("__Schema")))

    /// `__type(name: String!): __Type` on the query root.
    public static let typeMetaField = GraphQLField(
        name: "__type", description: "Request the type information of a single type.",
        arguments: [GraphQLArgument(name: "name", type: .nonNull(.named("String")))],
        type: .named("__Type"))

    /// `__typename: String!` on every object, interface and union.
    public static let typeNameMetaField = GraphQLField(
        name: "__typename", description: "The name of the current Object type at runtime.",
        type: .nonNull(.named("String")))
}

/// The introspection type definitions.
public enum Introspection {
    /// All introspection types.
    public static let types: [GraphQLNamedType] = [
        .object(schema), .object(type), .enumType(typeKind), .object(field), .object(inputValue),
        .object(enumValue), .object(directive), .enumType(directiveLocation),
    ]

    public static let schema = GraphQLObjectType(name: "__Schema", description: "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.", fields: OrderedFields([
        GraphQLField(name: "description", type: .named("String")),
        GraphQLField(name: "types", description: "A list of all types supported by this server.", type: .nonNull(.list(.nonNull(.named("__Type"))))),
        GraphQLField(name: "queryType", description: "The type that query operations will be rooted at.", type: .nonNull(.named("__Type"))),
        GraphQLField(name: "mutationType", description: "If this server supports mutation, the type that mutation operations will be rooted at.", type: .named("__Type")),
        GraphQLField(name: "subscriptionType", description: "If this server support subscription, the type that subscription operations will be rooted at.", type: .named("__Type")),
        GraphQLField(name: "directives", description: "A list of all directives supported by this server.", type: .nonNull(.list(.nonNull(.named("__Directive"))))),
    ]))
    public static let type = GraphQLObjectType(name: "__Type", description: "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.", fields: OrderedFields([
        GraphQLField(name: "kind", type: .nonNull(.named("__TypeKind"))),
        GraphQLField(name: "name", type: .named("String")),
        GraphQLField(name: "description", type: .named("String")),
        GraphQLField(name: "specifiedByURL", type: .named("String")),
        GraphQLField(name: "fields", arguments: [GraphQLArgument(name: "includeDeprecated", type: .named("Boolean"), defaultValue: .boolean(BooleanValue(false)))], type: .list(.nonNull(.named("__Field")))),
        GraphQLField(name: "interfaces", type: .list(.nonNull(.named("__Type")))),
        GraphQLField(name: "possibleTypes", type: .list(.nonNull(.named("__Type")))),
        GraphQLField(name: "enumValues", arguments: [GraphQLArgument(name: "includeDeprecated", type: .named("Boolean"), defaultValue: .boolean(BooleanValue(false)))], type: .list(.nonNull(.named("__EnumValue")))),
        GraphQLField(name: "inputFields", arguments: [GraphQLArgument(name: "includeDeprecated", type: .named("Boolean"), defaultValue: .boolean(BooleanValue(false)))], type: .list(.nonNull(.named("__InputValue")))),
        GraphQLField(name: "ofType", type: .named("__Type")),
        GraphQLField(name: "isOneOf", type: .named("Boolean")),
    ]))
    public static let field = GraphQLObjectType(name: "__Field", description: "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.", fields: OrderedFields([
        GraphQLField(name: "name", type: .nonNull(.named("String"))),
        GraphQLField(name: "description", type: .named("String")),
        GraphQLField(name: "args", arguments: [GraphQLArgument(name: "includeDeprecated", type: .named("Boolean"), defaultValue: .boolean(BooleanValue(false)))], type: .nonNull(.list(.nonNull(.named("__InputValue"))))),
        GraphQLField(name: "type", type: .nonNull(.named("__Type"))),
        GraphQLField(name: "isDeprecated", type: .nonNull(.named("Boolean"))),
        GraphQLField(name: "deprecationReason", type: .named("String")),
    ]))
    public static let inputValue = GraphQLObjectType(name: "__InputValue", description: "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.", fields: OrderedFields([
        GraphQLField(name: "name", type: .nonNull(.named("String"))),
        GraphQLField(name: "description", type: .named("String")),
        GraphQLField(name: "type", type: .nonNull(.named("__Type"))),
        GraphQLField(name: "defaultValue", description: "A GraphQL-formatted string representing the default value for this input value.", type: .named("String")),
        GraphQLField(name: "isDeprecated", type: .nonNull(.named("Boolean"))),
        GraphQLField(name: "deprecationReason", type: .named("String")),
    ]))
    public static let enumValue = GraphQLObjectType(name: "__EnumValue", description: "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.", fields: OrderedFields([
        GraphQLField(name: "name", type: .nonNull(.named("String"))),
        GraphQLField(name: "description", type: .named("String")),
        GraphQLField(name: "isDeprecated", type: .nonNull(.named("Boolean"))),
        GraphQLField(name: "deprecationReason", type: .named("String")),
    ]))
    public static let directive = GraphQLObjectType(name: "__Directive", description: "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.", fields: OrderedFields([
        GraphQLField(name: "name", type: .nonNull(.named("String"))),
        GraphQLField(name: "description", type: .named("String")),
        GraphQLField(name: "isRepeatable", type: .nonNull(.named("Boolean"))),
        GraphQLField(name: "locations", type: .nonNull(.list(.nonNull(.named("__DirectiveLocation"))))),
        GraphQLField(name: "args", arguments: [GraphQLArgument(name: "includeDeprecated", type: .named("Boolean"), defaultValue: .boolean(BooleanValue(false)))], type: .nonNull(.list(.nonNull(.named("__InputValue"))))),
    ]))
    public static let typeKind = GraphQLEnumType(name: "__TypeKind", description: "An enum describing what kind of type a given `__Type` is.", values: [
        GraphQLEnumValue(name: "SCALAR", description: "Indicates this type is a scalar."),
        GraphQLEnumValue(name: "OBJECT", description: "Indicates this type is an object. `fields` and `interfaces` are valid fields."),
        GraphQLEnumValue(name: "INTERFACE", description: "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields."),
        GraphQLEnumValue(name: "UNION", description: "Indicates this type is a union. `possibleTypes` is a valid field."),
        GraphQLEnumValue(name: "ENUM", description: "Indicates this type is an enum. `enumValues` is a valid field."),
        GraphQLEnumValue(name: "INPUT_OBJECT", description: "Indicates this type is an input object. `inputFields` is a valid field."),
        GraphQLEnumValue(name: "LIST", description: "Indicates this type is a list. `ofType` is a valid field."),
        GraphQLEnumValue(name: "NON_NULL", description: "Indicates this type is a non-null. `ofType` is a valid field."),
    ])
    public static let directiveLocation = GraphQLEnumType(name: "__DirectiveLocation", description: "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.", values: [
        GraphQLEnumValue(name: "QUERY", description: "Location adjacent to a query operation."),
        GraphQLEnumValue(name: "MUTATION", description: "Location adjacent to a mutation operation."),
        GraphQLEnumValue(name: "SUBSCRIPTION", description: "Location adjacent to a subscription operation."),
        GraphQLEnumValue(name: "FIELD", description: "Location adjacent to a field."),
        GraphQLEnumValue(name: "FRAGMENT_DEFINITION", description: "Location adjacent to a fragment definition."),
        GraphQLEnumValue(name: "FRAGMENT_SPREAD", description: "Location adjacent to a fragment spread."),
        GraphQLEnumValue(name: "INLINE_FRAGMENT", description: "Location adjacent to an inline fragment."),
        GraphQLEnumValue(name: "VARIABLE_DEFINITION", description: "Location adjacent to a variable definition."),
        GraphQLEnumValue(name: "SCHEMA", description: "Location adjacent to a schema definition."),
        GraphQLEnumValue(name: "SCALAR", description: "Location adjacent to a scalar definition."),
        GraphQLEnumValue(name: "OBJECT", description: "Location adjacent to an object type definition."),
        GraphQLEnumValue(name: "FIELD_DEFINITION", description: "Location adjacent to a field definition."),
        GraphQLEnumValue(name: "ARGUMENT_DEFINITION", description: "Location adjacent to an argument definition."),
        GraphQLEnumValue(name: "INTERFACE", description: "Location adjacent to an interface definition."),
        GraphQLEnumValue(name: "UNION", description: "Location adjacent to a union definition."),
        GraphQLEnumValue(name: "ENUM", description: "Location adjacent to an enum definition."),
        GraphQLEnumValue(name: "ENUM_VALUE", description: "Location adjacent to an enum value definition."),
        GraphQLEnumValue(name: "INPUT_OBJECT", description: "Location adjacent to an input object type definition."),
        GraphQLEnumValue(name: "INPUT_FIELD_DEFINITION", description: "Location adjacent to an input object field definition."),
    ])
}
