/// Lone Anonymous Operation: an anonymous operation must be the only operation
/// (spec: https://spec.graphql.org/draft/#sec-Lone-Anonymous-Operation).
public final class LoneAnonymousOperationRule: ValidationRule {
    public static let hooks: ValidationHooks = [.enterDocument, .enterOperation]
    private var operationCount = 0

    public init() {}

    public func enterDocument(_ node: Document, _ context: ValidationContext) {
        for case .operation in node.definitions { operationCount += 1 }
    }

    public func enterOperation(_ node: OperationDefinition, _ context: ValidationContext) {
        if node.name == nil && operationCount > 1 {
            context.report("This anonymous operation must be the only defined operation.", at: node.loc)
        }
    }
}
