import Synchronization

/// An operation compiled for execution: for every selection set and runtime object type, the
/// collected fields (spec: CollectFields, with fragments merged and `@skip`/`@include` applied),
/// their definitions, bound resolvers, pre-coerced constant arguments and how to complete their
/// values. Immutable and `Sendable`, so one plan serves any number of concurrent requests with
/// the same `@skip`/`@include` variable values (see ``PlanCache``).
public final class ExecutionPlan: Sendable {
    let schema: GraphQLSchema
    let source: Source?
    let operation: OperationDefinition
    let rootTypeName: String
    let root: SelectionPlan
    /// Every selection plan, indexed by ``SelectionPlan/id`` (the result tree refers to them by id).
    let selectionPlans: [SelectionPlan]
    /// Variables whose values `@skip`/`@include` consulted while planning, in first-use order.
    let conditionVariables: [String]
    /// The conditions' values this plan was built for.
    let conditionValues: [Bool]
    /// Largest result (in slots) seen so far, to reserve storage up front.
    let resultSizeHint = Atomic<Int>(0)

    init(schema: GraphQLSchema, source: Source?, operation: OperationDefinition, rootTypeName: String,
         root: SelectionPlan, selectionPlans: [SelectionPlan], conditionVariables: [String], conditionValues: [Bool]) {
        self.schema = schema
        self.source = source
        self.operation = operation
        self.rootTypeName = rootTypeName
        self.root = root
        self.selectionPlans = selectionPlans
        self.conditionVariables = conditionVariables
        self.conditionValues = conditionValues
    }

    /// The operation's kind.
    public var operationType: OperationType { operation.operation }
}

/// The fields collected for one selection set (merged over its field nodes) on one object type.
///
/// `@unchecked Sendable`: the step buffer is written only in `init`, the key hints are atomics.
final class SelectionPlan: @unchecked Sendable {
    let id: Int
    let typeName: String
    let fields: [PlannedField]
    /// `"key":` for every field, back to back; field `i` spans `keyOffsets[i]..<keyOffsets[i+1]`.
    let keyJSON: [UInt8]
    let keyOffsets: [Int]
    /// Per field, what the JSON fast path reads, as plain values in a buffer of their own:
    /// reading them costs no reference counting, which touching a ``PlannedField`` would.
    let steps: UnsafeMutableBufferPointer<FieldStep>
    /// Per field, where the default resolver last found its key in a JSON parent (an inline cache).
    let keyHints: UnsafeMutablePointer<Atomic<Int>>

    init(id: Int, typeName: String, fields: [PlannedField]) {
        self.id = id
        self.typeName = typeName
        self.fields = fields
        var json = JSONWriter()
        var offsets = [0]
        for f in fields {
            json.string(f.responseKey)
            json.raw(UInt8(ascii: ":"))
            offsets.append(json.bytes.count)
        }
        keyJSON = json.bytes
        keyOffsets = offsets
        steps = .allocate(capacity: fields.count)
        _ = steps.initialize(from: fields.map(FieldStep.init))
        keyHints = .allocate(capacity: max(fields.count, 1))
        for i in 0..<fields.count { (keyHints + i).initialize(to: Atomic(0)) }
    }

    deinit {
        steps.deinitialize().deallocate()
        keyHints.deinitialize(count: fields.count)
        keyHints.deallocate()
    }
}

/// A planned field as the JSON fast path sees it.
struct FieldStep {
    /// The field (not response key) the default resolver reads.
    let name: String
    let fastLeaf: FastLeaf
    /// Completed by the default resolver with constant arguments (``PlannedField/readsJSON``).
    let readsJSON: Bool
    /// The enum of a ``FastLeaf/enumValue`` field, unretained: the field's ``PlannedField/fastEnum`` owns it.
    let fastEnum: Unmanaged<EnumPlan>?

    init(_ f: PlannedField) {
        name = f.fieldName
        fastLeaf = f.fastLeaf
        readsJSON = f.readsJSON
        fastEnum = f.fastEnum.map { Unmanaged.passUnretained($0) }
    }
}

