/// An object type (spec: Objects): named fields, and the interfaces it implements.
public struct GraphQLObjectType: Sendable {
    public var name: String
    public var description: String?
    /// Names of the implemented interfaces, in definition order.
    public var interfaces: [String]
    public var fields: OrderedFields<GraphQLField>
    /// The definition in SDL, if built from a document.
    public var astNode: ObjectTypeDefinition?
    /// `extend type` nodes applied to this type.
    public var extensionASTNodes: [ObjectTypeDefinition]

    public init(name: String, description: String? = nil, interfaces: [String] = [],
                fields: OrderedFields<GraphQLField>, astNode: ObjectTypeDefinition? = nil,
                extensionASTNodes: [ObjectTypeDefinition] = []) {
        self.name = name
        self.description = description
        self.interfaces = interfaces
        self.fields = fields
        self.astNode = astNode
        self.extensionASTNodes = extensionASTNodes
    }

    /// The field with this name, if any (no meta-fields; see ``GraphQLSchema/fieldDefinition(parentType:fieldName:)``).
    public func field(named name: String) -> GraphQLField? { fields[name] }
}

/// An interface type (spec: Interfaces): fields that implementations must provide.
public struct GraphQLInterfaceType: Sendable {
    public var name: String
    public var description: String?
    /// Names of the interfaces this interface implements, in definition order.
    public var interfaces: [String]
    public var fields: OrderedFields<GraphQLField>
    public var astNode: InterfaceTypeDefinition?
    public var extensionASTNodes: [InterfaceTypeDefinition]

    public init(name: String, description: String? = nil, interfaces: [String] = [],
                fields: OrderedFields<GraphQLField>, astNode: InterfaceTypeDefinition? = nil,
                extensionASTNodes: [InterfaceTypeDefinition] = []) {
        self.name = name
        self.description = description
        self.interfaces = interfaces
        self.fields = fields
        self.astNode = astNode
        self.extensionASTNodes = extensionASTNodes
    }

    /// The field with this name, if any.
    public func field(named name: String) -> GraphQLField? { fields[name] }
}

/// A union type (spec: Unions): one of several object types.
public struct GraphQLUnionType: Sendable {
    public var name: String
    public var description: String?
    /// Member type names in definition order.
    public var possibleTypes: [String]
    public var astNode: UnionTypeDefinition?
    public var extensionASTNodes: [UnionTypeDefinition]

    public init(name: String, description: String? = nil, possibleTypes: [String],
                astNode: UnionTypeDefinition? = nil, extensionASTNodes: [UnionTypeDefinition] = []) {
        self.name = name
        self.description = description
        self.possibleTypes = possibleTypes
        self.astNode = astNode
        self.extensionASTNodes = extensionASTNodes
    }
}

/// An enum type (spec: Enums). Values are carried at run time as `.string(name)`.
public struct GraphQLEnumType: Sendable {
    public var name: String
    public var description: String?
    /// Values in definition order.
    public var values: [GraphQLEnumValue]
    public var astNode: EnumTypeDefinition?
    public var extensionASTNodes: [EnumTypeDefinition]

    public init(name: String, description: String? = nil, values: [GraphQLEnumValue],
                astNode: EnumTypeDefinition? = nil, extensionASTNodes: [EnumTypeDefinition] = []) {
        self.name = name
        self.description = description
        self.values = values
        self.astNode = astNode
        self.extensionASTNodes = extensionASTNodes
    }

    /// The value with this name, if any.
    public func value(named name: String) -> GraphQLEnumValue? {
        values.first { $0.name == name }
    }
}

/// An input object type (spec: Input Objects), optionally `@oneOf`.
public struct GraphQLInputObjectType: Sendable {
    public var name: String
    public var description: String?
    public var fields: OrderedFields<GraphQLInputField>
    /// `@oneOf`: exactly one field must be given, and not null (spec: OneOf Input Objects).
    public var isOneOf: Bool
    public var astNode: InputObjectTypeDefinition?
    public var extensionASTNodes: [InputObjectTypeDefinition]

    public init(name: String, description: String? = nil, fields: OrderedFields<GraphQLInputField>,
                isOneOf: Bool = false, astNode: InputObjectTypeDefinition? = nil,
                extensionASTNodes: [InputObjectTypeDefinition] = []) {
        self.name = name
        self.description = description
        self.fields = fields
        self.isOneOf = isOneOf
        self.astNode = astNode
        self.extensionASTNodes = extensionASTNodes
    }

    /// The input field with this name, if any.
    public func field(named name: String) -> GraphQLInputField? { fields[name] }
}

/// A scalar type (spec: Scalars) with its input and result coercion.
public struct GraphQLScalarType: Sendable {
    public var name: String
    public var description: String?
    /// Set by `@specifiedBy(url:)`.
    public var specifiedByURL: String?
    public var coercion: ScalarCoercion
    public var astNode: ScalarTypeDefinition?
    public var extensionASTNodes: [ScalarTypeDefinition]

    public init(name: String, description: String? = nil, specifiedByURL: String? = nil,
                coercion: ScalarCoercion = .passthrough, astNode: ScalarTypeDefinition? = nil,
                extensionASTNodes: [ScalarTypeDefinition] = []) {
        self.name = name
        self.description = description
        self.specifiedByURL = specifiedByURL
        self.coercion = coercion
        self.astNode = astNode
        self.extensionASTNodes = extensionASTNodes
    }

    /// Whether this is one of the five built-in scalars.
    public var isSpecified: Bool { GraphQLScalarType.specifiedNames.contains(name) }
}

extension GraphQLObjectType {
    /// The definition followed by its extensions, as far as built from SDL.
    public var astNodes: [ObjectTypeDefinition] { (astNode.map { [$0] } ?? []) + extensionASTNodes }
}

extension GraphQLInterfaceType {
    /// The definition followed by its extensions, as far as built from SDL.
    public var astNodes: [InterfaceTypeDefinition] { (astNode.map { [$0] } ?? []) + extensionASTNodes }
}

extension GraphQLUnionType {
    /// The definition followed by its extensions, as far as built from SDL.
    public var astNodes: [UnionTypeDefinition] { (astNode.map { [$0] } ?? []) + extensionASTNodes }
}

extension GraphQLEnumType {
    /// The definition followed by its extensions, as far as built from SDL.
    public var astNodes: [EnumTypeDefinition] { (astNode.map { [$0] } ?? []) + extensionASTNodes }
}

extension GraphQLInputObjectType {
    /// The definition followed by its extensions, as far as built from SDL.
    public var astNodes: [InputObjectTypeDefinition] { (astNode.map { [$0] } ?? []) + extensionASTNodes }
}

extension GraphQLScalarType {
    /// The definition followed by its extensions, as far as built from SDL.
    public var astNodes: [ScalarTypeDefinition] { (astNode.map { [$0] } ?? []) + extensionASTNodes }
}
