/// Leaf Field Selections: leaf fields have no selection set, composite fields have one
/// (spec: https://spec.graphql.org/draft/#sec-Leaf-Field-Selections).
public final class ScalarLeafsRule: ValidationRule {
    public static let hooks: ValidationHooks = [.enterField]
    public init() {}

    public func enterField(_ node: Field, _ context: ValidationContext) {
        guard let type = context.type, let named = context.namedOutputType else { return }
        let fieldName = node.name.value
        if named.isLeaf {
            if let selectionSet = node.selectionSet {
                context.report(
                    "Field \"\(fieldName)\" must not have a selection since type \"\(type)\" has no subfields.",
                    at: selectionSet.loc)
            }
        } else if node.selectionSet == nil {
            context.report(
                "Field \"\(fieldName)\" of type \"\(type)\" must have a selection of subfields. Did you mean \"\(fieldName) { ... }\"?",
                at: node.loc)
        }
    }
}
