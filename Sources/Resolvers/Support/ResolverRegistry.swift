import GraphQLEngine

/// Collects every domain's resolvers, their access rules and their node types, before the
/// Schema module binds them to `schema.graphql`.
///
/// Each domain exposes `static func register(into registry: inout ResolverRegistry)`:
///
/// ```swift
/// enum StationResolvers {
///     static func register(into registry: inout ResolverRegistry) {
///         registry.field("Query", "station", access: .signedIn) { _, args, context, _ in ... }
///         registry.field("Station", "name", on: Station.self) { station, _, _ in .string(station.name) }
///         registry.node("Station") { localID, context in ... }           // for node(id:)
///         registry.connection("StationConnection", edge: "StationEdge", of: Station.self)
///     }
/// }
/// ```
///
/// A field registered without `access:` gets ``Access/defaultAccess(forType:)``.
public struct ResolverRegistry: Sendable {
    /// The engine-level resolvers, with access checks wrapped in.
    public private(set) var resolvers = Resolvers<RequestContext>()
    /// The declared access of each registered field, by `Type.field`.
    public private(set) var access: [String: Access] = [:]
    /// How to fetch each type that `node(id:)` can return, by type name.
    public private(set) var nodeFetchers: [String: NodeFetcher] = [:]

    public init() {}

    /// Binds a resolver that sees its parent as `any Sendable`.
    public mutating func field(_ type: String, _ name: String, access: Access? = nil,
                               _ resolve: @escaping @Sendable (any Sendable, GraphQLObjectValue, RequestContext, ResolveInfo) throws -> FieldValue) {
        let rule = access ?? Access.defaultAccess(forType: type)
        self.access[type + "." + name] = rule
        if rule.isOpen {
            resolvers.field(type, name, resolve)
            return
        }
        let coordinate = type + "." + name
        resolvers.field(type, name) { source, arguments, context, info in
            if let denial = try rule.denial(for: coordinate, source: source, arguments: arguments, context: context) {
                throw denial
            }
            return try resolve(source, arguments, context, info)
        }
    }

    /// Binds a resolver for a parent of a known Swift type.
    public mutating func field<Source: Sendable>(_ type: String, _ name: String, on _: Source.Type, access: Access? = nil,
                                                 _ resolve: @escaping @Sendable (Source, GraphQLObjectValue, RequestContext) throws -> FieldValue) {
        field(type, name, access: access) { source, arguments, context, info in
            guard let typed = source as? Source else {
                throw UnexpectedParent(coordinate: info.parentTypeName + "." + info.fieldName,
                                       expected: "\(Source.self)", found: "\(Swift.type(of: source))")
            }
            return try resolve(typed, arguments, context)
        }
    }

    /// Binds a subscription root field's source event stream; access is checked before the
    /// stream is created.
    public mutating func subscription(_ name: String, access: Access? = nil,
                                      _ subscribe: @escaping @Sendable (any Sendable, GraphQLObjectValue, RequestContext, ResolveInfo) async throws -> AsyncThrowingStream<FieldValue, any Error>) {
        let rule = access ?? Access.defaultAccess(forType: "Subscription")
        let coordinate = "Subscription." + name
        self.access[coordinate] = rule
        resolvers.subscription("Subscription", name) { source, arguments, context, info in
            if let denial = try rule.denial(for: coordinate, source: source, arguments: arguments, context: context) {
                throw denial
            }
            return try await subscribe(source, arguments, context, info)
        }
    }

    /// Binds how values of an interface or union name their object type.
    public mutating func resolveType(_ abstractType: String, _ resolve: @escaping @Sendable (any Sendable, RequestContext) -> String?) {
        resolvers.resolveType(abstractType, resolve)
    }

    /// Declares that these types' unbound fields read their value by name on purpose
    /// (JSON values or ``GraphQLFieldReadable`` parents).
    public mutating func useDefaultResolvers(for types: String...) {
        for type in types { resolvers.useDefaultResolvers(for: type) }
    }

    /// Registers a type that `node(id:)` and `nodes(ids:)` can return.
    /// - Parameters:
    ///   - access: who may fetch it through `node` (signed-in users by default).
    ///   - fetch: the value for a local id (usually a loader's `.load`), or `.null` when absent.
    public mutating func node(_ typeName: String, access: Access = .signedIn,
                              fetch: @escaping @Sendable (_ localID: String, _ context: RequestContext) throws -> FieldValue) {
        nodeFetchers[typeName] = NodeFetcher(typeName: typeName, access: access, fetch: fetch)
    }
}

/// How `node(id:)` fetches one type.
public struct NodeFetcher: Sendable {
    public let typeName: String
    public let access: Access
    public let fetch: @Sendable (String, RequestContext) throws -> FieldValue
}

/// A typed resolver received a parent of another Swift type (a wiring bug; an internal error).
public struct UnexpectedParent: Error, CustomStringConvertible {
    public let coordinate: String, expected: String, found: String
    public var description: String { "Resolver \(coordinate) expected a \(expected) parent, got \(found)." }
}
