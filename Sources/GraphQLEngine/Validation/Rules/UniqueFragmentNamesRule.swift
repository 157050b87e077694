/// Fragment Name Uniqueness: no two fragments share a name
/// (spec: https://spec.graphql.org/draft/#sec-Fragment-Name-Uniqueness).
public final class UniqueFragmentNamesRule: ValidationRule {
    public static let hooks: ValidationHooks = [.enterFragmentDefinition]
    private var known: [String: Name] = [:]

    public init() {}

    public func enterFragmentDefinition(_ node: FragmentDefinition, _ context: ValidationContext) {
        let name = node.name
        if let first = known[name.value] {
            context.report("There can be only one fragment named \"\(name.value)\".", at: [first.loc, name.loc])
        } else {
            known[name.value] = name
        }
    }
}
