/// Variable Uniqueness: an operation defines each variable once
/// (spec: https://spec.graphql.org/draft/#sec-Variable-Uniqueness).
public final class UniqueVariableNamesRule: ValidationRule {
    public static let hooks: ValidationHooks = [.enterOperation]
    public init() {}

    public func enterOperation(_ node: OperationDefinition, _ context: ValidationContext) {
        let definitions = node.variableDefinitions
        if definitions.count < 2 { return }
        for (name, locations) in groupedLocations(definitions.map { ($0.variable.name.value, $0.variable.name.loc) })
        where locations.count > 1 {
            context.report("There can be only one variable named \"$\(name)\".", at: locations)
        }
    }
}

/// graphql-js `groupBy` over names: each name with the locations of its occurrences, in the
/// order names first appear.
func groupedLocations(_ items: [(String, Location)]) -> [(String, [Location])] {
    var order: [String] = []
    var groups: [String: [Location]] = [:]
    for (name, loc) in items {
        if groups[name] == nil { order.append(name) }
        groups[name, default: []].append(loc)
    }
    return order.map { ($0, groups[$0]!) }
}
