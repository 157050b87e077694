/// Single Root Field: a subscription selects exactly one root field, and not an introspection
/// field (spec: https://spec.graphql.org/draft/#sec-Single-Root-Field).
///
/// Fields are collected as execution does (graphql-js `collectFields` with no variable values):
/// `@skip(if: true)` and `@include(if: false)` drop a selection; fragments whose type condition
/// cannot apply to the subscription type are left out.
public final class SingleFieldSubscriptionsRule: ValidationRule {
    public static let hooks: ValidationHooks = [.enterOperation]
    public init() {}

    public func enterOperation(_ node: OperationDefinition, _ context: ValidationContext) {
        guard node.operation == .subscription, let subscriptionType = context.index.rootType(for: .subscription)
        else { return }
        var order: [String] = []
        var groups: [String: [Field]] = [:]
        var visitedFragments: Set<String> = []
        collectFields(context, subscriptionType.name, node.selectionSet, &order, &groups, &visitedFragments)
        let operationName = node.name?.value
        if order.count > 1 {
            let extra = order.dropFirst().flatMap { groups[$0]! }.map(\.loc)
            context.report(operationName.map { "Subscription \"\($0)\" must select only one top level field." }
                ?? "Anonymous Subscription must select only one top level field.", at: extra)
        }
        for key in order {
            let fields = groups[key]!
            if fields[0].name.value.hasPrefix("__") {
                context.report(
                    operationName.map { "Subscription \"\($0)\" must not select an introspection top level field." }
                        ?? "Anonymous Subscription must not select an introspection top level field.",
                    at: fields.map(\.loc))
            }
        }
    }

    /// Spec CollectFields for the subscription's root selection set, grouped by response key.
    private func collectFields(_ context: ValidationContext, _ runtimeType: String, _ selectionSet: SelectionSet,
                               _ order: inout [String], _ groups: inout [String: [Field]],
                               _ visitedFragments: inout Set<String>) {
        for selection in selectionSet.selections {
            switch selection {
            case let .field(field):
                guard shouldInclude(field.directives) else { continue }
                let key = field.responseKey
                if groups[key] == nil { order.append(key) }
                groups[key, default: []].append(field)
            case let .inlineFragment(inline):
                guard shouldInclude(inline.directives),
                      conditionMatches(context, inline.typeCondition, runtimeType) else { continue }
                collectFields(context, runtimeType, inline.selectionSet, &order, &groups, &visitedFragments)
            case let .fragmentSpread(spread):
                let name = spread.name.value
                guard !visitedFragments.contains(name), shouldInclude(spread.directives) else { continue }
                visitedFragments.insert(name)
                guard let fragment = context.fragment(named: name),
                      conditionMatches(context, fragment.typeCondition, runtimeType) else { continue }
                collectFields(context, runtimeType, fragment.selectionSet, &order, &groups, &visitedFragments)
            }
        }
    }

    /// `@skip(if: true)` or `@include(if: false)` (literal booleans; without variable values a
    /// variable condition leaves the selection in).
    private func shouldInclude(_ directives: [Directive]) -> Bool {
        func literalIf(_ name: String) -> Bool? {
            guard let directive = directives.first(where: { $0.name.value == name }),
                  let argument = directive.arguments.first(where: { $0.name.value == "if" }),
                  case let .boolean(value) = argument.value else { return nil }
            return value.value
        }
        if literalIf("skip") == true { return false }
        if literalIf("include") == false { return false }
        return true
    }

    private func conditionMatches(_ context: ValidationContext, _ condition: NamedType?, _ runtimeType: String) -> Bool {
        guard let condition else { return true }
        let name = condition.name.value
        if name == runtimeType { return true }
        guard let type = context.index.type(named: name), type.isAbstract else { return false }
        return context.schema.isSubType(abstract: name, maybeSub: runtimeType)
    }
}
