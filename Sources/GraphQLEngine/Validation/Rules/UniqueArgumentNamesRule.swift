/// Argument Uniqueness: a field or directive gets each argument once
/// (spec: https://spec.graphql.org/draft/#sec-Argument-Uniqueness).
public final class UniqueArgumentNamesRule: ValidationRule {
    public static let hooks: ValidationHooks = [.enterField, .enterDirective]
    public init() {}

    public func enterField(_ node: Field, _ context: ValidationContext) {
        check(node.arguments, context)
    }

    public func enterDirective(_ node: Directive, location: DirectiveLocation, _ context: ValidationContext) {
        check(node.arguments, context)
    }

    private func check(_ arguments: [Argument], _ context: ValidationContext) {
        if arguments.count < 2 { return }
        for (name, locations) in groupedLocations(arguments.map { ($0.name.value, $0.name.loc) })
        where locations.count > 1 {
            context.report("There can be only one argument named \"\(name)\".", at: locations)
        }
    }
}
