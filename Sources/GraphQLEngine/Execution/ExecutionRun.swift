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
    /// Boxed: a stored `ContinuousClock.Instant` (a resilient type) would leave this struct's
    /// layout unknown at compile time, so every field access would ask the runtime for offsets.
    let deadline: Deadline?
    /// `deadline != nil`, kept as a plain Bool for the per-field checks.
    let hasDeadline: Bool
    var stopped = false
    var fieldCounter = 0

    /// When execution must stop.
    final class Deadline: Sendable {
        let instant: ContinuousClock.Instant
        init(_ instant: ContinuousClock.Instant) { self.instant = instant }
        var hasPassed: Bool { ContinuousClock.now >= instant }
    }

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
        deadline = options.timeout.map { Deadline(ContinuousClock.now + $0) }
        hasDeadline = options.timeout != nil
    }

    /// Executes the root selection set into slot 0 (spec: ExecuteQuery / ExecuteMutation).
    mutating func executeRoot(_ root: any Sendable, serially: Bool) async -> ExecutionResult {
        let sp = plan.root
        _ = tree.reserve(1)
        let start = tree.reserve(sp.fields.count)
        tree[0] = .object(plan: Int32(sp.id), start: start)
        let parent = Parent(root)
        if serially {
            for i in 0..<sp.fields.count where !stopped {
                path.append(PathStep(plan: Int32(sp.id), index: Int32(i)))
                let ok = executeField(sp.fields[i], sp, parent, start + i, 0)
                path.removeLast()
                if !ok { tree[0] = .null; break }
                await drain()
                if case .null = tree[0] { break }
            }
        } else {
            if !executeFields(sp, parent, start, 0) { tree[0] = .null }
            await drain()
        }
        return finish()
    }

    /// Executes the root selection set without suspending; nil as soon as a field parks.
    mutating func executeRootSynchronously(_ root: any Sendable) -> ExecutionResult? {
        let sp = plan.root
        _ = tree.reserve(1)
        let start = tree.reserve(sp.fields.count)
        tree[0] = .object(plan: Int32(sp.id), start: start)
        let parent = Parent(root)
        for i in 0..<sp.fields.count where !stopped {
            path.append(PathStep(plan: Int32(sp.id), index: Int32(i)))
            let ok = executeField(sp.fields[i], sp, parent, start + i, 0)
            path.removeLast()
            if !parked.isEmpty { return nil }
            if !ok {
                tree[0] = .null
                break
            }
        }
        return finish()
    }

    /// Builds the response once nothing is left to run.
    mutating func finish() -> ExecutionResult {
        if tree.count > plan.resultSizeHint.load(ordering: .relaxed) {
            plan.resultSizeHint.store(tree.count, ordering: .relaxed)
        }
        if stopped {
            let ms = options.timeout.map { Int($0.components.seconds * 1000 + $0.components.attoseconds / 1_000_000_000_000_000) } ?? 0
            errors.append(GraphQLError("Execution stopped: the deadline of \(ms) ms passed.",
                                       extensions: [(key: "code", value: "TIMEOUT")]))
            tree[0] = .null
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

    /// Spec ExecuteField: resolve (a bound resolver or the default one), then complete.
    mutating func executeField(_ f: PlannedField, _ sp: SelectionPlan, _ parent: Parent, _ slot: Int, _ target: Int) -> Bool {
        if f.isTypename {
            tree[slot] = .string(sp.typeName)
            return true
        }
        if hasDeadline {
            fieldCounter &+= 1
            if fieldCounter & 1023 == 0, let deadline, deadline.hasPassed { stopped = true }
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
}
