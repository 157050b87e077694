/// Fragment Spread Target Defined: every spread names a fragment of the document
/// (spec: https://spec.graphql.org/draft/#sec-Fragment-spread-target-defined).
public final class KnownFragmentNamesRule: ValidationRule {
    public static let hooks: ValidationHooks = [.enterFragmentSpread]
    public init() {}

    public func enterFragmentSpread(_ node: FragmentSpread, _ context: ValidationContext) {
        if context.fragment(named: node.name.value) == nil {
            context.report("Unknown fragment \"\(node.name.value)\".", at: node.name.loc)
        }
    }
}
