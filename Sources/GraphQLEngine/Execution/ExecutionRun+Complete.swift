/// Spec [CompleteValue](https://spec.graphql.org/draft/#CompleteValue) and null propagation.
///
/// Every `complete…` function fills `slot` and returns true, or returns false when the value at
/// this position is null although its type is non-null (the error is already recorded): the
/// caller then propagates the null. `target` is the slot a failure of a non-null position
/// propagates to (the nearest nullable ancestor), kept for fields that park.
extension ExecutionRun {
    /// Completes a resolver's value.
    mutating func complete(_ c: Completion, _ v: FieldValue, _ f: PlannedField, _ slot: Int, _ target: Int) -> Bool {
        switch v {
        case let .value(g): return completeJSON(c, g, f, slot, target)
        case .null: return completeJSON(c, .null, f, slot, target)
        case let .error(e): return fail(e, f, c, slot)
        case let .load(request):
            park(.load(request), c, f, slot, target)
            return true
        case let .async(work):
            park(.async(work), c, f, slot, target)
            return true
        case .object, .list:
            if case let .nonNull(inner) = c { return completeComposite(inner, v, f, slot, target) }
            if !completeComposite(c, v, f, slot, slot) { tree[slot] = .null }
            return true
        }
    }

    private mutating func completeComposite(_ c: Completion, _ v: FieldValue, _ f: PlannedField, _ slot: Int, _ target: Int) -> Bool {
        switch (c, v) {
        case let (.list(item), .list(items)):
            let start = tree.reserve(items.count)
            tree[slot] = .list(start: start, count: Int32(items.count))
            for i in 0..<items.count {
                path.append(PathStep(plan: -1, index: Int32(i)))
                let ok = complete(item, items[i], f, start + i, target)
                path.removeLast()
                if !ok { return false }
            }
            return true
        case (.list, _):
            return failed(GraphQLError("Expected Iterable, but did not find one for field \"\(f.info.parentTypeName).\(f.fieldName)\"."), f)
        case let (.object(sp), .object(x, _)):
            return completeObject(sp, Parent(x), slot, target)
        case let (.abstract(ap), .object(x, typeName)):
            let name = typeName ?? ap.resolveType?(x, context) ?? ExecutionRun.typenameKey(of: x)
            guard let sp = runtimePlan(ap, name, f, inspected: (x as? GraphQLValue)?.inspected ?? "{}") else { return false }
            return completeObject(sp, Parent(x), slot, target)
        case let (_, .object(x, _)):
            if let g = x as? GraphQLValue { return completeJSONInner(c, g, f, slot, target) }
            return failed(GraphQLError("Expected a leaf value for field \"\(f.info.parentTypeName).\(f.fieldName)\", got an object."), f)
        default:
            return failed(GraphQLError("Expected a value of type \"\(f.info.returnType.namedType)\" for field \"\(f.info.parentTypeName).\(f.fieldName)\", got a list."), f)
        }
    }

    private mutating func completeObject(_ sp: SelectionPlan, _ parent: Parent, _ slot: Int, _ target: Int) -> Bool {
        let start = tree.reserve(sp.fields.count)
        tree[slot] = .object(plan: Int32(sp.id), start: start)
        return executeFields(sp, parent, start, target)
    }

    /// Completes JSON-like data (the default resolver's values and `.value` results).
    mutating func completeJSON(_ c: Completion, _ v: GraphQLValue, _ f: PlannedField, _ slot: Int, _ target: Int) -> Bool {
        if case let .nonNull(inner) = c {
            if case .null = v {
                return failed(GraphQLError("Cannot return null for non-nullable field \(f.info.parentTypeName).\(f.fieldName)."), f)
            }
            return completeJSONInner(inner, v, f, slot, target)
        }
        if case .null = v {
            tree[slot] = .null
            return true
        }
        if !completeJSONInner(c, v, f, slot, slot) { tree[slot] = .null }
        return true
    }

