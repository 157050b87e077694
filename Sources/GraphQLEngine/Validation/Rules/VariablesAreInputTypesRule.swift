/// Variables Are Input Types: a variable's type is a scalar, enum or input object
/// (spec: https://spec.graphql.org/draft/#sec-Variables-Are-Input-Types).
public final class VariablesAreInputTypesRule: ValidationRule {
    public static let hooks: ValidationHooks = [.enterVariableDefinition]
    public init() {}

    public func enterVariableDefinition(_ node: VariableDefinition, _ context: ValidationContext) {
        guard let type = context.index.type(named: node.type.namedType.name.value), !type.isInputType else { return }
        let typeName = TypeReference(node.type).description
        context.report("Variable \"$\(node.variable.name.value)\" cannot be non-input type \"\(typeName)\".",
                       at: node.type.loc)
    }
}
