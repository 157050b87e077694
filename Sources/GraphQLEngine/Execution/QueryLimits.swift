/// Depth, alias and cost limits, checked on the plan before execution starts.
///
/// Depth counts nested selection sets (the root's fields are level 1). Aliases count aliased
/// fields as executed: a fragment spread in two places counts its aliases twice. Cost is 1 per field plus, for a field with a
/// selection set, its sub-selection's cost times the expected list size (`first`, else the
/// default) when the field is a list; for an interface or union the costliest type counts.
/// A `first` given by a variable counts with the variable's coerced value (or its default).
struct QueryLimits {
    let defaultListSize: Int
    /// The request's coerced variable values, for arguments that use variables.
    var variables: GraphQLObjectValue = [:]

    struct Measure {
        var depth = 0
        var aliases = 0
        var cost = 0
    }

    func measure(_ plan: ExecutionPlan) -> Measure {
        var m = Measure()
        var seenAliases = Set<ObjectIdentifier>()
        var memo: [ObjectIdentifier: (depth: Int, cost: Int)] = [:]
        let (depth, cost) = measure(plan.root, &memo, &seenAliases, &m.aliases)
        m.depth = depth
        m.cost = cost
        return m
    }

    private func measure(_ sp: SelectionPlan, _ memo: inout [ObjectIdentifier: (depth: Int, cost: Int)],
                         _ seen: inout Set<ObjectIdentifier>, _ aliases: inout Int) -> (depth: Int, cost: Int) {
        if let m = memo[ObjectIdentifier(sp)] { return m }
        var depth = 0
        var cost = 0
        for f in sp.fields {
            if seen.insert(ObjectIdentifier(f)).inserted {
                aliases += f.info.fieldNodes.filter { $0.alias != nil }.count
            }
            var fieldDepth = 1
            var fieldCost = 1
            let (children, isList) = subPlans(f.completion)
            var childDepth = 0
            var childCost = 0
            for child in children {
                let (d, c) = measure(child, &memo, &seen, &aliases)
                childDepth = max(childDepth, d)
                childCost = max(childCost, c)
            }
            fieldDepth += childDepth
            fieldCost += childCost * (isList ? listSize(f) : 1)
            depth = max(depth, fieldDepth)
            cost += fieldCost
        }
        memo[ObjectIdentifier(sp)] = (depth, cost)
        return (depth, cost)
    }

    private func subPlans(_ c: Completion) -> ([SelectionPlan], Bool) {
        switch c {
        case let .nonNull(inner): return subPlans(inner)
        case let .list(inner): return (subPlans(inner).0, true)
        case let .object(sp): return ([sp], false)
        case let .abstract(ap): return (Array(ap.plans.values), false)
        case .scalar, .enumType: return ([], false)
        }
    }

    private func listSize(_ f: PlannedField) -> Int {
        let arguments: GraphQLObjectValue?
        switch f.arguments {
        case let .constant(a): arguments = a
        case let .dynamic(definitions, nodes, location):
            // Coerced as execution will; an argument error surfaces there, the default counts here.
            arguments = try? VariableValues.coerceArgumentValues(
                schema: f.info.schema, definitions: definitions, arguments: nodes, at: location,
                variables: variables, source: nil)
        case .failed: arguments = nil
        }
        if case let .int(n)? = arguments?["first"], n >= 0 { return n }
        return defaultListSize
    }

    /// The errors for every limit the plan exceeds.
    func check(_ plan: ExecutionPlan, _ options: ExecutionOptions) -> [GraphQLError] {
        guard options.maxDepth != nil || options.maxAliases != nil || options.maxCost != nil else { return [] }
        let m = measure(plan)
        var errors: [GraphQLError] = []
        let code = [(key: "code", value: "QUERY_TOO_COMPLEX")]
        if let max = options.maxDepth, m.depth > max {
            errors.append(GraphQLError("Query is too deep: \(m.depth) levels, the maximum is \(max).", extensions: code))
        }
        if let max = options.maxAliases, m.aliases > max {
            errors.append(GraphQLError("Query has too many aliases: \(m.aliases), the maximum is \(max).", extensions: code))
        }
        if let max = options.maxCost, m.cost > max {
            errors.append(GraphQLError("Query is too costly: an estimated cost of \(m.cost), the maximum is \(max).", extensions: code))
        }
        return errors
    }
}