/// One response key of a selection plan.
final class PlannedField: Sendable {
    let responseKey: String
    let fieldName: String
    let isTypename: Bool
    let info: ResolveInfo
    let resolver: AnyFieldResolver?
    let arguments: PlannedArguments
    let completion: Completion
    /// Where the default resolver last found this key in a JSON parent (an inline cache).
    let keyHint = Atomic<Int>(0)
    /// For a built-in scalar, enum or `__typename` field read by the default resolver: the fast path's kind.
    let fastLeaf: FastLeaf
    /// The enum of a ``FastLeaf/enumValue`` field.
    let fastEnum: EnumPlan?
    /// Read by the default resolver with constant arguments: on a JSON parent, complete the
    /// parent's same-named value directly.
    let readsJSON: Bool

    init(responseKey: String, fieldName: String, isTypename: Bool, info: ResolveInfo, resolver: AnyFieldResolver?,
         arguments: PlannedArguments, completion: Completion) {
        self.responseKey = responseKey
        self.fieldName = fieldName
        self.isTypename = isTypename
        self.info = info
        self.resolver = resolver
        self.arguments = arguments
        self.completion = completion
        var fast = FastLeaf.none
        var fastEnum: EnumPlan?
        if isTypename {
            fast = .typename
        } else if resolver == nil, case .constant = arguments {
            switch completion {
            case let .enumType(e), let .nonNull(.enumType(e)):
                fast = .enumValue
                fastEnum = e
            case let .scalar(kind), let .nonNull(.scalar(kind)):
                switch kind {
                case .string, .id: fast = .string
                case .int: fast = .int
                case .float: fast = .float
                case .boolean: fast = .boolean
                case .custom: fast = .none
                }
            default: fast = .none
            }
        }
        fastLeaf = fast
        self.fastEnum = fastEnum
        if resolver == nil, !isTypename, case .constant = arguments {
            readsJSON = true
        } else {
            readsJSON = false
        }
    }
}

/// Built-in scalars whose JSON value of the right shape is stored as is, skipping `Completion`.
enum FastLeaf: UInt8, Sendable {
    case none, string, int, float, boolean, enumValue, typename
}

/// A field's arguments: coerced once at planning when they hold no variables.
enum PlannedArguments: Sendable {
    case constant(GraphQLObjectValue)
    case failed(GraphQLError)
    case dynamic(definitions: [GraphQLArgument], arguments: [Argument], location: Location)
}

/// How to complete a field's value (spec: CompleteValue), decided once from its type.
indirect enum Completion: Sendable {
    case nonNull(Completion)
    case list(Completion)
    case scalar(LeafKind)
    case enumType(EnumPlan)
    case object(SelectionPlan)
    case abstract(AbstractPlan)

    var isNonNull: Bool {
        if case .nonNull = self { return true }
        return false
    }
}

/// A scalar's result coercion, with the built-in scalars recognised for a fast path.
enum LeafKind: Sendable {
    case string, int, float, boolean, id
    case custom(ScalarPlan)
}

/// A custom scalar (boxed, so completions stay one word).
final class ScalarPlan: Sendable {
    let type: GraphQLScalarType
    init(_ type: GraphQLScalarType) { self.type = type }
}

/// An enum type's name and value names.
final class EnumPlan: Sendable {
    let name: String
    let values: Set<String>
    let names: [String]
    init(_ type: GraphQLEnumType) {
        name = type.name
        names = type.values.map(\.name)
        values = Set(names)
    }

    /// Whether `name` is one of the values (a scan for small enums, else a set lookup).
    @inline(__always)
    func contains(_ name: String) -> Bool {
        if names.count <= 16 {
            // Comparing lengths first skips the out-of-line comparison for most non-matches.
            let length = name.utf8.count
            for n in names where n.utf8.count == length && n == name { return true }
            return false
        }
        return values.contains(name)
    }
}

/// An interface or union field: one selection plan per possible object type.
final class AbstractPlan: Sendable {
    let name: String
    let plans: [String: SelectionPlan]
    let resolveType: AnyTypeResolver?

    init(name: String, plans: [String: SelectionPlan], resolveType: AnyTypeResolver?) {
        self.name = name
        self.plans = plans
        self.resolveType = resolveType
    }
}

/// The resolvers with their context type erased, as plans hold them.
struct ResolverTable: Sendable {
    var fields: [String: [String: AnyFieldResolver]] = [:]
    var typeResolvers: [String: AnyTypeResolver] = [:]
    var subscriptions: [String: AnySubscriptionResolver] = [:]

    func resolver(type: String, field: String) -> AnyFieldResolver? { fields[type]?[field] }
}

extension Resolvers {
    var table: ResolverTable {
        ResolverTable(fields: fields, typeResolvers: typeResolvers, subscriptions: subscriptions)
    }
}
