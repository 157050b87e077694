/// A runtime value: coerced variables and arguments, resolver data and leaf results.
///
/// Enum values are carried as `.string(name)`. Integers are `Int`; `Int` scalars keep them in
/// 32 bits, custom scalars may use the full range.
public enum GraphQLValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case list([GraphQLValue])
    case object(GraphQLObjectValue)

    /// Whether this is `.null`.
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The value as graphql-js' `inspect` shows it in error messages: strings quoted,
    /// `[1, 2]`, `{ a: 1 }`, numbers in JavaScript form; at most 10 list items (then
    /// `... N more items`), lists and objects nested deeper than 2 levels as `[Array]` and
    /// `[Object]`, and an object's integer-like keys first, ascending, as JavaScript orders them.
    public var inspected: String { inspected(depth: 1) }
}

extension GraphQLValue {
    /// graphql-js' `MAX_ARRAY_LENGTH` and `MAX_RECURSIVE_DEPTH`.
    static let inspectMaxItems = 10
    static let inspectMaxDepth = 2

    /// `depth`: how many lists and objects enclose this value, itself included (inspect's `seenValues`).
    private func inspected(depth: Int) -> String {
        switch self {
        case .null: return "null"
        case let .bool(b): return b ? "true" : "false"
        case let .int(i): return String(i)
        case let .double(d): return JSNumber.string(d)
        case let .string(s): return JSNumber.quote(s)
        case let .list(items):
            if items.isEmpty { return "[]" }
            if depth > Self.inspectMaxDepth { return "[Array]" }
            var parts = items.prefix(Self.inspectMaxItems).map { $0.inspected(depth: depth + 1) }
            let remaining = items.count - parts.count
            if remaining == 1 {
                parts.append("... 1 more item")
            } else if remaining > 1 {
                parts.append("... \(remaining) more items")
            }
            return "[" + parts.joined(separator: ", ") + "]"
        case let .object(object):
            if object.isEmpty { return "{}" }
            if depth > Self.inspectMaxDepth { return "[Object]" }
            let entries = GraphQLValue.javaScriptOrder(object.entries)
            return "{ " + entries.map { "\($0.key): \($0.value.inspected(depth: depth + 1))" }.joined(separator: ", ") + " }"
        }
    }

    /// Entries in JavaScript's property order: array-index keys (canonical integers below
    /// 2^32 - 1) ascending, then the others in insertion order.
    private static func javaScriptOrder(_ entries: [(key: String, value: GraphQLValue)]) -> [(key: String, value: GraphQLValue)] {
        var indexed: [(index: UInt32, entry: (key: String, value: GraphQLValue))] = []
        var named: [(key: String, value: GraphQLValue)] = []
        for entry in entries {
            if let index = arrayIndex(entry.key) {
                indexed.append((index, entry))
            } else {
                named.append(entry)
            }
        }
        if indexed.isEmpty { return named }
        return indexed.sorted { $0.index < $1.index }.map(\.entry) + named
    }

    /// The key as a JavaScript array index: digits without a leading zero, below 2^32 - 1.
    private static func arrayIndex(_ key: String) -> UInt32? {
        let utf8 = key.utf8
        guard let first = utf8.first, first >= UInt8(ascii: "0"), first <= UInt8(ascii: "9"),
              first != UInt8(ascii: "0") || utf8.count == 1,
              let n = UInt32(key), n < UInt32.max else { return nil }
        return n
    }
}

/// An object value whose keys keep their insertion order.
public struct GraphQLObjectValue: Sendable, Hashable, Sequence {
    public private(set) var keys: [String]
    public private(set) var values: [GraphQLValue]
    private var index: [String: Int]

    public init() {
        keys = []
        values = []
        index = [:]
    }

    /// Creates an object from entries in order; a repeated key keeps its first position and last value.
    public init(_ entries: [(key: String, value: GraphQLValue)]) {
        self.init()
        for (key, value) in entries { self[key] = value }
    }

    /// The entries in insertion order.
    public var entries: [(key: String, value: GraphQLValue)] {
        zip(keys, values).map { (key: $0, value: $1) }
    }

    public var count: Int { keys.count }
    public var isEmpty: Bool { keys.isEmpty }

    /// Where `key` sits in ``keys`` (a hash lookup).
    func position(of key: String) -> Int? { index[key] }

    /// The value for `key`; setting nil removes the key.
    public subscript(key: String) -> GraphQLValue? {
        get { index[key].map { values[$0] } }
        set {
            if let i = index[key] {
                if let newValue {
                    values[i] = newValue
                } else {
                    keys.remove(at: i)
                    values.remove(at: i)
                    index = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) })
                }
            } else if let newValue {
                index[key] = keys.count
                keys.append(key)
                values.append(newValue)
            }
        }
    }

    public func makeIterator() -> some IteratorProtocol<(key: String, value: GraphQLValue)> {
        entries.makeIterator()
    }

    public static func == (lhs: GraphQLObjectValue, rhs: GraphQLObjectValue) -> Bool {
        lhs.keys == rhs.keys && lhs.values == rhs.values
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(keys)
        hasher.combine(values)
    }
}

extension GraphQLObjectValue: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (String, GraphQLValue)...) {
        self.init(elements.map { (key: $0.0, value: $0.1) })
    }
}
