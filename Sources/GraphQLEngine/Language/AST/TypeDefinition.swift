/// A named type's definition in SDL (spec: TypeDefinition).
public enum TypeDefinition: Sendable, Hashable {
    case scalar(ScalarTypeDefinition)
    case object(ObjectTypeDefinition)
    case interface(InterfaceTypeDefinition)
    case union(UnionTypeDefinition)
    case enumType(EnumTypeDefinition)
    case inputObject(InputObjectTypeDefinition)

    public var name: Name {
        switch self {
        case let .scalar(d): d.name
        case let .object(d): d.name
        case let .interface(d): d.name
        case let .union(d): d.name
        case let .enumType(d): d.name
        case let .inputObject(d): d.name
        }
    }

    public var loc: Location {
        switch self {
        case let .scalar(d): d.loc
        case let .object(d): d.loc
        case let .interface(d): d.loc
        case let .union(d): d.loc
        case let .enumType(d): d.loc
        case let .inputObject(d): d.loc
        }
    }
}

/// `scalar Name @directives` (spec: ScalarTypeDefinition).
public struct ScalarTypeDefinition: Sendable, Hashable {
    public var description: StringValue?
    public var name: Name
    public var directives: [Directive]
    public var loc: Location

    public init(description: StringValue? = nil, name: Name, directives: [Directive] = [],
                loc: Location = .synthetic) {
        self.description = description
        self.name = name
        self.directives = directives
        self.loc = loc
    }
}

/// `type Name implements A & B @directives { fields }` (spec: ObjectTypeDefinition).
public struct ObjectTypeDefinition: Sendable, Hashable {
    public var description: StringValue?
    public var name: Name
    public var interfaces: [NamedType]
    public var directives: [Directive]
    public var fields: [FieldDefinition]
    public var loc: Location

    public init(description: StringValue? = nil, name: Name, interfaces: [NamedType] = [],
                directives: [Directive] = [], fields: [FieldDefinition] = [], loc: Location = .synthetic) {
        self.description = description
        self.name = name
        self.interfaces = interfaces
        self.directives = directives
        self.fields = fields
        self.loc = loc
    }
}

/// `interface Name implements A @directives { fields }` (spec: InterfaceTypeDefinition).
public struct InterfaceTypeDefinition: Sendable, Hashable {
    public var description: StringValue?
    public var name: Name
    public var interfaces: [NamedType]
    public var directives: [Directive]
    public var fields: [FieldDefinition]
    public var loc: Location

    public init(description: StringValue? = nil, name: Name, interfaces: [NamedType] = [],
                directives: [Directive] = [], fields: [FieldDefinition] = [], loc: Location = .synthetic) {
        self.description = description
        self.name = name
        self.interfaces = interfaces
        self.directives = directives
        self.fields = fields
        self.loc = loc
    }
}

/// `union Name @directives = A | B` (spec: UnionTypeDefinition).
public struct UnionTypeDefinition: Sendable, Hashable {
    public var description: StringValue?
    public var name: Name
    public var directives: [Directive]
    public var types: [NamedType]
    public var loc: Location

    public init(description: StringValue? = nil, name: Name, directives: [Directive] = [],
                types: [NamedType] = [], loc: Location = .synthetic) {
        self.description = description
        self.name = name
        self.directives = directives
        self.types = types
        self.loc = loc
    }
}

/// `enum Name @directives { VALUES }` (spec: EnumTypeDefinition).
public struct EnumTypeDefinition: Sendable, Hashable {
    public var description: StringValue?
    public var name: Name
    public var directives: [Directive]
    public var values: [EnumValueDefinition]
    public var loc: Location

    public init(description: StringValue? = nil, name: Name, directives: [Directive] = [],
                values: [EnumValueDefinition] = [], loc: Location = .synthetic) {
        self.description = description
        self.name = name
        self.directives = directives
        self.values = values
        self.loc = loc
    }
}

/// `input Name @directives { fields }` (spec: InputObjectTypeDefinition).
public struct InputObjectTypeDefinition: Sendable, Hashable {
    public var description: StringValue?
    public var name: Name
    public var directives: [Directive]
    public var fields: [InputValueDefinition]
    public var loc: Location

    public init(description: StringValue? = nil, name: Name, directives: [Directive] = [],
                fields: [InputValueDefinition] = [], loc: Location = .synthetic) {
        self.description = description
        self.name = name
        self.directives = directives
        self.fields = fields
        self.loc = loc
    }
}

/// `name(args): Type @directives` in an object or interface (spec: FieldDefinition).
public struct FieldDefinition: Sendable, Hashable {
    public var description: StringValue?
    public var name: Name
    public var arguments: [InputValueDefinition]
    public var type: TypeNode
    public var directives: [Directive]
    public var loc: Location

    public init(description: StringValue? = nil, name: Name, arguments: [InputValueDefinition] = [],
                type: TypeNode, directives: [Directive] = [], loc: Location = .synthetic) {
        self.description = description
        self.name = name
        self.arguments = arguments
        self.type = type
        self.directives = directives
        self.loc = loc
    }
}

/// An argument or input field definition: `name: Type = default @directives`
/// (spec: InputValueDefinition).
public struct InputValueDefinition: Sendable, Hashable {
    public var description: StringValue?
    public var name: Name
    public var type: TypeNode
    public var defaultValue: Value?
    public var directives: [Directive]
    public var loc: Location

    public init(description: StringValue? = nil, name: Name, type: TypeNode, defaultValue: Value? = nil,
                directives: [Directive] = [], loc: Location = .synthetic) {
        self.description = description
        self.name = name
        self.type = type
        self.defaultValue = defaultValue
        self.directives = directives
        self.loc = loc
    }
}

/// An enum value's definition: `NAME @directives` (spec: EnumValueDefinition).
public struct EnumValueDefinition: Sendable, Hashable {
    public var description: StringValue?
    public var name: Name
    public var directives: [Directive]
    public var loc: Location

    public init(description: StringValue? = nil, name: Name, directives: [Directive] = [],
                loc: Location = .synthetic) {
        self.description = description
        self.name = name
        self.directives = directives
        self.loc = loc
    }
}
