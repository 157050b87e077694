/// The state of one execution: the result tree being filled, errors, the current path and the
/// fields parked on loaders or async work.
///
/// Values at hand complete synchronously in a depth-first walk (spec: ExecuteSelectionSet,
/// ExecuteField, CompleteValue). A field that must wait is parked with the slot it fills and the
/// slot a null must propagate to; ``drain()`` dispatches every loader once per round and resumes
/// the parked fields. No task is created per field.
struct ExecutionRun {
    let plan: ExecutionPlan
    let variables: GraphQLObjectValue
    let context: any Sendable
    let options: ExecutionOptions
    var tree: ResultTree
    var errors: [GraphQLError] = []
    /// The current response path: `plan >= 0` is field `index` of that selection plan, else a list index.
    var path: [PathStep] = []
    var parked: [Parked] = []
    let deadline: ContinuousClock.Instant?
    /// `deadline != nil`, kept as a plain Bool: checking the optional instant per field is costly.
    let hasDeadline: Bool
    var stopped = false
    var fieldCounter = 0

    struct PathStep {
        var plan: Int32
        var index: Int32
    }

    /// The JSON object or domain value whose fields are being executed.
    enum Parent {
        case json(GraphQLObjectValue)
        case other(any Sendable)

        var source: any Sendable {
            switch self {
            case let .json(o): GraphQLValue.object(o)
            case let .other(x): x
            }
        }

        init(_ value: any Sendable) {
            if let g = value as? GraphQLValue {
                if case let .object(o) = g { self = .json(o) } else { self = .json(GraphQLObjectValue()) }
            } else {
                self = .other(value)
            }
        }
    }

    init(plan: ExecutionPlan, variables: GraphQLObjectValue, context: any Sendable, options: ExecutionOptions) {
        self.plan = plan
        self.variables = variables
        self.context = context
        self.options = options
        let hint = plan.resultSizeHint.load(ordering: .relaxed)
        tree = ResultTree(plans: plan.selectionPlans, capacity: max(hint, 16))
        path.reserveCapacity(32)
        deadline = options.timeout.map { ContinuousClock.now + $0 }
        hasDeadline = options.timeout != nil
    }

    /// Executes the root selection set into slot 0 (spec: ExecuteQuery / ExecuteMutation).
    mutating func executeRoot(_ root: any Sendable, serially: Bool) async -> ExecutionResult {
        let sp = plan.root
        _ = tree.reserve(1)
        let start = tree.reserve(sp.fields.count)
        tree.slots[0] = .object(plan: Int32(sp.id), start: start)
        let parent = Parent(root)
        if serially {
            for i in 0..<sp.fields.count where !stopped {
                path.append(PathStep(plan: Int32(sp.id), index: Int32(i)))
                let ok = executeField(sp.fields[i], sp, parent, start + i, 0)
                path.removeLast()
                if !ok { tree.slots[0] = .null; break }
                await drain()
                if case .null = tree.slots[0] { break }
            }
        } else {
            if !executeFields(sp, parent, start, 0) { tree.slots[0] = .null }
            await drain()
        }
        return finish()
    }

    /// Executes the root selection set without suspending; nil as soon as a field parks.
    mutating func executeRootSynchronously(_ root: any Sendable) -> ExecutionResult? {
        let sp = plan.root
        _ = tree.reserve(1)
        let start = tree.reserve(sp.fields.count)
        tree.slots[0] = .object(plan: Int32(sp.id), start: start)
        let parent = Parent(root)
        for i in 0..<sp.fields.count where !stopped {
            path.append(PathStep(plan: Int32(sp.id), index: Int32(i)))
            let ok = executeField(sp.fields[i], sp, parent, start + i, 0)
            path.removeLast()
            if !parked.isEmpty { return nil }
            if !ok {
                tree.slots[0] = .null
                break
            }
        }
        return finish()
    }

    /// Builds the response once nothing is left to run.
    mutating func finish() -> ExecutionResult {
        if tree.slots.count > plan.resultSizeHint.load(ordering: .relaxed) {
            plan.resultSizeHint.store(tree.slots.count, ordering: .relaxed)
        }
        if stopped {
            let ms = options.timeout.map { Int($0.components.seconds * 1000 + $0.components.attoseconds / 1_000_000_000_000_000) } ?? 0
            errors.append(GraphQLError("Execution stopped: the deadline of \(ms) ms passed.",
                                       extensions: [(key: "code", value: "TIMEOUT")]))
            tree.slots[0] = .null
        }
        return ExecutionResult(data: tree, errors: errors)
    }

    /// Spec ExecuteSelectionSet for one object: fills `start..<start+fields` in order. Returns
    /// false when a non-null field failed, so the object itself must become null.
    mutating func executeFields(_ sp: SelectionPlan, _ parent: Parent, _ start: Int, _ target: Int) -> Bool {
        if case let .json(object) = parent { return executeFields(sp, json: object, start, target) }
        let fields = sp.fields
        let id = Int32(sp.id)
        for i in 0..<fields.count {
            path.append(PathStep(plan: id, index: Int32(i)))
            let ok = executeField(fields[i], sp, parent, start + i, target)
            path.removeLast()
            if !ok { return false }
        }
        return true
    }

