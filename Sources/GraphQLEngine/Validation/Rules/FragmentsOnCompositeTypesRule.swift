/// Fragments On Composite Types: a type condition names an object, interface or union
/// (spec: https://spec.graphql.org/draft/#sec-Fragments-On-Composite-Types).
public final class FragmentsOnCompositeTypesRule: ValidationRule {
    public static let hooks: ValidationHooks = [.enterInlineFragment, .enterFragmentDefinition]
    public init() {}

    public func enterInlineFragment(_ node: InlineFragment, _ context: ValidationContext) {
        guard let condition = node.typeCondition,
              let type = context.index.type(named: condition.name.value), !type.isComposite else { return }
        context.report("Fragment cannot condition on non composite type \"\(condition.name.value)\".",
                       at: condition.loc)
    }

    public func enterFragmentDefinition(_ node: FragmentDefinition, _ context: ValidationContext) {
        let condition = node.typeCondition
        guard let type = context.index.type(named: condition.name.value), !type.isComposite else { return }
        context.report(
            "Fragment \"\(node.name.value)\" cannot condition on non composite type \"\(condition.name.value)\".",
            at: condition.loc)
    }
}
