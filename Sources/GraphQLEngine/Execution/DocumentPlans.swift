import Synchronization

/// The execution plans of one document, reused across requests.
///
/// A plan depends on the operation and on the values of the variables that `@skip`/`@include`
/// read; a plan is reused when those values match. Keep one per cached document.
public final class DocumentPlans: Sendable {
    private let plans = Mutex<[ExecutionPlan]>([])

    public init() {}

    /// A cached plan for `operation` under these variables, or the one `build` makes (then cached).
    func plan(for operation: OperationDefinition, variables: GraphQLObjectValue,
              build: () -> ExecutionPlan) -> ExecutionPlan {
        let cached = plans.withLock { plans in
            plans.first { p in
                p.operation.name?.value == operation.name?.value && p.operation.loc.start == operation.loc.start
                    && zip(p.conditionVariables, p.conditionValues).allSatisfy { name, value in
                        if case let .bool(b)? = variables[name] { return b == value }
                        return value == false
                    }
            }
        }
        if let cached { return cached }
        let plan = build()
        plans.withLock { plans in
            if plans.count < 64 { plans.append(plan) }
        }
        return plan
    }
}
