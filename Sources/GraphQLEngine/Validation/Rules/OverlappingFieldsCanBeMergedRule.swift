/// Field Selection Merging: fields that share a response name in a selection set can be merged —
/// same field and arguments unless their parents are distinct object types, compatible types,
/// and mergeable subselections (spec: https://spec.graphql.org/draft/#sec-Field-Selection-Merging).
///
/// The search is ``FieldConflictFinder``; it caches per selection set and per fragment pair, so
/// documents that spread the same fragments many times stay fast.
public final class OverlappingFieldsCanBeMergedRule: ValidationRule {
    public static let hooks: ValidationHooks = [.enterSelectionSet]
    private var finder: FieldConflictFinder?

    public init() {}

    public func enterSelectionSet(_ node: SelectionSet, _ context: ValidationContext) {
        if Self.hasOnlyDistinctFields(node) { return }
        let finder = self.finder ?? FieldConflictFinder(context: context)
        self.finder = finder
        for conflict in finder.findConflictsWithinSelectionSet(context.parentType, node) {
            context.report(
                "Fields \"\(conflict.responseName)\" conflict because \(conflict.reason.text). Use different aliases on the fields to fetch both if this was intentional.",
                at: conflict.fields1 + conflict.fields2)
        }
    }

    /// Whether the selection set holds only fields, each with its own response name: then
    /// nothing in it can conflict (its subselections are checked when they are visited).
    static func hasOnlyDistinctFields(_ node: SelectionSet) -> Bool {
        let selections = node.selections
        if selections.count > 32 { return false }
        var keys: [String] = []
        keys.reserveCapacity(selections.count)
        for selection in selections {
            guard case let .field(field) = selection else { return false }
            let key = field.alias?.value ?? field.name.value
            if keys.contains(key) { return false }
            keys.append(key)
        }
        return true
    }
}
