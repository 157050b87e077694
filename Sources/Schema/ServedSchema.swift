import GraphQLEngine
import Resolvers

/// The schema the server serves, with its resolvers bound and checked.
public struct ServedSchema: Sendable {
    /// Where the SDL came from.
    public let path: String
    public let sdl: String
    public let schema: GraphQLSchema
    public let registry: ResolverRegistry

    /// Builds `sdl` with the engine, installs the custom scalars and checks the bindings.
    /// - Throws: `SchemaBindingError.invalidSchema` with the engine's errors, or
    ///   `.unbound` listing every field without a resolver and every resolver without a field.
    public init(sdl: String, path: String, registry: ResolverRegistry = Domains.registry()) throws {
        var schema: GraphQLSchema
        do {
            schema = try GraphQLSchema(sdl: sdl, sourceName: path)
        } catch {
            throw SchemaBindingError.invalidSchema(path: path, errors: error.errors.map(\.message))
        }
        CustomScalars.install(on: &schema)
        let problems = Self.problems(schema: schema, registry: registry)
        if !problems.isEmpty { throw SchemaBindingError.unbound(path: path, problems: problems) }
        self.path = path
        self.sdl = sdl
        self.schema = schema
        self.registry = registry
    }

    /// Finds `schema.graphql` (see ``SchemaLocator``), reads it and binds it.
    public static func load(override: String? = nil, registry: ResolverRegistry = Domains.registry()) throws -> ServedSchema {
        let path = try SchemaLocator.locate(override: override)
        return try ServedSchema(sdl: try SchemaSource.load(from: path), path: path, registry: registry)
    }

    /// An executor over this schema with these options.
    public func executor(options: ExecutionOptions) -> Executor<RequestContext> {
        Executor(schema: schema, resolvers: registry.resolvers, options: options)
    }

    /// The start-up check: the engine's binding check, plus node types that the schema lacks or
    /// that do not implement `Node`.
    static func problems(schema: GraphQLSchema, registry: ResolverRegistry) -> [String] {
        var problems = registry.resolvers.check(against: schema)
        for name in registry.nodeFetchers.keys.sorted() {
            guard case let .object(type)? = schema.type(named: name) else {
                problems.append("node(id:) can fetch \(name), which is not an object type of the schema.")
                continue
            }
            if !type.interfaces.contains("Node") {
                problems.append("node(id:) can fetch \(name), which does not implement Node.")
            }
        }
        return problems
    }
}

/// Why the served schema could not be bound.
public enum SchemaBindingError: Error, Equatable, CustomStringConvertible {
    case invalidSchema(path: String, errors: [String])
    case unbound(path: String, problems: [String])

    public var description: String {
        switch self {
        case let .invalidSchema(path, errors):
            "the schema at \(path) is not valid:\n" + errors.map { "  - \($0)" }.joined(separator: "\n")
        case let .unbound(path, problems):
            "the schema at \(path) and the resolvers disagree (\(problems.count) problems):\n"
                + problems.map { "  - \($0)" }.joined(separator: "\n")
        }
    }
}
