/// Limits the parser enforces so that hostile documents end with a syntax error instead of
/// exhausting memory or the stack.
public struct ParseOptions: Sendable, Hashable {
    /// The most tokens a document may have (graphql-js' `maxTokens`); `nil` for no limit.
    public var maxTokens: Int?
    /// The deepest nesting of selection sets, list and object values and list types.
    public var maxDepth: Int

    /// The default depth limit: deep enough for any real document, shallow enough for the stack
    /// of a secondary thread.
    public static let defaultMaxDepth = 256

    public init(maxTokens: Int? = nil, maxDepth: Int = ParseOptions.defaultMaxDepth) {
        self.maxTokens = maxTokens
        self.maxDepth = maxDepth
    }
}
