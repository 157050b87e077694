/// Fragments Must Not Form Cycles: no fragment spreads itself, directly or through others
/// (spec: https://spec.graphql.org/draft/#sec-Fragment-spreads-must-not-form-cycles).
///
/// A depth-first walk from each fragment that marks fragments as visited, so each cycle is
/// reported once, with the spreads along it (graphql-js' algorithm and order).
public final class NoFragmentCyclesRule: ValidationRule {
    public static let hooks: ValidationHooks = [.enterFragmentDefinition]
    private var visited: Set<String> = []
    private var spreadPath: [FragmentSpread] = []
    private var spreadPathIndexByName: [String: Int] = [:]

    public init() {}

    public func enterFragmentDefinition(_ node: FragmentDefinition, _ context: ValidationContext) {
        detectCycleRecursive(node, context)
    }

    private func detectCycleRecursive(_ fragment: FragmentDefinition, _ context: ValidationContext) {
        let fragmentName = fragment.name.value
        if !visited.insert(fragmentName).inserted { return }
        let spreads = context.fragmentSpreads(of: fragment.selectionSet)
        if spreads.isEmpty { return }
        spreadPathIndexByName[fragmentName] = spreadPath.count
        for spread in spreads {
            let spreadName = spread.name.value
            let cycleIndex = spreadPathIndexByName[spreadName]
            spreadPath.append(spread)
            if let cycleIndex {
                let cyclePath = spreadPath[cycleIndex...]
                let via = cyclePath.dropLast().map { "\"" + $0.name.value + "\"" }.joined(separator: ", ")
                context.report("Cannot spread fragment \"\(spreadName)\" within itself" + (via.isEmpty ? "." : " via \(via)."),
                               at: cyclePath.map(\.loc))
            } else if let spreadFragment = context.fragment(named: spreadName) {
                detectCycleRecursive(spreadFragment, context)
            }
            spreadPath.removeLast()
        }
        spreadPathIndexByName[fragmentName] = nil
    }
}
