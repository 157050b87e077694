import GraphQLEngine
import Resolvers

/// The limits and switches of the GraphQL endpoint, from the server's settings.
struct GraphQLLimits: Sendable {
    /// Largest request body accepted (413 above it).
    var maxBodyBytes = 1 << 20
    /// Longest query text accepted, in UTF-8 bytes (QUERY_TOO_COMPLEX above it).
    var maxQueryBytes = 100_000
    /// Deepest selection nesting (QUERY_TOO_COMPLEX above it).
    var maxDepth: Int? = 15
    /// Most aliased fields.
    var maxAliases: Int? = 100
    /// Highest estimated cost (see `ExecutionOptions.maxCost`).
    var maxCost: Int? = 50_000
    /// How long one operation may execute before it stops with a TIMEOUT error.
    var timeout: Duration? = .seconds(30)
    /// Whether `__schema` and `__type` may be queried.
    var introspection = true
    /// Documents kept in the parsed-and-validated document cache.
    var documentCacheSize = 1000
    /// Queries kept for automatic persisted queries.
    var persistedQueryCacheSize = 5000

    /// The executor's options for these limits, with the server's error mapping.
    var executionOptions: ExecutionOptions {
        ExecutionOptions(maxDepth: maxDepth, maxAliases: maxAliases, maxCost: maxCost, timeout: timeout,
                         errorMapper: ResolverErrorMapping.map)
    }

    /// The parser's token limit follows the query size limit, and its depth the depth limit.
    var parseOptions: ParseOptions {
        ParseOptions(maxTokens: maxQueryBytes / 2 + 1000,
                     maxDepth: min(ParseOptions.defaultMaxDepth, max(32, (maxDepth ?? 0) * 2 + 8)))
    }
}
