/// A directive definition (spec: Type System, Directives).
public struct GraphQLDirective: Sendable {
    public var name: String
    public var description: String?
    /// Arguments in definition order.
    public var arguments: [GraphQLArgument]
    /// Locations in definition order.
    public var locations: [DirectiveLocation]
    public var isRepeatable: Bool
    public var astNode: DirectiveDefinition?

    public init(name: String, description: String? = nil, arguments: [GraphQLArgument] = [],
                locations: [DirectiveLocation], isRepeatable: Bool = false, astNode: DirectiveDefinition? = nil) {
        self.name = name
        self.description = description
        self.arguments = arguments
        self.locations = locations
        self.isRepeatable = isRepeatable
        self.astNode = astNode
    }

    /// The argument with this name, if any.
    public func argument(named name: String) -> GraphQLArgument? {
        arguments.first { $0.name == name }
    }

    /// Whether this is one of the built-in directives (`@include`, `@skip`, `@deprecated`,
    /// `@specifiedBy`, `@oneOf`).
    public var isSpecified: Bool { GraphQLDirective.specified.contains { $0.name == name } }
}

/// Where a directive may appear (spec: DirectiveLocations). The raw value is the spec's name.
public enum DirectiveLocation: String, Sendable, Hashable, CaseIterable {
    case query = "QUERY"
    case mutation = "MUTATION"
    case subscription = "SUBSCRIPTION"
    case field = "FIELD"
    case fragmentDefinition = "FRAGMENT_DEFINITION"
    case fragmentSpread = "FRAGMENT_SPREAD"
    case inlineFragment = "INLINE_FRAGMENT"
    case variableDefinition = "VARIABLE_DEFINITION"
    case schema = "SCHEMA"
    case scalar = "SCALAR"
    case object = "OBJECT"
    case fieldDefinition = "FIELD_DEFINITION"
    case argumentDefinition = "ARGUMENT_DEFINITION"
    case interface = "INTERFACE"
    case union = "UNION"
    case enumType = "ENUM"
    case enumValue = "ENUM_VALUE"
    case inputObject = "INPUT_OBJECT"
    case inputFieldDefinition = "INPUT_FIELD_DEFINITION"
}

extension GraphQLDirective {
    /// The default `reason` of `@deprecated`.
    public static let defaultDeprecationReason = "No longer supported"

    /// `@include(if: Boolean!)`.
    public static let include = GraphQLDirective(
        name: "include",
        description: "Directs the executor to include this field or fragment only when the `if` argument is true.",
        arguments: [GraphQLArgument(name: "if", description: "Included when true.", type: .nonNull(.named("Boolean")))],
        locations: [.field, .fragmentSpread, .inlineFragment])

    /// `@skip(if: Boolean!)`.
    public static let skip = GraphQLDirective(
        name: "skip",
        description: "Directs the executor to skip this field or fragment when the `if` argument is true.",
        arguments: [GraphQLArgument(name: "if", description: "Skipped when true.", type: .nonNull(.named("Boolean")))],
        locations: [.field, .fragmentSpread, .inlineFragment])

    /// `@deprecated(reason: String = "No longer supported")`.
    public static let deprecated = GraphQLDirective(
        name: "deprecated",
        description: "Marks an element of a GraphQL schema as no longer supported.",
        arguments: [GraphQLArgument(
            name: "reason",
            description: "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
            type: .named("String"),
            defaultValue: .string(StringValue(defaultDeprecationReason)))],
        locations: [.fieldDefinition, .argumentDefinition, .inputFieldDefinition, .enumValue])

    /// `@specifiedBy(url: String!)`.
    public static let specifiedBy = GraphQLDirective(
        name: "specifiedBy",
        description: "Exposes a URL that specifies the behavior of this scalar.",
        arguments: [GraphQLArgument(name: "url", description: "The URL that specifies the behavior of this scalar.",
                                    type: .nonNull(.named("String")))],
        locations: [.scalar])

    /// `@oneOf` on input objects.
    public static let oneOf = GraphQLDirective(
        name: "oneOf",
        description: "Indicates exactly one field must be supplied and this field must not be `null`.",
        locations: [.inputObject])

    /// The built-in directives in graphql-js' `specifiedDirectives` order.
    public static let specified: [GraphQLDirective] = [.include, .skip, .deprecated, .specifiedBy, .oneOf]
}
