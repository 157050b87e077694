/// A GraphQL schema: named types, directives and root operation types (spec: Schema).
///
/// Every schema holds the introspection types (`__Schema`, `__Type`, …) and the scalars they use,
/// plus the built-in scalars its types reference, as graphql-js' `GraphQLSchema` does. Types are
/// ordered as graphql-js orders its type map (the order introspection reports).
public struct GraphQLSchema: Sendable {
    public var description: String?
    public var queryTypeName: String?
    public var mutationTypeName: String?
    public var subscriptionTypeName: String?
    /// All type names in graphql-js' type-map order.
    public private(set) var typeNames: [String]
    /// All directives: the schema's own in definition order, then the built-ins not redefined.
    public internal(set) var directives: [GraphQLDirective]
    /// The `schema { }` definition, if any.
    public var astNode: SchemaDefinition?
    /// `extend schema` nodes applied.
    public var extensionASTNodes: [SchemaDefinition]
    /// The source the schema was built from, for error locations.
    public var astSource: Source?

    var typeMap: [String: GraphQLNamedType]
    private var implementationsMap: [String: Implementations]
    private var subTypes: [String: Set<String>]

    /// Implementations of an interface: object types and interface types, in type-map order.
    public struct Implementations: Sendable, Hashable {
        public var objects: [String] = []
        public var interfaces: [String] = []
    }

    /// Assembles a schema, collecting types as graphql-js' `GraphQLSchema` constructor does:
    /// `types` in order, each followed by the types it references that are not in `types`
    /// (built-in scalars), then types referenced by the root types and directives, then the
    /// introspection types.
    public init(query: String? = nil, mutation: String? = nil, subscription: String? = nil,
                types: [GraphQLNamedType] = [], directives: [GraphQLDirective] = GraphQLDirective.specified,
                description: String? = nil, astNode: SchemaDefinition? = nil,
                extensionASTNodes: [SchemaDefinition] = [], astSource: Source? = nil) {
        self.description = description
        self.queryTypeName = query
        self.mutationTypeName = mutation
        self.subscriptionTypeName = subscription
        self.directives = directives
        self.astNode = astNode
        self.extensionASTNodes = extensionASTNodes
        self.astSource = astSource
        var collector = TypeCollector(given: types)
        for type in types { collector.collectGiven(type.name) }
        for root in [query, mutation, subscription] { if let root { collector.collect(root) } }
        for directive in directives {
            for argument in directive.arguments { collector.collect(argument.type.namedType) }
        }
        collector.collect("__Schema")
        self.typeNames = collector.order
        self.typeMap = collector.map
        self.implementationsMap = [:]
        self.subTypes = [:]
        indexRelations()
    }

    private mutating func indexRelations() {
        var implementations: [String: Implementations] = [:]
        var subTypes: [String: Set<String>] = [:]
        for name in typeNames {
            switch typeMap[name] {
            case let .object(t):
                for i in t.interfaces where isInterface(i) {
                    implementations[i, default: Implementations()].objects.append(name)
                    subTypes[i, default: []].insert(name)
                }
            case let .interface(t):
                for i in t.interfaces where isInterface(i) {
                    implementations[i, default: Implementations()].interfaces.append(name)
                    subTypes[i, default: []].insert(name)
                }
            case let .union(t):
                subTypes[name] = Set(t.possibleTypes)
            default: break
            }
        }
        self.implementationsMap = implementations
        self.subTypes = subTypes
    }

    private func isInterface(_ name: String) -> Bool {
        if case .interface = typeMap[name] { return true }
        return false
    }

    /// The type with this name, if the schema has it.
    public func type(named name: String) -> GraphQLNamedType? { typeMap[name] }

    /// All types in type-map order.
    public var types: [GraphQLNamedType] { typeNames.compactMap { typeMap[$0] } }

    /// The directive with this name, if any.
    public func directive(named name: String) -> GraphQLDirective? {
        directives.first { $0.name == name }
    }

    /// The root type of an operation, if the schema defines it as an object type.
    public func rootType(for operation: OperationType) -> GraphQLObjectType? {
        let name: String? = switch operation {
        case .query: queryTypeName
        case .mutation: mutationTypeName
        case .subscription: subscriptionTypeName
        }
        guard let name, case let .object(t) = typeMap[name] else { return nil }
        return t
    }

    /// The object types an abstract type may resolve to: a union's members, or the objects that
    /// implement an interface.
    public func possibleTypes(of abstractName: String) -> [String] {
        switch typeMap[abstractName] {
        case let .union(t): t.possibleTypes
        case .interface: implementationsMap[abstractName]?.objects ?? []
        default: []
        }
    }

    /// The objects and interfaces that implement an interface.
    public func implementations(of interfaceName: String) -> Implementations {
        implementationsMap[interfaceName] ?? Implementations()
    }

    /// Whether `maybeSub` is a member of the union, or implements the interface, `abstract`.
    public func isSubType(abstract: String, maybeSub: String) -> Bool {
        subTypes[abstract]?.contains(maybeSub) ?? false
    }

    /// The definition of a field selected on `parentType`, including the meta-fields
    /// `__schema` and `__type` (on the query root) and `__typename` (on any composite type).
    public func fieldDefinition(parentType: String, fieldName: String) -> GraphQLField? {
        if fieldName == "__schema" && parentType == queryTypeName && queryTypeName != nil {
            return GraphQLSchema.schemaMetaField
        }
        if fieldName == "__type" && parentType == queryTypeName && queryTypeName != nil {
            return GraphQLSchema.typeMetaField
        }
        guard let type = typeMap[parentType] else { return nil }
        if fieldName == "__typename" && type.isComposite { return GraphQLSchema.typeNameMetaField }
        return type.field(named: fieldName)
    }

    /// Replaces a scalar's coercion, e.g. to give a custom scalar from SDL its own rules.
    public mutating func setCoercion(_ coercion: ScalarCoercion, forScalar name: String) {
        guard case var .scalar(t) = typeMap[name] else { return }
        t.coercion = coercion
        typeMap[name] = .scalar(t)
    }
}

/// Collects a schema's types in graphql-js' order (`collectReferencedTypes`).
private struct TypeCollector {
    var order: [String] = []
    var map: [String: GraphQLNamedType] = [:]
    private var given: [String: GraphQLNamedType] = [:]

    init(given types: [GraphQLNamedType]) {
        for type in types where given[type.name] == nil { given[type.name] = type }
    }

    /// Places a given type at its turn, then what it references.
    mutating func collectGiven(_ name: String) {
        guard map[name] == nil, let type = given[name] else { return }
        add(type)
    }

    /// Places a referenced type unless it is given (given types are placed at their own turn).
    mutating func collect(_ name: String) {
        guard map[name] == nil else { return }
        if given[name] != nil { return }
        guard let type = GraphQLSchema.standardType(named: name) else { return }
        add(type)
    }

    private mutating func add(_ type: GraphQLNamedType) {
        order.append(type.name)
        map[type.name] = type
        switch type {
        case let .union(t): for member in t.possibleTypes { collect(member) }
        case let .object(t): references(interfaces: t.interfaces, fields: t.fields)
        case let .interface(t): references(interfaces: t.interfaces, fields: t.fields)
        case let .inputObject(t): for field in t.fields { collect(field.type.namedType) }
        case .scalar, .enumType: break
        }
    }

    private mutating func references(interfaces: [String], fields: OrderedFields<GraphQLField>) {
        for i in interfaces { collect(i) }
        for field in fields {
            collect(field.type.namedType)
            for argument in field.arguments { collect(argument.type.namedType) }
        }
    }
}
