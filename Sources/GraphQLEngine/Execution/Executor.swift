/// Executes requests against a schema with bound resolvers
/// (spec: [Execution](https://spec.graphql.org/draft/#sec-Execution)).
///
/// The document must be valid (run validation first). `Context` is the request context (viewer,
/// clock, loaders, storage) handed to every resolver.
public struct Executor<Context: Sendable>: Sendable {
    public let schema: GraphQLSchema
    public var options: ExecutionOptions
    let table: ResolverTable

    public init(schema: GraphQLSchema, resolvers: Resolvers<Context> = Resolvers(), options: ExecutionOptions = ExecutionOptions()) {
        self.schema = schema
        self.table = resolvers.table
        self.options = options
    }

    /// A request ready to run: the operation's plan and its coerced variables.
    public struct Prepared: Sendable {
        public let plan: ExecutionPlan
        public let variables: GraphQLObjectValue
    }

    /// Spec ExecuteRequest: selects the operation, coerces variables, checks limits and runs it.
    public func execute(document: Document, operationName: String? = nil, variables: GraphQLObjectValue = [:],
                        root: any Sendable = GraphQLValue.null, context: Context,
                        plans: DocumentPlans? = nil) async -> ExecutionResult {
        switch prepare(document: document, operationName: operationName, variables: variables, plans: plans) {
        case let .finished(result): return result
        case let .prepared(prepared): return await execute(prepared, root: root, context: context)
        }
    }

    /// Runs a prepared query or mutation.
    public func execute(_ prepared: Prepared, root: any Sendable = GraphQLValue.null, context: Context) async -> ExecutionResult {
        var run = ExecutionRun(plan: prepared.plan, variables: prepared.variables, context: context, options: options)
        return await run.executeRoot(root, serially: prepared.plan.operation.operation == .mutation)
    }

    /// Runs a prepared request without suspending, for when every resolver answers with a value
    /// at hand (JSON data, the default resolver, introspection). Returns nil as soon as a field
    /// waits on a loader or async work; run ``execute(_:root:context:)`` then.
    public func executeSynchronously(_ prepared: Prepared, root: any Sendable = GraphQLValue.null,
                                     context: Context) -> ExecutionResult? {
        var run = ExecutionRun(plan: prepared.plan, variables: prepared.variables, context: context, options: options)
        return run.executeRootSynchronously(root)
    }

    /// A prepared request, or the response that ends it before execution.
    public enum Preparation: Sendable {
        case prepared(Prepared)
        case finished(ExecutionResult)
    }

    /// Spec GetOperation, CoerceVariableValues and the limits; `.finished` is the response to send.
    public func prepare(document: Document, operationName: String? = nil, variables: GraphQLObjectValue = [:],
                        plans: DocumentPlans? = nil) -> Preparation {
        let operation: OperationDefinition
        switch Executor.operation(in: document, named: operationName) {
        case let .success(o): operation = o
        case let .failure(e): return .finished(.requestErrors([e]))
        }
        let coerced: GraphQLObjectValue
        switch VariableValues.coerceVariableValues(schema: schema, operation: operation, inputs: variables,
                                                   source: document.source) {
        case let .success(v): coerced = v
        case let .failure(e): return .finished(.requestErrors(e.errors))
        }
        guard let rootType = schema.rootType(for: operation.operation) else {
            let locations = document.source.map { [$0.location(ofOffset: operation.loc.start)] } ?? []
            return .finished(ExecutionResult(data: ResultTree.null, errors: [GraphQLError(
                "Schema is not configured to execute \(operation.operation.rawValue) operation.", locations: locations)]))
        }
        let plan = plans?.plan(for: operation, variables: coerced) {
            PlanBuilder.plan(schema: schema, table: table, document: document, operation: operation,
                             rootType: rootType, variables: coerced)
        } ?? PlanBuilder.plan(schema: schema, table: table, document: document, operation: operation,
                              rootType: rootType, variables: coerced)
        let limitErrors = QueryLimits(defaultListSize: options.defaultListSize, variables: coerced).check(plan, options)
        if !limitErrors.isEmpty { return .finished(.requestErrors(limitErrors)) }
        return .prepared(Prepared(plan: plan, variables: coerced))
    }

    /// Spec GetOperation, with graphql-js' messages.
    static func operation(in document: Document, named name: String?) -> Result<OperationDefinition, GraphQLError> {
        var found: OperationDefinition?
        for case let .operation(o) in document.definitions {
            if let name {
                if o.name?.value == name { return .success(o) }
            } else {
                if found != nil {
                    return .failure(GraphQLError("Must provide operation name if query contains multiple operations."))
                }
                found = o
            }
        }
        if let found { return .success(found) }
        if let name { return .failure(GraphQLError("Unknown operation named \"\(name)\".")) }
        return .failure(GraphQLError("Must provide an operation."))
    }
}

extension ResultTree {
    /// A tree whose root is null (`"data": null`).
    static var null: ResultTree {
        var tree = ResultTree(plans: [], capacity: 1)
        tree.append(.null)
        return tree
    }
}
