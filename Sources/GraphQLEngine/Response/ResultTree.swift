/// The result of executing an operation's selection set: compact ordered storage.
///
/// Every value is one ``Slot`` in a flat buffer. An object's fields sit in consecutive slots and
/// its keys come from its selection plan, so a result value costs no allocation of its own: the
/// whole tree is one growing buffer, written straight to JSON by ``write(to:)``.
///
/// The buffer is written only by the execution that builds the tree (one at a time, never
/// concurrently) and only read once the tree is returned, hence `@unchecked Sendable`. Copies
/// share the buffer. Slot reads and writes are unchecked pointer accesses: the executor fills
/// only slots it reserved, and a write costs no uniqueness check or bounds check.
public struct ResultTree: @unchecked Sendable {
    /// One result value.
    enum Slot: Sendable {
        /// Not completed (only ever serialized if execution stopped early).
        case pending
        case null
        case bool(Bool)
        case int(Int)
        case double(Double)
        case string(String)
        /// An object: fields in `start..<start + plan.fields.count`, keys from selection plan `plan`.
        case object(plan: Int32, start: Int)
        /// A list: items in `start..<start + count`.
        case list(start: Int, count: Int32)
        /// A custom scalar's serialized value (any JSON).
        case value(ValueBox)
    }

    /// A boxed ``GraphQLValue`` (keeps ``Slot`` small).
    final class ValueBox: Sendable {
        let value: GraphQLValue
        init(_ value: GraphQLValue) { self.value = value }
    }

    /// Owns the slot memory: the first `initialized.pointee` slots are initialized.
    final class Storage {
        let base: UnsafeMutablePointer<Slot>
        let capacity: Int
        /// How many slots are initialized, in a cell of its own: the tree updates it through a
        /// pointer, which costs no exclusivity check as a class property would.
        let initialized: UnsafeMutablePointer<Int>

        init(capacity: Int) {
            self.capacity = capacity
            base = .allocate(capacity: capacity)
            initialized = .allocate(capacity: 1)
            initialized.initialize(to: 0)
        }

        deinit {
            base.deinitialize(count: initialized.pointee)
            base.deallocate()
            initialized.deallocate()
        }
    }

    private var storage: Storage
    /// `storage.base` and `storage.initialized`, kept here so a slot access is one load from the tree.
    private var base: UnsafeMutablePointer<Slot>
    private var initialized: UnsafeMutablePointer<Int>
    private var capacity: Int
    /// How many slots are reserved.
    private(set) var count = 0
    let plans: [SelectionPlan]

    init(plans: [SelectionPlan], capacity: Int) {
        self.plans = plans
        storage = Storage(capacity: max(capacity, 1))
        base = storage.base
        initialized = storage.initialized
        self.capacity = storage.capacity
    }

    /// The slot at `index` (which must be reserved).
    subscript(index: Int) -> Slot {
        @inline(__always) get { base[index] }
        @inline(__always) nonmutating set { base[index] = newValue }
    }

    /// Stores `value` in a reserved slot that still holds `.pending` (nothing to release).
    @inline(__always)
    func fill(_ index: Int, _ value: Slot) {
        (base + index).initialize(to: value)
    }

    /// Reserves `n` pending slots and returns the first one's index. Slots are initialized only
    /// here, next to their first use, so a large result is not swept once more up front.
    @inline(__always)
    mutating func reserve(_ n: Int) -> Int {
        let start = count
        if start + n > capacity { grow(start + n) }
        (base + start).initialize(repeating: .pending, count: n)
        count = start + n
        initialized.pointee = count
        return start
    }

    /// Copies the slots to a buffer at least twice as large.
    private mutating func grow(_ needed: Int) {
        let bigger = Storage(capacity: max(capacity * 2, needed))
        bigger.base.initialize(from: base, count: count)
        bigger.initialized.pointee = count
        storage = bigger
        base = bigger.base
        initialized = bigger.initialized
        capacity = bigger.capacity
    }

    /// Appends one slot (for trees built outside execution).
    mutating func append(_ value: Slot) {
        let i = reserve(1)
        self[i] = value
    }

    /// How many slots the tree holds.
    public var slotCount: Int { count }

    /// Whether the root (the `data` entry) is null.
    public var isNull: Bool {
        if case .null = base[0] { return true }
        return false
    }

    /// Writes the root value as JSON.
    public func write(to json: inout JSONWriter) {
        var out = JSONByteStream(capacity: max(count * 24, 256))
        withExtendedLifetime(storage) {
            write(0, UnsafeBufferPointer(start: base, count: count), &out)
        }
        out.finish(into: &json.bytes)
    }

    private func write(_ index: Int, _ slots: UnsafeBufferPointer<Slot>, _ out: inout JSONByteStream) {
        switch slots[index] {
        case .pending, .null: out.literal("null")
        case let .bool(b): b ? out.literal("true") : out.literal("false")
        case let .int(i): out.int(i)
        case let .double(d): out.double(d)
        case let .string(s): out.string(s)
        case let .value(box):
            var json = JSONWriter()
            json.value(box.value)
            json.bytes.withUnsafeBufferPointer { out.bytes($0) }
        case let .list(start, count):
            out.byte(UInt8(ascii: "["))
            let n = Int(count)
            for i in 0..<n {
                if i > 0 { out.byte(UInt8(ascii: ",")) }
                write(start + i, slots, &out)
            }
            out.byte(UInt8(ascii: "]"))
        case let .object(planID, start):
            let plan = plans[Int(planID)]
            out.byte(UInt8(ascii: "{"))
            plan.keyJSON.withUnsafeBufferPointer { keys in
                plan.keyOffsets.withUnsafeBufferPointer { offsets in
                    for i in 0..<(offsets.count - 1) {
                        if i > 0 { out.byte(UInt8(ascii: ",")) }
                        out.bytes(UnsafeBufferPointer(rebasing: keys[offsets[i]..<offsets[i + 1]]))
                        write(start + i, slots, &out)
                    }
                }
            }
            out.byte(UInt8(ascii: "}"))
        }
    }

    /// The root value as a ``GraphQLValue`` tree (for tests and tools; not the hot path).
    public var value: GraphQLValue { value(at: 0) }

    private func value(at index: Int) -> GraphQLValue {
        switch self[index] {
        case .pending, .null: return .null
        case let .bool(b): return .bool(b)
        case let .int(i): return .int(i)
        case let .double(d): return .double(d)
        case let .string(s): return .string(s)
        case let .value(box): return box.value
        case let .list(start, count): return .list((0..<Int(count)).map { value(at: start + $0) })
        case let .object(planID, start):
            let plan = plans[Int(planID)]
            var object = GraphQLObjectValue()
            for (i, f) in plan.fields.enumerated() where object[f.responseKey] == nil {
                object[f.responseKey] = value(at: start + i)
            }
            return .object(object)
        }
    }
}
