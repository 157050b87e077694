/// Argument Names: every argument is defined by its field or directive, with graphql-js' "Did you
/// mean" suggestions (spec: https://spec.graphql.org/draft/#sec-Argument-Names).
public final class KnownArgumentNamesRule: ValidationRule {
    public static let hooks: ValidationHooks = [.enterDirective, .enterArgument]
    public init() {}

    public func enterDirective(_ node: Directive, location: DirectiveLocation, _ context: ValidationContext) {
        if node.arguments.isEmpty { return }
        let directiveName = node.name.value
        guard let known = context.directiveArgumentNames(directiveName) else { return }
        for argument in node.arguments where !known.contains(argument.name.value) {
            let name = argument.name.value
            context.report("Unknown argument \"\(name)\" on directive \"@\(directiveName)\"."
                + didYouMean(nil, suggestionList(name, known)), at: argument.loc)
        }
    }

    public func enterArgument(_ node: Argument, onDirective: Bool, _ context: ValidationContext) {
        guard !onDirective, context.argument == nil, let fieldDef = context.fieldDef,
              let parent = context.parentType else { return }
        let name = node.name.value
        let known = fieldDef.arguments.map(\.name)
        context.report("Unknown argument \"\(name)\" on field \"\(parent.name).\(fieldDef.name)\"."
            + didYouMean(nil, suggestionList(name, known)), at: node.loc)
    }
}
