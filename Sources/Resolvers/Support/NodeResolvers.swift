import GraphQLEngine

/// `Query.node(id:)`, `Query.nodes(ids:)` and the shared value types (`PageInfo`, `UserError`),
/// bound once for every domain.
///
/// Call ``register(into:)`` after every domain has registered, so that the node fetchers
/// are all known.
public enum NodeResolvers {
    /// How many ids `nodes(ids:)` takes at once.
    public static let maxNodes = 100

    public static func register(into registry: inout ResolverRegistry) {
        let fetchers = registry.nodeFetchers
        registry.field("Query", "node", access: .anyone) { _, arguments, context, _ in
            guard case let .string(id)? = arguments["id"] else { return .null }
            return try resolve(id, fetchers: fetchers, context: context)
        }
        registry.field("Query", "nodes", access: .anyone) { _, arguments, context, _ in
            guard case let .list(ids)? = arguments["ids"] else { return .list([]) }
            guard ids.count <= maxNodes else {
                throw GraphQLError("Argument \"ids\" has \(ids.count) ids; at most \(maxNodes) are allowed at once.",
                                   extensions: [(key: "code", value: "BAD_USER_INPUT")])
            }
            return .list(ids.map { id in
                guard case let .string(text) = id else { return .null }
                do {
                    return try resolve(text, fetchers: fetchers, context: context)
                } catch {
                    return .error(error)
                }
            })
        }
        registry.useDefaultResolvers(for: "PageInfo", "UserError")
    }

    /// The object for one global id: null when the id names no known type or no object, an
    /// authorization error when the caller may not fetch that type.
    static func resolve(_ id: String, fetchers: [String: NodeFetcher], context: RequestContext) throws -> FieldValue {
        guard let global = GlobalID(decoding: id), let fetcher = fetchers[global.typeName] else { return .null }
        if let denial = try fetcher.access.denial(for: "Query.node(\(global.typeName))", source: GraphQLValue.null,
                                                  arguments: [:], context: context) {
            throw denial
        }
        return tagged(try fetcher.fetch(global.localID, context), typeName: global.typeName)
    }

    /// Names the object type on a fetched value so the `Node` interface resolves without a
    /// type resolver.
    static func tagged(_ value: FieldValue, typeName: String) -> FieldValue {
        switch value {
        case let .object(object, _): return .object(object, typeName: typeName)
        case let .load(request):
            return .load(LoadRequest(loader: request.loader, resume: { tagged(request.resume(), typeName: typeName) }))
        case let .async(work): return .async { tagged(try await work(), typeName: typeName) }
        default: return value
        }
    }
}

/// A `UserError` entry (domain refusal) as the default resolver reads it.
public struct UserErrorValue: Sendable {
    /// Builds the value of one `UserError`.
    /// - Parameters:
    ///   - field: the path to the input field, e.g. `["input", "odometerKm"]`.
    ///   - code: one of `UserErrorCode`: INVALID, NOT_FOUND, CONFLICT, OUT_OF_RANGE, INSUFFICIENT_FUNDS.
    public static func make(field: [String]?, message: String, code: String) -> GraphQLValue {
        .object(GraphQLObjectValue([
            (key: "field", value: field.map { .list($0.map(GraphQLValue.string)) } ?? .null),
            (key: "message", value: .string(message)),
            (key: "code", value: .string(code)),
        ]))
    }
}
