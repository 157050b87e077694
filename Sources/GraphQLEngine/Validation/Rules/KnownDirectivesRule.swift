/// Directives Are Defined and Directives Are In Valid Locations
/// (spec: https://spec.graphql.org/draft/#sec-Directives-Are-Defined,
/// https://spec.graphql.org/draft/#sec-Directives-Are-In-Valid-Locations).
public final class KnownDirectivesRule: ValidationRule {
    public static let hooks: ValidationHooks = [.enterDirective]
    public init() {}

    public func enterDirective(_ node: Directive, location: DirectiveLocation, _ context: ValidationContext) {
        let name = node.name.value
        let allowed: Bool
        if let definition = context.directiveDefinitionsInDocument[name] {
            allowed = definition.locations.contains { $0.value == location.rawValue }
        } else if let directive = context.directive ?? context.index.directive(named: name) {
            allowed = directive.locations.contains(location)
        } else {
            context.report("Unknown directive \"@\(name)\".", at: node.loc)
            return
        }
        if !allowed {
            context.report("Directive \"@\(name)\" may not be used on \(location.rawValue).", at: node.loc)
        }
    }
}
