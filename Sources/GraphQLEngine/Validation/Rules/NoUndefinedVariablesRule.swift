/// All Variable Uses Defined: every variable used by an operation, in it or in the fragments it
/// reaches, is defined by that operation (spec: https://spec.graphql.org/draft/#sec-All-Variable-Uses-Defined).
public final class NoUndefinedVariablesRule: ValidationRule {
    public static let hooks: ValidationHooks = [.leaveOperation]
    public init() {}

    public func leaveOperation(_ node: OperationDefinition, _ context: ValidationContext) {
        var defined: Set<String> = []
        for definition in node.variableDefinitions { defined.insert(definition.variable.name.value) }
        for usage in context.recursiveVariableUsages(of: node) {
            let name = usage.variable.name.value
            if defined.contains(name) { continue }
            let message = if let operationName = node.name?.value {
                "Variable \"$\(name)\" is not defined by operation \"\(operationName)\"."
            } else {
                "Variable \"$\(name)\" is not defined."
            }
            context.report(message, at: [usage.variable.loc, node.loc])
        }
    }
}
