/// Operation Name Uniqueness: no two operations share a name
/// (spec: https://spec.graphql.org/draft/#sec-Operation-Name-Uniqueness).
public final class UniqueOperationNamesRule: ValidationRule {
    public static let hooks: ValidationHooks = [.enterOperation]
    private var known: [String: Name] = [:]

    public init() {}

    public func enterOperation(_ node: OperationDefinition, _ context: ValidationContext) {
        guard let name = node.name else { return }
        if let first = known[name.value] {
            context.report("There can be only one operation named \"\(name.value)\".", at: [first.loc, name.loc])
        } else {
            known[name.value] = name
        }
    }
}
