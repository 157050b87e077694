/// Executable Definitions: a document sent for execution holds only operations and fragments
/// (spec: https://spec.graphql.org/draft/#sec-Executable-Definitions).
public final class ExecutableDefinitionsRule: ValidationRule {
    public static let hooks: ValidationHooks = [.enterDocument]
    public init() {}

    public func enterDocument(_ node: Document, _ context: ValidationContext) {
        for definition in node.definitions {
            let name: String
            switch definition {
            case .operation, .fragment: continue
            case let .typeSystem(d):
                switch d {
                case .schema: name = "schema"
                case let .type(t): name = "\"" + t.name.value + "\""
                case let .directive(t): name = "\"" + t.name.value + "\""
                }
            case let .typeSystemExtension(e):
                switch e {
                case .schema: name = "schema"
                case let .scalar(t): name = "\"" + t.name.value + "\""
                case let .object(t): name = "\"" + t.name.value + "\""
                case let .interface(t): name = "\"" + t.name.value + "\""
                case let .union(t): name = "\"" + t.name.value + "\""
                case let .enumType(t): name = "\"" + t.name.value + "\""
                case let .inputObject(t): name = "\"" + t.name.value + "\""
                }
            }
            context.report("The \(name) definition is not executable.", at: definition.loc)
        }
    }
}
