/// Subscriptions (spec: [Subscription](https://spec.graphql.org/draft/#sec-Subscription)).
extension Executor {
    /// A subscription's response stream, or the response that ends the request.
    public enum SubscriptionOutcome: Sendable {
        /// One response per source event; cancelling or dropping the stream cancels the source.
        case events(AsyncThrowingStream<ExecutionResult, any Error>)
        case finished(ExecutionResult)
    }

    /// Spec Subscribe: CreateSourceEventStream, then MapSourceToResponseEvent over it.
    public func subscribe(document: Document, operationName: String? = nil, variables: GraphQLObjectValue = [:],
                          root: any Sendable = GraphQLValue.null, context: Context,
                          plans: DocumentPlans? = nil) async -> SubscriptionOutcome {
        let prepared: Prepared
        switch prepare(document: document, operationName: operationName, variables: variables, plans: plans) {
        case let .finished(result): return .finished(result)
        case let .prepared(p): prepared = p
        }
        let plan = prepared.plan
        guard plan.operation.operation == .subscription, let field = plan.root.fields.first else {
            return .finished(await execute(prepared, root: root, context: context))
        }
        let stream: AsyncThrowingStream<FieldValue, any Error>
        switch await createSourceEventStream(plan, field, prepared.variables, root, context) {
        case let .success(s): stream = s
        case let .failure(e): return .finished(.requestErrors(e.errors))
        }
        let (responses, continuation) = AsyncThrowingStream<ExecutionResult, any Error>.makeStream()
        let executor = self
        let variables = prepared.variables
        let task = Task {
            do {
                for try await event in stream {
                    try Task.checkCancellation()
                    continuation.yield(await executor.executeEvent(plan, variables, event, context))
                }
                continuation.finish()
            } catch {
                continuation.finish(throwing: error)
            }
        }
        continuation.onTermination = { _ in task.cancel() }
        return .events(responses)
    }

    /// Spec CreateSourceEventStream: the root field's subscribe resolver yields the event stream.
    private func createSourceEventStream(_ plan: ExecutionPlan, _ field: PlannedField, _ variables: GraphQLObjectValue,
                                         _ root: any Sendable, _ context: Context) async -> Result<AsyncThrowingStream<FieldValue, any Error>, RequestErrors> {
        let locations = plan.source.map { s in field.info.fieldNodes.map { s.location(ofOffset: $0.loc.start) } } ?? []
        func located(_ error: any Error) -> RequestErrors {
            var e = (error as? GraphQLError) ?? options.errorMapper(error)
            if e.locations.isEmpty { e.locations = locations }
            e.path = [.key(field.responseKey)]
            return RequestErrors(errors: [e])
        }
        let arguments: GraphQLObjectValue
        switch field.arguments {
        case let .constant(a): arguments = a
        case let .failed(e): return .failure(located(e))
        case let .dynamic(definitions, nodes, location):
            do {
                arguments = try VariableValues.coerceArgumentValues(schema: schema, definitions: definitions, arguments: nodes,
                                                                    at: location, variables: variables, source: plan.source)
            } catch {
                return .failure(located(error))
            }
        }
        guard let subscribe = table.subscriptions[plan.rootTypeName + "." + field.fieldName] else {
            return .failure(located(GraphQLError("Subscription field must return Async Iterable. Received: undefined.")))
        }
        do {
            return .success(try await subscribe(root, arguments, context, field.info))
        } catch {
            return .failure(located(error))
        }
    }

    /// Spec ExecuteSubscriptionEvent: the selection set with the event as the root value.
    func executeEvent(_ plan: ExecutionPlan, _ variables: GraphQLObjectValue, _ event: FieldValue,
                      _ context: Context) async -> ExecutionResult {
        let root: any Sendable
        switch event {
        case let .value(g): root = g
        case let .object(x, _): root = x
        case let .error(e):
            return .requestErrors([(e as? GraphQLError) ?? options.errorMapper(e)])
        default: root = GraphQLValue.null
        }
        var run = ExecutionRun(plan: plan, variables: variables, context: context, options: options)
        return await run.executeRoot(root, serially: false)
    }
}
