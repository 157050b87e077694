/// The result of executing an operation's selection set: compact ordered storage.
///
/// Every value is one ``Slot`` in a flat array. An object's fields sit in consecutive slots and
/// its keys come from its selection plan, so a result value costs no allocation of its own: the
/// whole tree is one growing array, written straight to JSON by ``write(to:)``.
public struct ResultTree: Sendable {
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

    var slots: [Slot]
    let plans: [SelectionPlan]

    init(plans: [SelectionPlan], capacity: Int) {
        self.plans = plans
        slots = []
        slots.reserveCapacity(capacity)
    }

    /// Appends `count` pending slots and returns the first one's index.
    @inline(__always)
    mutating func reserve(_ count: Int) -> Int {
        let start = slots.count
        for _ in 0..<count { slots.append(.pending) }
        return start
    }

    /// How many slots the tree holds.
    public var slotCount: Int { slots.count }

    /// Whether the root (the `data` entry) is null.
    public var isNull: Bool {
        if case .null = slots[0] { return true }
        return false
    }

    /// Writes the root value as JSON.
    public func write(to json: inout JSONWriter) {
        var out = JSONByteStream(capacity: max(slots.count * 24, 256))
        slots.withUnsafeBufferPointer { buffer in
            write(0, buffer, &out)
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
        switch slots[index] {
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
