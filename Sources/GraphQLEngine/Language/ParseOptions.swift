/// Limits the parser enforces so that hostile documents end with a syntax error instead of
/// exhausting memory or the stack.
public struct ParseOptions: Sendable, Hashable {
    /// The most tokens a document may have (graphql-js' `maxTokens`); `nil` for no limit.
    public var maxTokens: Int?
    /// The deepest nesting of selection sets, list and object values and list types.
    public var maxDepth: Int

    /// The default depth limit: far deeper than real documents go (the full introspection query
    /// nests 13 levels), shallow enough for a 512 KiB thread stack (a level takes about 1.4 KiB
    /// of stack in a release build, several times that in a debug build).
    public static let defaultMaxDepth = 128

    public init(maxTokens: Int? = nil, maxDepth: Int = ParseOptions.defaultMaxDepth) {
        self.maxTokens = maxTokens
        self.maxDepth = maxDepth
    }
}
