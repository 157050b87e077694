/// Input Object Field Uniqueness: an input object literal gives each field once
/// (spec: https://spec.graphql.org/draft/#sec-Input-Object-Field-Uniqueness).
public final class UniqueInputFieldNamesRule: ValidationRule {
    public static let hooks: ValidationHooks = [.enterObjectValue, .leaveObjectValue, .enterObjectField]
    private var knownStack: [[String: Name]] = []
    private var known: [String: Name] = [:]

    public init() {}

    public func enterObjectValue(_ node: ObjectValue, _ context: ValidationContext) {
        knownStack.append(known)
        known = [:]
    }

    public func leaveObjectValue(_ node: ObjectValue, _ context: ValidationContext) {
        known = knownStack.removeLast()
    }

    public func enterObjectField(_ node: ObjectField, _ context: ValidationContext) {
        let name = node.name
        if let first = known[name.value] {
            context.report("There can be only one input field named \"\(name.value)\".", at: [first.loc, name.loc])
        } else {
            known[name.value] = name
        }
    }
}