    /// Completes a non-null JSON value for a nullable-stripped completion.
    mutating func completeJSONInner(_ c: Completion, _ v: GraphQLValue, _ f: PlannedField, _ slot: Int, _ target: Int) -> Bool {
        switch c {
        case let .scalar(kind): return completeLeaf(kind, v, f, slot)
        case let .enumType(e):
            if case let .string(s) = v, e.contains(s) {
                tree[slot] = .string(s)
                return true
            }
            return failed(GraphQLError("Enum \"\(e.name)\" cannot represent value: \(v.inspected)"), f)
        case let .list(item):
            guard case let .list(items) = v else {
                return failed(GraphQLError("Expected Iterable, but did not find one for field \"\(f.info.parentTypeName).\(f.fieldName)\"."), f)
            }
            let start = tree.reserve(items.count)
            tree[slot] = .list(start: start, count: Int32(items.count))
            for i in 0..<items.count {
                path.append(PathStep(plan: -1, index: Int32(i)))
                let ok = completeJSON(item, items[i], f, start + i, target)
                path.removeLast()
                if !ok { return false }
            }
            return true
        case let .object(sp):
            let start = tree.reserve(sp.fields.count)
            tree[slot] = .object(plan: Int32(sp.id), start: start)
            if case let .object(o) = v { return executeFields(sp, json: o, start, target) }
            return executeFields(sp, json: GraphQLObjectValue(), start, target)
        case let .abstract(ap):
            var name: String?
            if let resolve = ap.resolveType {
                name = resolve(v, context)
            } else if case let .object(o) = v, case let .string(t)? = o["__typename"] {
                name = t
            }
            guard let sp = runtimePlan(ap, name, f, inspected: v.inspected) else { return false }
            if case let .object(o) = v { return completeObject(sp, .json(o), slot, target) }
            return completeObject(sp, .json(GraphQLObjectValue()), slot, target)
        case let .nonNull(inner):
            return completeJSONInner(inner, v, f, slot, target)
        }
    }

    /// Spec CompleteValue for leaves: result coercion, with the built-in scalars inline.
    private mutating func completeLeaf(_ kind: LeafKind, _ v: GraphQLValue, _ f: PlannedField, _ slot: Int) -> Bool {
        let scalar: GraphQLScalarType
        switch kind {
        case .string:
            if case let .string(s) = v {
                tree[slot] = .string(s)
                return true
            }
            scalar = .string
        case .id:
            if case let .string(s) = v {
                tree[slot] = .string(s)
                return true
            }
            if case let .int(i) = v {
                tree[slot] = .string(String(i))
                return true
            }
            scalar = .id
        case .int:
            if case let .int(i) = v, i >= -2_147_483_648 && i <= 2_147_483_647 {
                tree[slot] = .int(i)
                return true
            }
            scalar = .int
        case .float:
            if case let .double(d) = v, d.isFinite {
                tree[slot] = .double(d)
                return true
            }
            if case let .int(i) = v {
                tree[slot] = .int(i)
                return true
            }
            scalar = .float
        case .boolean:
            if case let .bool(b) = v {
                tree[slot] = .bool(b)
                return true
            }
            scalar = .boolean
        case let .custom(plan): scalar = plan.type
        }
        let out: GraphQLValue
        do {
            out = try scalar.coercion.serialize(v)
        } catch {
            return failed(GraphQLError(error.message), f)
        }
        switch out {
        case .null:
            return failed(GraphQLError("Expected `\(scalar.name).serialize(\(v.inspected))` to return non-nullable value, returned: null"), f)
        case let .bool(b): tree[slot] = .bool(b)
        case let .int(i): tree[slot] = .int(i)
        case let .double(d): tree[slot] = .double(d)
        case let .string(s): tree[slot] = .string(s)
        case .list, .object: tree[slot] = .value(ResultTree.ValueBox(out))
        }
        return true
    }

    /// Spec ResolveAbstractType, checked as graphql-js' `ensureValidRuntimeType` does.
    private mutating func runtimePlan(_ ap: AbstractPlan, _ name: String?, _ f: PlannedField, inspected: String) -> SelectionPlan? {
        let parent = f.info.parentTypeName
        guard let name else {
            _ = failed(GraphQLError("Abstract type \"\(ap.name)\" must resolve to an Object type at runtime for field \"\(parent).\(f.fieldName)\". Either the \"\(ap.name)\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function."), f)
            return nil
        }
        if let sp = ap.plans[name] { return sp }
        let message: String
        switch plan.schema.type(named: name) {
        case nil: message = "Abstract type \"\(ap.name)\" was resolved to a type \"\(name)\" that does not exist inside the schema."
        case .object?: message = "Runtime Object type \"\(name)\" is not a possible type for \"\(ap.name)\"."
        default: message = "Abstract type \"\(ap.name)\" was resolved to a non-object type \"\(name)\"."
        }
        _ = failed(GraphQLError(message), f)
        return nil
    }

    static func typenameKey(of value: any Sendable) -> String? {
        if let g = value as? GraphQLValue, case let .object(o) = g, case let .string(t)? = o["__typename"] { return t }
        return nil
    }
}
