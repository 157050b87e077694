/// All Variables Used: every variable an operation defines is used by it or by the fragments it
/// reaches (spec: https://spec.graphql.org/draft/#sec-All-Variables-Used).
public final class NoUnusedVariablesRule: ValidationRule {
    public static let hooks: ValidationHooks = [.leaveOperation]
    public init() {}

    public func leaveOperation(_ node: OperationDefinition, _ context: ValidationContext) {
        if node.variableDefinitions.isEmpty { return }
        var used: Set<String> = []
        for usage in context.recursiveVariableUsages(of: node) { used.insert(usage.variable.name.value) }
        for definition in node.variableDefinitions {
            let name = definition.variable.name.value
            if used.contains(name) { continue }
            let message = if let operationName = node.name?.value {
                "Variable \"$\(name)\" is never used in operation \"\(operationName)\"."
            } else {
                "Variable \"$\(name)\" is never used."
            }
            context.report(message, at: definition.loc)
        }
    }
}
