/// Limits and error handling for execution.
public struct ExecutionOptions: Sendable {
    /// The deepest selection nesting allowed (the root's fields are level 1), or nil.
    public var maxDepth: Int?
    /// The most aliased fields allowed in the operation, or nil.
    public var maxAliases: Int?
    /// The highest cost estimate allowed, or nil. Each field costs 1; the fields under a list
    /// count once per expected item: its `first` argument, else ``defaultListSize``.
    public var maxCost: Int?
    /// How many items a list without a `first` argument is expected to hold.
    public var defaultListSize: Int
    /// Execution stops, with data null and a `TIMEOUT` error, once this much time has passed.
    public var timeout: Duration?
    /// Turns an error a resolver threw (other than ``GraphQLError``) into the error clients see.
    /// The default uses the error's description; a server maps unknown errors to
    /// `Internal server error` here.
    public var errorMapper: @Sendable (any Error) -> GraphQLError

    public init(maxDepth: Int? = nil, maxAliases: Int? = nil, maxCost: Int? = nil, defaultListSize: Int = 10,
                timeout: Duration? = nil,
                errorMapper: @escaping @Sendable (any Error) -> GraphQLError = { GraphQLError(String(describing: $0), underlying: $0) }) {
        self.maxDepth = maxDepth
        self.maxAliases = maxAliases
        self.maxCost = maxCost
        self.defaultListSize = defaultListSize
        self.timeout = timeout
        self.errorMapper = errorMapper
    }
}
