/// The search for fields that cannot be merged (spec: FieldsInSetCanMerge,
/// https://spec.graphql.org/draft/#sec-Field-Selection-Merging), as graphql-js'
/// `OverlappingFieldsCanBeMergedRule` does it.
///
/// Two caches keep it polynomial on documents that spread the same fragments many times: each
/// selection set's fields and fragment names are collected once, and each pair of fragments is
/// compared once per exclusivity (graphql-js' `PairSet`).
final class FieldConflictFinder {
    /// A field selection with its parent type and definition.
    struct FieldEntry {
        var parentName: String?
        var parentIsObject: Bool
        var node: Field
        var type: TypeReference?
    }

    /// The fields of a selection set by response name, in first-seen order, and the names of the
    /// fragments it spreads.
    final class FieldsAndFragments {
        var responseNames: [String] = []
        var fields: [String: [FieldEntry]] = [:]
        var fragmentNames: [String] = []
    }

    /// Why two fields conflict: a message, or the conflicting subfields.
    indirect enum Reason {
        case message(String)
        case subfields([(String, Reason)])

        var text: String {
            switch self {
            case let .message(m): return m
            case let .subfields(list):
                return list.map { "subfields \"\($0.0)\" conflict because " + $0.1.text }.joined(separator: " and ")
            }
        }
    }

    struct Conflict {
        var responseName: String
        var reason: Reason
        var fields1: [Location]
        var fields2: [Location]
    }

    private struct Pair: Hashable {
        var a: String
        var b: String
        init(_ x: String, _ y: String) { if x < y { a = x; b = y } else { a = y; b = x } }
    }

    let index: SchemaIndex
    var cache: [Int: FieldsAndFragments] = [:]
    private var comparedFragmentPairs: [Pair: Bool] = [:]
    private let context: ValidationContext

    init(context: ValidationContext) {
        self.context = context
        self.index = context.index
    }

    // MARK: Entry point

    /// All conflicts among the fields a selection set selects (directly, in inline fragments and
    /// in spread fragments).
    func findConflictsWithinSelectionSet(_ parentType: IndexedType?, _ selectionSet: SelectionSet) -> [Conflict] {
        var conflicts: [Conflict] = []
        let fieldMap = fieldsAndFragmentNames(parentType, selectionSet)
        collectConflictsWithin(&conflicts, fieldMap)
        let names = fieldMap.fragmentNames
        for i in names.indices {
            collectConflictsBetweenFieldsAndFragment(&conflicts, false, fieldMap, names[i])
            for j in (i + 1)..<names.count {
                collectConflictsBetweenFragments(&conflicts, false, names[i], names[j])
            }
        }
        return conflicts
    }

    // MARK: Pairwise comparisons

    private func collectConflictsBetweenFieldsAndFragment(_ conflicts: inout [Conflict], _ exclusive: Bool,
                                                          _ fieldMap: FieldsAndFragments, _ fragmentName: String) {
        guard let fragment = context.fragment(named: fragmentName) else { return }
        let fieldMap2 = referencedFieldsAndFragmentNames(fragment)
        if fieldMap === fieldMap2 { return }
        collectConflictsBetween(&conflicts, exclusive, fieldMap, fieldMap2)
        for referenced in fieldMap2.fragmentNames {
            if pairSetHas(referenced, fragmentName, exclusive) { continue }
            comparedFragmentPairs[Pair(referenced, fragmentName)] = exclusive
            collectConflictsBetweenFieldsAndFragment(&conflicts, exclusive, fieldMap, referenced)
        }
    }

    private func collectConflictsBetweenFragments(_ conflicts: inout [Conflict], _ exclusive: Bool,
                                                  _ name1: String, _ name2: String) {
        if name1 == name2 || pairSetHas(name1, name2, exclusive) { return }
        comparedFragmentPairs[Pair(name1, name2)] = exclusive
        guard let fragment1 = context.fragment(named: name1), let fragment2 = context.fragment(named: name2)
        else { return }
        let map1 = referencedFieldsAndFragmentNames(fragment1)
        let map2 = referencedFieldsAndFragmentNames(fragment2)
        collectConflictsBetween(&conflicts, exclusive, map1, map2)
        for referenced2 in map2.fragmentNames {
            collectConflictsBetweenFragments(&conflicts, exclusive, name1, referenced2)
        }
        for referenced1 in map1.fragmentNames {
            collectConflictsBetweenFragments(&conflicts, exclusive, referenced1, name2)
        }
    }

    func findConflictsBetweenSubSelectionSets(_ exclusive: Bool, _ parent1: IndexedType?,
                                                      _ set1: SelectionSet, _ parent2: IndexedType?,
                                                      _ set2: SelectionSet) -> [Conflict] {
        var conflicts: [Conflict] = []
        let map1 = fieldsAndFragmentNames(parent1, set1)
        let map2 = fieldsAndFragmentNames(parent2, set2)
        collectConflictsBetween(&conflicts, exclusive, map1, map2)
        for name2 in map2.fragmentNames {
            collectConflictsBetweenFieldsAndFragment(&conflicts, exclusive, map1, name2)
        }
        for name1 in map1.fragmentNames {
            collectConflictsBetweenFieldsAndFragment(&conflicts, exclusive, map2, name1)
        }
        for name1 in map1.fragmentNames {
            for name2 in map2.fragmentNames {
                collectConflictsBetweenFragments(&conflicts, exclusive, name1, name2)
            }
        }
        return conflicts
    }

    private func collectConflictsWithin(_ conflicts: inout [Conflict], _ fieldMap: FieldsAndFragments) {
        for responseName in fieldMap.responseNames {
            let fields = fieldMap.fields[responseName]!
            if fields.count < 2 { continue }
            for i in fields.indices {
                for j in (i + 1)..<fields.count {
                    if let conflict = findConflict(false, responseName, fields[i], fields[j]) {
                        conflicts.append(conflict)
                    }
                }
            }
        }
    }

    private func collectConflictsBetween(_ conflicts: inout [Conflict], _ exclusive: Bool,
                                         _ map1: FieldsAndFragments, _ map2: FieldsAndFragments) {
        for responseName in map1.responseNames {
            guard let fields2 = map2.fields[responseName] else { continue }
            for field1 in map1.fields[responseName]! {
                for field2 in fields2 {
                    if let conflict = findConflict(exclusive, responseName, field1, field2) {
                        conflicts.append(conflict)
                    }
                }
            }
        }
    }

    /// graphql-js `PairSet.has`: a pair compared as mutually exclusive also covers the
    /// non-exclusive question only when asked exclusively.
    private func pairSetHas(_ a: String, _ b: String, _ exclusive: Bool) -> Bool {
        guard let stored = comparedFragmentPairs[Pair(a, b)] else { return false }
        return exclusive ? true : stored == exclusive
    }
}
