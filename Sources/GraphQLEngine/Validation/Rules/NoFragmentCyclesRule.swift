/// Fragments Must Not Form Cycles: no fragment spreads itself, directly or through others
/// (spec: https://spec.graphql.org/draft/#sec-Fragment-spreads-must-not-form-cycles).
///
/// A depth-first walk from each fragment that marks fragments as visited, so each cycle is
/// reported once, with the spreads along it (graphql-js' algorithm and order).
public final class NoFragmentCyclesRule: ValidationRule {
    public static let hooks: ValidationHooks = [.enterFragmentDefinition]
    /// Per fragment position: visited yet, and its index in `spreadPath` while on the path (-1 off it).
    private var visited: [Bool] = []
    private var pathIndex: [Int] = []
    private var spreadPath: [FragmentSpread] = []

    public init() {}

    public func enterFragmentDefinition(_ node: FragmentDefinition, _ context: ValidationContext) {
        guard let index = context.fragmentIndex(named: node.name.value) else { return }
        if visited.isEmpty {
            visited = Array(repeating: false, count: context.fragmentList.count)
            pathIndex = Array(repeating: -1, count: context.fragmentList.count)
        }
        if visited[index] { return }
        // The definition visited, which for a repeated name is not the one spreads refer to.
        let spreads = context.fragmentSpreads(of: node.selectionSet)
        detectCycleRecursive(index, spreads, spreads.map { context.fragmentIndex(named: $0.name.value) ?? -1 }, context)
    }

    private func detectCycleRecursive(_ fragment: Int, _ context: ValidationContext) {
        if visited[fragment] { return }
        let (spreads, targets) = context.spreads(ofFragmentAt: fragment)
        detectCycleRecursive(fragment, spreads, targets, context)
    }

    private func detectCycleRecursive(_ fragment: Int, _ spreads: [FragmentSpread], _ targets: [Int],
                                      _ context: ValidationContext) {
        visited[fragment] = true
        if spreads.isEmpty { return }
        pathIndex[fragment] = spreadPath.count
        for (spread, target) in zip(spreads, targets) {
            spreadPath.append(spread)
            if target >= 0, pathIndex[target] >= 0 {
                let cyclePath = spreadPath[pathIndex[target]...]
                let via = cyclePath.dropLast().map { "\"" + $0.name.value + "\"" }.joined(separator: ", ")
                context.report("Cannot spread fragment \"\(spread.name.value)\" within itself"
                    + (via.isEmpty ? "." : " via \(via)."), at: cyclePath.map(\.loc))
            } else if target >= 0 {
                detectCycleRecursive(target, context)
            }
            spreadPath.removeLast()
        }
        pathIndex[fragment] = -1
    }
}
