/// A field of an object or interface type (spec: Objects, Field).
public struct GraphQLField: Sendable {
    public var name: String
    public var description: String?
    /// Arguments in definition order.
    public var arguments: [GraphQLArgument]
    public var type: TypeReference
    /// Set by `@deprecated`; nil when the field is not deprecated.
    public var deprecationReason: String?
    /// The definition in SDL, when the field was built from a document.
    public var astNode: FieldDefinition?

    public init(name: String, description: String? = nil, arguments: [GraphQLArgument] = [],
                type: TypeReference, deprecationReason: String? = nil, astNode: FieldDefinition? = nil) {
        self.name = name
        self.description = description
        self.arguments = arguments
        self.type = type
        self.deprecationReason = deprecationReason
        self.astNode = astNode
    }

    /// Whether `@deprecated` applies.
    public var isDeprecated: Bool { deprecationReason != nil }

    /// The argument with this name, if any.
    public func argument(named name: String) -> GraphQLArgument? {
        arguments.first { $0.name == name }
    }
}

/// An argument of a field or directive, or a field of an input object (spec: InputValueDefinition).
public struct GraphQLArgument: Sendable {
    public var name: String
    public var description: String?
    public var type: TypeReference
    /// The default value as written in SDL (a constant literal), or nil when there is none.
    public var defaultValue: Value?
    /// Set by `@deprecated`; nil when not deprecated.
    public var deprecationReason: String?
    /// The definition in SDL, when built from a document.
    public var astNode: InputValueDefinition?

    public init(name: String, description: String? = nil, type: TypeReference, defaultValue: Value? = nil,
                deprecationReason: String? = nil, astNode: InputValueDefinition? = nil) {
        self.name = name
        self.description = description
        self.type = type
        self.defaultValue = defaultValue
        self.deprecationReason = deprecationReason
        self.astNode = astNode
    }

    /// Whether `@deprecated` applies.
    public var isDeprecated: Bool { deprecationReason != nil }

    /// Required: non-null and without a default value (graphql-js `isRequiredArgument`).
    public var isRequired: Bool { type.isNonNull && defaultValue == nil }
}

/// A field of an input object type; the same shape as an argument.
public typealias GraphQLInputField = GraphQLArgument

/// One value of an enum type (spec: Enums, EnumValuesDefinition).
public struct GraphQLEnumValue: Sendable {
    public var name: String
    public var description: String?
    public var deprecationReason: String?
    public var astNode: EnumValueDefinition?

    public init(name: String, description: String? = nil, deprecationReason: String? = nil,
                astNode: EnumValueDefinition? = nil) {
        self.name = name
        self.description = description
        self.deprecationReason = deprecationReason
        self.astNode = astNode
    }

    /// Whether `@deprecated` applies.
    public var isDeprecated: Bool { deprecationReason != nil }
}
