/// All Variable Usages Are Allowed: a variable's type fits every position it is used in, a
/// nullable variable reaching a non-null position only through a default value; a variable for a
/// OneOf input object's field is non-null
/// (spec: https://spec.graphql.org/draft/#sec-All-Variable-Usages-Are-Allowed).
public final class VariablesInAllowedPositionRule: ValidationRule {
    public static let hooks: ValidationHooks = [.leaveOperation]
    public init() {}

    public func leaveOperation(_ node: OperationDefinition, _ context: ValidationContext) {
        if node.variableDefinitions.isEmpty { return }
        var definitions: [String: VariableDefinition] = [:]
        for definition in node.variableDefinitions { definitions[definition.variable.name.value] = definition }
        for usage in context.recursiveVariableUsages(of: node) {
            let name = usage.variable.name.value
            guard let definition = definitions[name], let locationType = usage.type,
                  let variableType = context.typeReference(definition.type) else { continue }
            if !allowedVariableUsage(context.schema, variableType, definition.defaultValue, locationType,
                                     usage.defaultValue) {
                context.report(
                    "Variable \"$\(name)\" of type \"\(variableType)\" used in position expecting type \"\(locationType)\".",
                    at: [definition.loc, usage.variable.loc])
            }
            if let parent = context.namedType(usage.parentType), parent.isInputObject, parent.isOneOf,
               !variableType.isNonNull {
                context.report(
                    "Variable \"$\(name)\" is of type \"\(variableType)\" but must be non-nullable to be used for OneOf Input Object \"\(parent.name)\".",
                    at: [definition.loc, usage.variable.loc])
            }
        }
    }

    /// A nullable variable may stand in a non-null position when it or the position has a
    /// (non-null) default value (spec: IsVariableUsageAllowed).
    private func allowedVariableUsage(_ schema: GraphQLSchema, _ variableType: TypeReference, _ variableDefault: Value?,
                                      _ locationType: TypeReference, _ locationDefault: Value?) -> Bool {
        if case let .nonNull(nullableLocation) = locationType, !variableType.isNonNull {
            var hasNonNullVariableDefault = false
            if let variableDefault {
                if case .null = variableDefault {} else { hasNonNullVariableDefault = true }
            }
            if !hasNonNullVariableDefault && locationDefault == nil { return false }
            return isTypeSubTypeOf(schema, maybeSubType: variableType, superType: nullableLocation)
        }
        return isTypeSubTypeOf(schema, maybeSubType: variableType, superType: locationType)
    }
}
