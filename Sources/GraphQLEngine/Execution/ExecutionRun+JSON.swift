import Synchronization

/// The default resolver over JSON-like data, inline: a field of a JSON parent reads the parent's
/// same-named key, and a built-in scalar or enum of the right shape goes straight into its slot.
///
/// Per object this borrows the parent's key and value storage and the plan's field list once;
/// per field it costs one remembered-position check of the key and one slot store.
extension ExecutionRun {
    /// ExecuteSelectionSet on a JSON object.
    mutating func executeFields(_ sp: SelectionPlan, json object: GraphQLObjectValue, _ start: Int, _ target: Int) -> Bool {
        object.keys.withUnsafeBufferPointer { keys in
            object.values.withUnsafeBufferPointer { values in
                executeFields(sp, object, keys, values, start, target)
            }
        }
    }

    private mutating func executeFields(_ sp: SelectionPlan, _ object: GraphQLObjectValue, _ keys: UnsafeBufferPointer<String>,
                                        _ values: UnsafeBufferPointer<GraphQLValue>, _ start: Int, _ target: Int) -> Bool {
        let steps = UnsafePointer(sp.steps.baseAddress.unsafelyUnwrapped)
        let hints = sp.keyHints
        let id = Int32(sp.id)
        for i in 0..<sp.steps.count {
            let step = steps + i
            if step.pointee.fastLeaf != .none, !hasDeadline {
                if step.pointee.fastLeaf == .typename {
                    tree.fill(start + i, .string(sp.typeName))
                    continue
                }
                let k = ExecutionRun.position(of: step, hints + i, in: keys, object)
                if k >= 0, storeFastLeaf(step, values.baseAddress.unsafelyUnwrapped + k, start + i) { continue }
            }
            if hasDeadline {
                fieldCounter &+= 1
                if fieldCounter & 1023 == 0, let deadline, deadline.hasPassed { stopped = true }
            }
            path.append(PathStep(plan: id, index: Int32(i)))
            let f = sp.fields[i]
            let ok: Bool
            if step.pointee.readsJSON, !stopped {
                let k = ExecutionRun.position(of: step, hints + i, in: keys, object)
                ok = completeJSON(f.completion, k >= 0 ? values[k] : .null, f, start + i, target)
            } else {
                ok = executeField(f, sp, .json(object), start + i, target)
            }
            path.removeLast()
            if !ok { return false }
        }
        return true
    }

    /// Stores a built-in scalar's JSON value that needs no coercion into a pending slot; false
    /// when it needs the general path (null, another shape, an out-of-range Int).
    @inline(__always)
    private mutating func storeFastLeaf(_ step: UnsafePointer<FieldStep>, _ v: UnsafePointer<GraphQLValue>, _ slot: Int) -> Bool {
        switch step.pointee.fastLeaf {
        case .string:
            guard case let .string(s) = v.pointee else { return false }
            tree.fill(slot, .string(s))
        case .int:
            guard case let .int(i) = v.pointee, i >= -2_147_483_648 && i <= 2_147_483_647 else { return false }
            tree.fill(slot, .int(i))
        case .float:
            guard case let .double(d) = v.pointee, d.isFinite else { return false }
            tree.fill(slot, .double(d))
        case .boolean:
            guard case let .bool(b) = v.pointee else { return false }
            tree.fill(slot, .bool(b))
        case .enumValue:
            guard case let .string(s) = v.pointee, let e = step.pointee.fastEnum,
                  e._withUnsafeGuaranteedRef({ $0.contains(s) }) else { return false }
            tree.fill(slot, .string(s))
        case .none, .typename:
            return false
        }
        return true
    }

    /// Where the default resolver finds a field among a JSON parent's keys (-1: absent), trying
    /// first where it was found last.
    @inline(__always)
    static func position(of step: UnsafePointer<FieldStep>, _ hint: UnsafeMutablePointer<Atomic<Int>>,
                         in keys: UnsafeBufferPointer<String>, _ object: GraphQLObjectValue) -> Int {
        let k = hint.pointee.load(ordering: .relaxed)
        if k < keys.count && keys[k] == step.pointee.name { return k }
        let found = search(step.pointee.name, in: keys, object)
        if found >= 0 { hint.pointee.store(found, ordering: .relaxed) }
        return found
    }

    /// Where `name` sits among the keys (-1: absent): a scan for small objects, else a hash lookup.
    private static func search(_ name: String, in keys: UnsafeBufferPointer<String>, _ object: GraphQLObjectValue) -> Int {
        if keys.count <= 16 {
            for i in 0..<keys.count where keys[i] == name { return i }
            return -1
        }
        return object.position(of: name) ?? -1
    }

    /// The default resolver on JSON: the parent's same-named value, or null.
    static func lookup(_ object: GraphQLObjectValue, _ f: PlannedField) -> GraphQLValue {
        let keys = object.keys
        let hint = f.keyHint.load(ordering: .relaxed)
        if hint < keys.count && keys[hint] == f.fieldName { return object.values[hint] }
        let found = keys.withUnsafeBufferPointer { search(f.fieldName, in: $0, object) }
        if found < 0 { return .null }
        f.keyHint.store(found, ordering: .relaxed)
        return object.values[found]
    }
}
