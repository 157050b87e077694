/// A named type of a schema: one case per kind (spec: Types).
public enum GraphQLNamedType: Sendable {
    case scalar(GraphQLScalarType)
    case object(GraphQLObjectType)
    case interface(GraphQLInterfaceType)
    case union(GraphQLUnionType)
    case enumType(GraphQLEnumType)
    case inputObject(GraphQLInputObjectType)

    public var name: String {
        switch self {
        case let .scalar(t): t.name
        case let .object(t): t.name
        case let .interface(t): t.name
        case let .union(t): t.name
        case let .enumType(t): t.name
        case let .inputObject(t): t.name
        }
    }

    public var description: String? {
        switch self {
        case let .scalar(t): t.description
        case let .object(t): t.description
        case let .interface(t): t.description
        case let .union(t): t.description
        case let .enumType(t): t.description
        case let .inputObject(t): t.description
        }
    }

    /// The `__TypeKind` name: `SCALAR`, `OBJECT`, `INTERFACE`, `UNION`, `ENUM` or `INPUT_OBJECT`.
    public var kind: String {
        switch self {
        case .scalar: "SCALAR"
        case .object: "OBJECT"
        case .interface: "INTERFACE"
        case .union: "UNION"
        case .enumType: "ENUM"
        case .inputObject: "INPUT_OBJECT"
        }
    }

    /// Scalars, enums and input objects may be used as input (spec: IsInputType).
    public var isInputType: Bool {
        switch self {
        case .scalar, .enumType, .inputObject: true
        default: false
        }
    }

    /// Scalars, objects, interfaces, unions and enums may be used as output (spec: IsOutputType).
    public var isOutputType: Bool {
        if case .inputObject = self { return false }
        return true
    }

    /// Scalars and enums.
    public var isLeaf: Bool {
        switch self {
        case .scalar, .enumType: true
        default: false
        }
    }

    /// Objects, interfaces and unions.
    public var isComposite: Bool {
        switch self {
        case .object, .interface, .union: true
        default: false
        }
    }

    /// Interfaces and unions.
    public var isAbstract: Bool {
        switch self {
        case .interface, .union: true
        default: false
        }
    }

    /// The fields of an object or interface, nil for other kinds.
    public var fields: OrderedFields<GraphQLField>? {
        switch self {
        case let .object(t): t.fields
        case let .interface(t): t.fields
        default: nil
        }
    }

    /// The interfaces an object or interface implements; empty for other kinds.
    public var interfaces: [String] {
        switch self {
        case let .object(t): t.interfaces
        case let .interface(t): t.interfaces
        default: []
        }
    }

    /// The field of an object or interface with this name (no meta-fields).
    public func field(named name: String) -> GraphQLField? { fields?[name] }

    /// The input fields of an input object, nil for other kinds.
    public var inputFields: OrderedFields<GraphQLInputField>? {
        if case let .inputObject(t) = self { return t.fields }
        return nil
    }

    /// Whether this is one of the introspection types (`__Schema`, `__Type`, …).
    public var isIntrospectionType: Bool { GraphQLSchema.introspectionTypeNames.contains(name) }
}
