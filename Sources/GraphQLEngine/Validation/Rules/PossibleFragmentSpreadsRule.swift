/// Fragment Spread Is Possible: a fragment's type can overlap the type it is spread into
/// (spec: https://spec.graphql.org/draft/#sec-Fragment-spread-is-possible).
public final class PossibleFragmentSpreadsRule: ValidationRule {
    public static let hooks: ValidationHooks = [.enterInlineFragment, .enterFragmentSpread]
    public init() {}

    public func enterInlineFragment(_ node: InlineFragment, _ context: ValidationContext) {
        guard let fragmentType = context.namedOutputType, fragmentType.isComposite,
              let parentType = context.parentType,
              !context.index.doTypesOverlap(fragmentType, parentType) else { return }
        context.report(
            "Fragment cannot be spread here as objects of type \"\(parentType.name)\" can never be of type \"\(fragmentType.name)\".",
            at: node.loc)
    }

    public func enterFragmentSpread(_ node: FragmentSpread, _ context: ValidationContext) {
        let name = node.name.value
        guard let fragment = context.fragment(named: name),
              let fragmentType = context.index.type(named: fragment.typeCondition.name.value),
              fragmentType.isComposite, let parentType = context.parentType,
              !context.index.doTypesOverlap(fragmentType, parentType) else { return }
        context.report(
            "Fragment \"\(name)\" cannot be spread here as objects of type \"\(parentType.name)\" can never be of type \"\(fragmentType.name)\".",
            at: node.loc)
    }
}
