/// Required Arguments: every required argument (non-null, no default) of a field or directive is
/// given (spec: https://spec.graphql.org/draft/#sec-Required-Arguments).
public final class ProvidedRequiredArgumentsRule: ValidationRule {
    public static let hooks: ValidationHooks = [.leaveField, .leaveDirective]
    public init() {}

    public func leaveField(_ node: Field, _ context: ValidationContext) {
        guard let fieldDef = context.fieldDef else { return }
        for argument in fieldDef.arguments where argument.isRequired {
            if node.arguments.contains(where: { $0.name.value == argument.name }) { continue }
            context.report(
                "Field \"\(fieldDef.name)\" argument \"\(argument.name)\" of type \"\(argument.type)\" is required, but it was not provided.",
                at: node.loc)
        }
    }

    public func leaveDirective(_ node: Directive, _ context: ValidationContext) {
        let directiveName = node.name.value
        var required: [(name: String, type: String)] = []
        if let definition = context.directiveDefinitionsInDocument[directiveName] {
            for argument in definition.arguments {
                if case .nonNull = argument.type, argument.defaultValue == nil {
                    required.append((argument.name.value, TypeReference(argument.type).description))
                }
            }
        } else if let directive = context.index.directive(named: directiveName) {
            for argument in directive.arguments where argument.isRequired {
                required.append((argument.name, argument.type.description))
            }
        }
        for argument in required where !node.arguments.contains(where: { $0.name.value == argument.name }) {
            context.report(
                "Directive \"@\(directiveName)\" argument \"\(argument.name)\" of type \"\(argument.type)\" is required, but it was not provided.",
                at: node.loc)
        }
    }
}
