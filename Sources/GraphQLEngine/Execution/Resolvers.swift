/// The resolvers of a schema, bound by (type, field) name, with a typed request context.
///
/// A field without a resolver uses the default resolver: it reads the same-named key of a JSON
/// parent (``GraphQLValue``) or asks a ``GraphQLFieldReadable`` parent. Types listed with
/// ``useDefaultResolvers(for:)`` declare that on purpose; ``check(against:)`` reports every
/// field left without either, and every binding that names a missing type or field, so a server
/// can refuse to start.
public struct Resolvers<Context: Sendable>: Sendable {
    var fields: [String: [String: AnyFieldResolver]] = [:]
    var typeResolvers: [String: AnyTypeResolver] = [:]
    var subscriptions: [String: AnySubscriptionResolver] = [:]
    var defaultTypes: Set<String> = []

    public init() {}

    /// Binds a resolver that sees the parent as `any Sendable`.
    public mutating func field(_ type: String, _ name: String,
                               _ resolve: @escaping @Sendable (any Sendable, GraphQLObjectValue, Context, ResolveInfo) throws -> FieldValue) {
        fields[type, default: [:]][name] = { source, arguments, context, info in
            try resolve(source, arguments, context as! Context, info)
        }
    }

    /// Binds a resolver for a parent of a known Swift type.
    /// - Throws at run time: `ResolverSourceMismatch` when the parent is of another type.
    public mutating func field<Source: Sendable>(_ type: String, _ name: String, on _: Source.Type,
                                                 _ resolve: @escaping @Sendable (Source, GraphQLObjectValue, Context) throws -> FieldValue) {
        fields[type, default: [:]][name] = { source, arguments, context, info in
            guard let typed = source as? Source else {
                throw ResolverSourceMismatch(type: info.parentTypeName, field: info.fieldName,
                                             expected: "\(Source.self)", found: "\(Swift.type(of: source))")
            }
            return try resolve(typed, arguments, context as! Context)
        }
    }

    /// Binds how values of an interface or union name their object type.
    public mutating func resolveType(_ abstractType: String, _ resolve: @escaping @Sendable (any Sendable, Context) -> String?) {
        typeResolvers[abstractType] = { value, context in resolve(value, context as! Context) }
    }

    /// Binds the source event stream of a subscription root field (spec: CreateSourceEventStream).
    /// Each event then executes the selection set with the event as the root value; a resolver
    /// bound with ``field(_:_:_:)`` to the same field maps the event, else the default resolver
    /// reads the event's same-named key.
    public mutating func subscription(_ type: String, _ name: String,
                                      _ subscribe: @escaping @Sendable (any Sendable, GraphQLObjectValue, Context, ResolveInfo) async throws -> AsyncThrowingStream<FieldValue, any Error>) {
        subscriptions[type + "." + name] = { source, arguments, context, info in
            try await subscribe(source, arguments, context as! Context, info)
        }
    }

    /// Declares that a type's unbound fields use the default resolver on purpose.
    public mutating func useDefaultResolvers(for types: String...) {
        defaultTypes.formUnion(types)
    }

    /// The resolver bound to `type.name`, if any.
    func resolver(type: String, field name: String) -> AnyFieldResolver? { fields[type]?[name] }

    /// Problems that should stop a server from starting: fields of object types without a
    /// resolver or a declared default, and bindings of types or fields the schema lacks.
    public func check(against schema: GraphQLSchema) -> [String] {
        var problems: [String] = []
        for typeName in schema.typeNames where !typeName.hasPrefix("__") {
            guard case let .object(t)? = schema.type(named: typeName) else { continue }
            let isSubscription = typeName == schema.subscriptionTypeName
            for field in t.fields {
                let bound = fields[typeName]?[field.name] != nil
                    || (isSubscription && subscriptions[typeName + "." + field.name] != nil)
                if !bound && !defaultTypes.contains(typeName) {
                    problems.append("Field \(typeName).\(field.name) has no resolver.")
                }
            }
        }
        for (typeName, bound) in fields.sorted(by: { $0.key < $1.key }) {
            guard case let .object(t)? = schema.type(named: typeName) else {
                problems.append("Resolvers are bound to \(typeName), which is not an object type of the schema.")
                continue
            }
            for name in bound.keys.sorted() where t.field(named: name) == nil {
                problems.append("A resolver is bound to \(typeName).\(name), which the schema does not define.")
            }
        }
        for name in typeResolvers.keys.sorted() where schema.type(named: name)?.isAbstract != true {
            problems.append("A type resolver is bound to \(name), which is not an interface or union.")
        }
        return problems
    }
}

/// A typed resolver received a parent of another Swift type.
public struct ResolverSourceMismatch: Error, CustomStringConvertible {
    public let type: String, field: String, expected: String, found: String
    public var description: String { "Resolver \(type).\(field) expected a \(expected) parent, got \(found)." }
}
