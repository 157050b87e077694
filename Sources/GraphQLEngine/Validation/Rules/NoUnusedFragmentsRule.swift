/// Fragments Must Be Used: every fragment is reached from some operation
/// (spec: https://spec.graphql.org/draft/#sec-Fragments-Must-Be-Used).
public final class NoUnusedFragmentsRule: ValidationRule {
    public static let hooks: ValidationHooks = [.leaveDocument]
    public init() {}

    public func leaveDocument(_ node: Document, _ context: ValidationContext) {
        var fragments: [FragmentDefinition] = []
        for case let .fragment(fragment) in node.definitions { fragments.append(fragment) }
        if fragments.isEmpty { return }
        context.buildFragmentTable()
        var used = [Bool](repeating: false, count: context.fragmentList.count)
        for case let .operation(op) in node.definitions {
            for fragment in context.recursivelyReferencedFragmentIndices(of: op) { used[fragment] = true }
        }
        for fragment in fragments where !used[context.fragmentIndex(named: fragment.name.value)!] {
            context.report("Fragment \"\(fragment.name.value)\" is never used.", at: fragment.loc)
        }
    }
}
