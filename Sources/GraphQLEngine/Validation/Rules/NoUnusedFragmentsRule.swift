/// Fragments Must Be Used: every fragment is reached from some operation
/// (spec: https://spec.graphql.org/draft/#sec-Fragments-Must-Be-Used).
public final class NoUnusedFragmentsRule: ValidationRule {
    public init() {}

    public func leaveDocument(_ node: Document, _ context: ValidationContext) {
        var used: Set<String> = []
        var fragments: [FragmentDefinition] = []
        for definition in node.definitions {
            switch definition {
            case let .operation(op):
                for fragment in context.recursivelyReferencedFragments(of: op) { used.insert(fragment.name.value) }
            case let .fragment(fragment):
                fragments.append(fragment)
            default: break
            }
        }
        for fragment in fragments where !used.contains(fragment.name.value) {
            context.report("Fragment \"\(fragment.name.value)\" is never used.", at: fragment.loc)
        }
    }
}
