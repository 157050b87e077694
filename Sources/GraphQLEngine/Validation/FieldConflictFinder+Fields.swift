/// Comparing two fields, and collecting a selection set's fields (with caching).
extension FieldConflictFinder {
    /// graphql-js `findConflict`: two fields with the same response name conflict when (unless
    /// their parents are distinct object types) they select different fields or arguments, when
    /// their types conflict, or when their subselections conflict.
    func findConflict(_ parentsExclusive: Bool, _ responseName: String, _ field1: FieldEntry,
                      _ field2: FieldEntry) -> Conflict? {
        // Comparing two leaves is cheap; only comparisons of subselections are remembered.
        if field1.node.selectionSet == nil || field2.node.selectionSet == nil {
            return compareFields(parentsExclusive, responseName, field1, field2)
        }
        let key = ConflictFreeKey(structure1: structure(of: field1), structure2: structure(of: field2),
                                  parent1: field1.parentPosition, parent2: field2.parentPosition,
                                  exclusive: parentsExclusive)
        if conflictFree.contains(key) { return nil }
        let conflict = compareFields(parentsExclusive, responseName, field1, field2)
        if conflict == nil { conflictFree.insert(key) }
        return conflict
    }

    private func compareFields(_ parentsExclusive: Bool, _ responseName: String, _ field1: FieldEntry,
                               _ field2: FieldEntry) -> Conflict? {
        let node1 = field1.node, node2 = field2.node
        let exclusive = parentsExclusive
            || (field1.parentName != field2.parentName && field1.parentIsObject && field2.parentIsObject)
        if !exclusive {
            let name1 = node1.name.value, name2 = node2.name.value
            if name1 != name2 {
                return Conflict(responseName: responseName,
                                reason: .message("\"\(name1)\" and \"\(name2)\" are different fields"),
                                fields1: [node1.loc], fields2: [node2.loc])
            }
            if !sameArguments(node1.arguments, node2.arguments) {
                return Conflict(responseName: responseName, reason: .message("they have differing arguments"),
                                fields1: [node1.loc], fields2: [node2.loc])
            }
        }
        if let type1 = field1.type, let type2 = field2.type, doTypesConflict(type1, type2) {
            return Conflict(responseName: responseName,
                            reason: .message("they return conflicting types \"\(type1)\" and \"\(type2)\""),
                            fields1: [node1.loc], fields2: [node2.loc])
        }
        guard let set1 = node1.selectionSet, let set2 = node2.selectionSet else { return nil }
        let parent1 = index.namedType(field1.type)
        let parent2 = index.namedType(field2.type)
        let conflicts = findConflictsBetweenSubSelectionSets(exclusive, parent1, set1, parent2, set2)
        if conflicts.isEmpty { return nil }
        return Conflict(responseName: responseName,
                        reason: .subfields(conflicts.map { ($0.responseName, $0.reason) }),
                        fields1: [node1.loc] + conflicts.flatMap { $0.fields1 },
                        fields2: [node2.loc] + conflicts.flatMap { $0.fields2 })
    }

    /// graphql-js `doTypesConflict`: lists and non-nulls must line up; leaf types must be equal.
    func doTypesConflict(_ type1: TypeReference, _ type2: TypeReference) -> Bool {
        switch (type1, type2) {
        case let (.list(a), .list(b)), let (.nonNull(a), .nonNull(b)): return doTypesConflict(a, b)
        case (.list, _), (_, .list), (.nonNull, _), (_, .nonNull): return true
        case let (.named(a), .named(b)):
            if a == b { return false }
            return index.type(named: a)?.isLeaf == true || index.type(named: b)?.isLeaf == true
        }
    }

    /// The cached fields and fragment names of a selection set.
    func fieldsAndFragmentNames(_ parentType: IndexedType?, _ selectionSet: SelectionSet) -> FieldsAndFragments {
        let key = selectionSet.loc.start
        let cacheable = selectionSet.loc.end > selectionSet.loc.start
        if cacheable, let cached = cache[key] { return cached }
        let result = FieldsAndFragments()
        collectFieldsAndFragmentNames(parentType, selectionSet, result)
        if cacheable { cache[key] = result }
        return result
    }

    private func collectFieldsAndFragmentNames(_ parentType: IndexedType?, _ selectionSet: SelectionSet,
                                               _ result: FieldsAndFragments) {
        for selection in selectionSet.selections {
            switch selection {
            case let .field(field):
                let type = parentType?.fields[field.name.value]?.type
                let isObject = parentType?.isObject ?? false
                let responseName = field.responseKey
                let entry = FieldEntry(parentName: parentType?.name, parentIsObject: isObject, node: field, type: type,
                                       parentPosition: parentType?.position ?? -1,
                                       structure: isPlainLeaf(field) ? structureID(Field(name: field.name)) : -1)
                if result.fields[responseName] == nil {
                    result.responseNames.append(responseName)
                    result.fields[responseName] = [entry]
                } else {
                    result.fields[responseName]!.append(entry)
                }
            case let .fragmentSpread(spread):
                let id = fragmentID(spread.name.value)
                if !result.fragmentIDs.contains(id) { result.fragmentIDs.append(id) }
            case let .inlineFragment(inline):
                var type = parentType
                if let condition = inline.typeCondition { type = index.type(named: condition.name.value) }
                collectFieldsAndFragmentNames(type, inline.selectionSet, result)
            }
        }
    }

    /// A field with no alias, arguments, directives or selection set.
    private func isPlainLeaf(_ field: Field) -> Bool {
        field.alias == nil && field.arguments.isEmpty && field.directives.isEmpty && field.selectionSet == nil
    }

    /// Whether two argument lists print the same once sorted by name (graphql-js compares
    /// `print(sortValueNode(…))`).
    func sameArguments(_ a: [Argument], _ b: [Argument]) -> Bool {
        if a.count != b.count { return false }
        if a.isEmpty { return true }
        if a.count == 1 { return a[0].name.value == b[0].name.value && sameValue(a[0].value, b[0].value) }
        let sortedA = a.sortedByName(\.name.value), sortedB = b.sortedByName(\.name.value)
        for i in sortedA.indices {
            if sortedA[i].name.value != sortedB[i].name.value || !sameValue(sortedA[i].value, sortedB[i].value) {
                return false
            }
        }
        return true
    }

    private func sameValue(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case let (.list(x), .list(y)):
            return x.values.count == y.values.count && zip(x.values, y.values).allSatisfy { sameValue($0, $1) }
        case let (.object(x), .object(y)):
            if x.fields.count != y.fields.count { return false }
            let fx = x.fields.sortedByName(\.name.value), fy = y.fields.sortedByName(\.name.value)
            return zip(fx, fy).allSatisfy { $0.name.value == $1.name.value && sameValue($0.value, $1.value) }
        default:
            return a == b
        }
    }
}

extension Array {
    /// Stable sort by a name in graphql-js' natural order.
    fileprivate func sortedByName(_ name: (Element) -> String) -> [Element] {
        enumerated().sorted { x, y in
            let c = Suggestions.naturalCompare(name(x.element), name(y.element))
            return c != 0 ? c < 0 : x.offset < y.offset
        }.map(\.element)
    }
}