    /// ExecuteSelectionSet on a JSON object: the default resolver runs inline.
    mutating func executeFields(_ sp: SelectionPlan, json object: GraphQLObjectValue, _ start: Int, _ target: Int) -> Bool {
        let fields = sp.fields
        let id = Int32(sp.id)
        for i in 0..<fields.count {
            unowned(unsafe) let f = fields[i]
            if f.fastLeaf != .none, !hasDeadline {
                if f.fastLeaf == .typename {
                    tree.slots[start + i] = .string(sp.typeName)
                    continue
                }
                if storeFastLeaf(f, ExecutionRun.lookup(object, f), start + i) { continue }
            }
            if hasDeadline {
                fieldCounter &+= 1
                if fieldCounter & 1023 == 0, let deadline, ContinuousClock.now >= deadline { stopped = true }
            }
            path.append(PathStep(plan: id, index: Int32(i)))
            let ok: Bool
            if f.resolver == nil, !f.isTypename, case .constant = f.arguments, !stopped {
                ok = completeJSON(f.completion, ExecutionRun.lookup(object, f), f, start + i, target)
            } else {
                ok = executeField(f, sp, .json(object), start + i, target)
            }
            path.removeLast()
            if !ok { return false }
        }
        return true
    }

    /// Spec ExecuteField: resolve (a bound resolver or the default one), then complete.
    mutating func executeField(_ f: PlannedField, _ sp: SelectionPlan, _ parent: Parent, _ slot: Int, _ target: Int) -> Bool {
        if f.isTypename {
            tree.slots[slot] = .string(sp.typeName)
            return true
        }
        if hasDeadline {
            fieldCounter &+= 1
            if fieldCounter & 1023 == 0, let deadline, ContinuousClock.now >= deadline { stopped = true }
            if stopped { return true }
        }
        let arguments: GraphQLObjectValue
        switch f.arguments {
        case let .constant(a): arguments = a
        case let .failed(e): return fail(e, f, f.completion, slot)
        case let .dynamic(definitions, nodes, location):
            do {
                arguments = try VariableValues.coerceArgumentValues(
                    schema: plan.schema, definitions: definitions, arguments: nodes, at: location,
                    variables: variables, source: plan.source)
            } catch {
                return fail(error, f, f.completion, slot)
            }
        }
        if let resolver = f.resolver {
            let value: FieldValue
            do {
                value = try resolver(parent.source, arguments, context, f.info)
            } catch {
                return fail(error, f, f.completion, slot)
            }
            return complete(f.completion, value, f, slot, target)
        }
        switch parent {
        case let .json(object):
            return completeJSON(f.completion, ExecutionRun.lookup(object, f), f, slot, target)
        case let .other(value):
            if let readable = value as? any GraphQLFieldReadable {
                return complete(f.completion, readable.graphQLField(f.fieldName) ?? .null, f, slot, target)
            }
            return completeJSON(f.completion, .null, f, slot, target)
        }
    }

    /// Stores a built-in scalar's JSON value that needs no coercion; false when it needs the
    /// general path (null, another shape, an out-of-range Int).
    @inline(__always)
    mutating func storeFastLeaf(_ f: PlannedField, _ v: GraphQLValue, _ slot: Int) -> Bool {
        switch f.fastLeaf {
        case .string:
            guard case let .string(s) = v else { return false }
            tree.slots[slot] = .string(s)
        case .int:
            guard case let .int(i) = v, i >= -2_147_483_648 && i <= 2_147_483_647 else { return false }
            tree.slots[slot] = .int(i)
        case .float:
            guard case let .double(d) = v, d.isFinite else { return false }
            tree.slots[slot] = .double(d)
        case .boolean:
            guard case let .bool(b) = v else { return false }
            tree.slots[slot] = .bool(b)
        case .enumValue:
            guard case let .string(s) = v, let e = f.fastEnum, e.contains(s) else { return false }
            tree.slots[slot] = .string(s)
        case .none, .typename:
            return false
        }
        return true
    }

    /// The default resolver on JSON: the parent's same-named key, trying first where it was last found.
    @inline(__always)
    static func lookup(_ object: GraphQLObjectValue, _ f: PlannedField) -> GraphQLValue {
        let name = f.fieldName
        let hint = f.keyHint.load(ordering: .relaxed)
        let keys = object.keys
        if hint < keys.count && keys[hint] == name { return object.values[hint] }
        if keys.count <= 16 {
            for i in 0..<keys.count where keys[i] == name {
                f.keyHint.store(i, ordering: .relaxed)
                return object.values[i]
            }
            return .null
        }
        return object[name] ?? .null
    }
}
