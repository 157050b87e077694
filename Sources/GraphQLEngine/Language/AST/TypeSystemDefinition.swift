/// A type system definition in SDL (spec: TypeSystemDefinition).
public enum TypeSystemDefinition: Sendable, Hashable {
    case schema(SchemaDefinition)
    case type(TypeDefinition)
    case directive(DirectiveDefinition)

    public var loc: Location {
        switch self {
        case let .schema(d): d.loc
        case let .type(d): d.loc
        case let .directive(d): d.loc
        }
    }
}

/// `schema @directives { query: Query … }` (spec: SchemaDefinition).
public struct SchemaDefinition: Sendable, Hashable {
    public var description: StringValue?
    public var directives: [Directive]
    public var operationTypes: [OperationTypeDefinition]
    public var loc: Location

    public init(description: StringValue? = nil, directives: [Directive] = [],
                operationTypes: [OperationTypeDefinition], loc: Location = .synthetic) {
        self.description = description
        self.directives = directives
        self.operationTypes = operationTypes
        self.loc = loc
    }
}

/// `query: Query` inside a schema definition or extension (spec: RootOperationTypeDefinition).
public struct OperationTypeDefinition: Sendable, Hashable {
    public var operation: OperationType
    public var type: NamedType
    public var loc: Location

    public init(operation: OperationType, type: NamedType, loc: Location = .synthetic) {
        self.operation = operation
        self.type = type
        self.loc = loc
    }
}

/// `directive @name(args) repeatable on LOCATION | …` (spec: DirectiveDefinition).
public struct DirectiveDefinition: Sendable, Hashable {
    public var description: StringValue?
    public var name: Name
    public var arguments: [InputValueDefinition]
    public var isRepeatable: Bool
    /// The locations as written (`FIELD`, `OBJECT`, …); the parser accepts only the spec's names.
    public var locations: [Name]
    public var loc: Location

    public init(description: StringValue? = nil, name: Name, arguments: [InputValueDefinition] = [],
                isRepeatable: Bool = false, locations: [Name], loc: Location = .synthetic) {
        self.description = description
        self.name = name
        self.arguments = arguments
        self.isRepeatable = isRepeatable
        self.locations = locations
        self.loc = loc
    }
}
