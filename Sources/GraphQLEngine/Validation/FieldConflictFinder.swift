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
        /// The parent type's position in the index, -1 when unknown.
        var parentPosition: Int
        /// Equal for fields that are structurally equal (locations aside), -1 until needed; see
        /// ``structure(of:)``.
        var structure: Int
    }

    /// A comparison of two fields that found no conflict. The outcome of ``findConflict`` depends
    /// only on the two fields' structure, their parent types and the exclusivity, so a second
    /// comparison of the same shapes cannot conflict either: its work is skipped. This keeps
    /// documents that repeat identical fields (or identical subtrees) from quadratic or
    /// exponential work.
    struct ConflictFreeKey: Hashable {
        var structure1: Int
        var structure2: Int
        var parent1: Int
        var parent2: Int
        var exclusive: Bool
    }

    /// The fields of a selection set by response name, in first-seen order, and the fragments it
    /// spreads (as ids from ``fragmentID(_:)``, in first-seen order).
    final class FieldsAndFragments {
        var responseNames: [String] = []
        var fields: [String: [FieldEntry]] = [:]
        var fragmentIDs: [Int] = []
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

    let index: SchemaIndex
    /// Collected selection sets by the byte offset of their `{`.
    var cache: [Int: FieldsAndFragments] = [:]
    /// Fragment names spread anywhere, as small ids, with their definitions (nil when unknown)
    /// and their collected fields.
    private var idsByName: [String: Int] = [:]
    private var fragments: [Int?] = []
    private var fragmentFields: [FieldsAndFragments?] = []
    /// graphql-js' `PairSet`: fragment pairs already compared, keyed by both ids, with whether
    /// they were compared as mutually exclusive.
    private var comparedFragmentPairs: [UInt64: Bool] = [:]
    private var structureIDs: [Field: Int] = [:]
    private var structureByLocation: [Int: Int] = [:]
    var conflictFree: Set<ConflictFreeKey> = []
    let context: ValidationContext

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
        let ids = fieldMap.fragmentIDs
        for i in ids.indices {
            collectConflictsBetweenFieldsAndFragment(&conflicts, false, fieldMap, ids[i])
            for j in (i + 1)..<ids.count {
                collectConflictsBetweenFragments(&conflicts, false, ids[i], ids[j])
            }
        }
        return conflicts
    }

    // MARK: Pairwise comparisons

    private func collectConflictsBetweenFieldsAndFragment(_ conflicts: inout [Conflict], _ exclusive: Bool,
                                                          _ fieldMap: FieldsAndFragments, _ fragment: Int) {
        guard let fieldMap2 = referencedFieldsAndFragmentNames(fragment) else { return }
        if fieldMap === fieldMap2 { return }
        collectConflictsBetween(&conflicts, exclusive, fieldMap, fieldMap2)
        for referenced in fieldMap2.fragmentIDs {
            if pairSetHas(referenced, fragment, exclusive) { continue }
            comparedFragmentPairs[pairKey(referenced, fragment)] = exclusive
            collectConflictsBetweenFieldsAndFragment(&conflicts, exclusive, fieldMap, referenced)
        }
    }

    private func collectConflictsBetweenFragments(_ conflicts: inout [Conflict], _ exclusive: Bool,
                                                  _ fragment1: Int, _ fragment2: Int) {
        if fragment1 == fragment2 || pairSetHas(fragment1, fragment2, exclusive) { return }
        comparedFragmentPairs[pairKey(fragment1, fragment2)] = exclusive
        guard let map1 = referencedFieldsAndFragmentNames(fragment1),
              let map2 = referencedFieldsAndFragmentNames(fragment2) else { return }
        collectConflictsBetween(&conflicts, exclusive, map1, map2)
        for referenced2 in map2.fragmentIDs {
            collectConflictsBetweenFragments(&conflicts, exclusive, fragment1, referenced2)
        }
        for referenced1 in map1.fragmentIDs {
            collectConflictsBetweenFragments(&conflicts, exclusive, referenced1, fragment2)
        }
    }

    func findConflictsBetweenSubSelectionSets(_ exclusive: Bool, _ parent1: IndexedType?,
                                                      _ set1: SelectionSet, _ parent2: IndexedType?,
                                                      _ set2: SelectionSet) -> [Conflict] {
        var conflicts: [Conflict] = []
        let map1 = fieldsAndFragmentNames(parent1, set1)
        let map2 = fieldsAndFragmentNames(parent2, set2)
        collectConflictsBetween(&conflicts, exclusive, map1, map2)
        for id2 in map2.fragmentIDs {
            collectConflictsBetweenFieldsAndFragment(&conflicts, exclusive, map1, id2)
        }
        for id1 in map1.fragmentIDs {
            collectConflictsBetweenFieldsAndFragment(&conflicts, exclusive, map2, id1)
        }
        for id1 in map1.fragmentIDs {
            for id2 in map2.fragmentIDs {
                collectConflictsBetweenFragments(&conflicts, exclusive, id1, id2)
            }
        }
        return conflicts
    }

    private func collectConflictsWithin(_ conflicts: inout [Conflict], _ fieldMap: FieldsAndFragments) {
        for responseName in fieldMap.responseNames {
            let fields = fieldMap.fields[responseName]!
            if fields.count < 2 { continue }
            compareFields(&conflicts, false, responseName, fields, fields, within: true)
        }
    }

    private func collectConflictsBetween(_ conflicts: inout [Conflict], _ exclusive: Bool,
                                         _ map1: FieldsAndFragments, _ map2: FieldsAndFragments) {
        for responseName in map1.responseNames {
            guard let fields2 = map2.fields[responseName] else { continue }
            compareFields(&conflicts, exclusive, responseName, map1.fields[responseName]!, fields2, within: false)
        }
    }

    /// Compares every pair of `fields1 × fields2` (only `i < j` when `within`), in order.
    ///
    /// Large lists are first split into groups of equal shape (structure and parent type); once a
    /// pair of groups is known to be conflict-free, its remaining pairs cost one array read.
    private func compareFields(_ conflicts: inout [Conflict], _ exclusive: Bool, _ responseName: String,
                               _ fields1: [FieldEntry], _ fields2: [FieldEntry], within: Bool) {
        if fields1.count * fields2.count <= 64 {
            for i in fields1.indices {
                for j in (within ? i + 1 : 0)..<fields2.count {
                    if let conflict = findConflict(exclusive, responseName, fields1[i], fields2[j]) {
                        conflicts.append(conflict)
                    }
                }
            }
            return
        }
        struct Shape: Hashable { var structure: Int, parent: Int }
        var groupIDs: [Shape: Int] = [:]
        func groups(_ fields: [FieldEntry]) -> [Int] {
            fields.map { field in
                let key = Shape(structure: structure(of: field), parent: field.parentPosition)
                if let id = groupIDs[key] { return id }
                let id = groupIDs.count
                groupIDs[key] = id
                return id
            }
        }
        let groups1 = groups(fields1), groups2 = within ? groups1 : groups(fields2)
        let groupCount = groupIDs.count
        // 0: not compared yet, 1: conflict-free, 2: conflicting (compare each pair).
        var state = [UInt8](repeating: 0, count: groupCount * groupCount)
        for i in fields1.indices {
            for j in (within ? i + 1 : 0)..<fields2.count {
                let cell = groups1[i] * groupCount + groups2[j]
                if state[cell] == 1 { continue }
                if let conflict = findConflict(exclusive, responseName, fields1[i], fields2[j]) {
                    conflicts.append(conflict)
                    state[cell] = 2
                } else if state[cell] == 0 {
                    state[cell] = 1
                }
            }
        }
    }

    /// graphql-js `PairSet.has`: a pair compared as mutually exclusive also covers the
    /// non-exclusive question only when asked exclusively.
    private func pairSetHas(_ a: Int, _ b: Int, _ exclusive: Bool) -> Bool {
        guard let stored = comparedFragmentPairs[pairKey(a, b)] else { return false }
        return exclusive ? true : stored == exclusive
    }

    @inline(__always)
    private func pairKey(_ a: Int, _ b: Int) -> UInt64 {
        a < b ? UInt64(a) << 32 | UInt64(b) : UInt64(b) << 32 | UInt64(a)
    }

    /// A small id shared by structurally equal fields (same alias, name, arguments, directives and
    /// subselections; `Field`'s equality ignores locations).
    func structureID(_ field: Field) -> Int {
        structureIDs[field] ?? newStructureID(field)
    }

    /// The structure id of a collected field: set at collection for plain leaf fields (a name
    /// only), found here for the others, once per field node.
    func structure(of entry: FieldEntry) -> Int {
        if entry.structure >= 0 { return entry.structure }
        let loc = entry.node.loc
        if loc.end <= loc.start { return structureID(entry.node) }
        if let id = structureByLocation[loc.start] { return id }
        let id = structureID(entry.node)
        structureByLocation[loc.start] = id
        return id
    }

    private func newStructureID(_ field: Field) -> Int {
        let id = structureIDs.count
        structureIDs[field] = id
        return id
    }

    // MARK: Fragments by id

    /// The id of a spread fragment name (known or not), assigned on first sight.
    func fragmentID(_ name: String) -> Int {
        if let id = idsByName[name] { return id }
        let id = fragments.count
        idsByName[name] = id
        fragments.append(context.fragmentIndex(named: name))
        fragmentFields.append(nil)
        return id
    }

    /// The cached fields of a fragment's selection set, collected on its type condition; nil for
    /// an unknown fragment (graphql-js `getReferencedFieldsAndFragmentNames`).
    func referencedFieldsAndFragmentNames(_ id: Int) -> FieldsAndFragments? {
        if let cached = fragmentFields[id] { return cached }
        guard let position = fragments[id] else { return nil }
        let fragment = context.fragmentList[position]
        let fields = fieldsAndFragmentNames(index.type(named: fragment.typeCondition.name.value), fragment.selectionSet)
        fragmentFields[id] = fields
        return fields
    }
}
