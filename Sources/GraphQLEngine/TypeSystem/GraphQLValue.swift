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
    /// `[1, 2]`, `{ a: 1 }`, numbers in JavaScript form.
    public var inspected: String {
        switch self {
        case .null: "null"
        case let .bool(b): b ? "true" : "false"
        case let .int(i): String(i)
        case let .double(d): JSNumber.string(d)
        case let .string(s): JSNumber.quote(s)
        case let .list(items):
            items.isEmpty ? "[]" : "[" + items.map(\.inspected).joined(separator: ", ") + "]"
        case let .object(object):
            object.isEmpty ? "{}"
                : "{ " + object.entries.map { "\($0.key): \($0.value.inspected)" }.joined(separator: ", ") + " }"
        }
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
