/// Directives Are Unique Per Location: a non-repeatable directive appears at most once on a node
/// (spec: https://spec.graphql.org/draft/#sec-Directives-Are-Unique-Per-Location).
///
/// A schema definition and its extensions share one location, as do a type definition and its
/// extensions (graphql-js).
public final class UniqueDirectivesPerLocationRule: ValidationRule {
    public static let hooks: ValidationHooks = [.enterDirectives]
    private var sharedSeen: [String: [String: Directive]] = [:]

    public init() {}

    public func enterDirectives(_ directives: [Directive], sharedKey: String?, _ context: ValidationContext) {
        if directives.count < 2 && sharedKey == nil { return }
        var seen = sharedKey.flatMap { sharedSeen[$0] } ?? [:]
        for directive in directives {
            let name = directive.name.value
            guard isUnique(name, context) else { continue }
            if let first = seen[name] {
                context.report("The directive \"@\(name)\" can only be used once at this location.",
                               at: [first.loc, directive.loc])
            } else {
                seen[name] = directive
            }
        }
        if let sharedKey { sharedSeen[sharedKey] = seen }
    }

    private func isUnique(_ name: String, _ context: ValidationContext) -> Bool {
        if let definition = context.directiveDefinitionsInDocument[name] { return !definition.isRepeatable }
        guard let directive = context.index.directive(named: name) else { return false }
        return !directive.isRepeatable
    }
}
