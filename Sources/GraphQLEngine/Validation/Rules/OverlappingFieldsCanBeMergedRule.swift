/// Field Selection Merging: fields that share a response name in a selection set can be merged —
/// same field and arguments unless their parents are distinct object types, compatible types,
/// and mergeable subselections (spec: https://spec.graphql.org/draft/#sec-Field-Selection-Merging).
///
/// The search is ``FieldConflictFinder``; it caches per selection set and per fragment pair, so
/// documents that spread the same fragments many times stay fast.
public final class OverlappingFieldsCanBeMergedRule: ValidationRule {
    private var finder: FieldConflictFinder?

    public init() {}

    public func enterSelectionSet(_ node: SelectionSet, _ context: ValidationContext) {
        if node.selections.count < 2, case .field(let only)? = node.selections.first, only.selectionSet == nil {
            return  // a single leaf field cannot conflict with anything
        }
        let finder = self.finder ?? FieldConflictFinder(context: context)
        self.finder = finder
        for conflict in finder.findConflictsWithinSelectionSet(context.parentType, node) {
            context.report(
                "Fields \"\(conflict.responseName)\" conflict because \(conflict.reason.text). Use different aliases on the fields to fetch both if this was intentional.",
                at: conflict.fields1 + conflict.fields2)
        }
    }
}
