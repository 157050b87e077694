/// How a scalar converts values in and out (spec: Scalars, Result Coercion and Input Coercion).
public struct ScalarCoercion: Sendable {
    /// Result coercion: a resolver's leaf value to a serializable value, or throw.
    public var serialize: @Sendable (GraphQLValue) throws(CoercionError) -> GraphQLValue
    /// Input coercion of a variable's JSON value.
    public var parseValue: @Sendable (GraphQLValue) throws(CoercionError) -> GraphQLValue
    /// Input coercion of a literal (no variables inside; callers substitute them first).
    public var parseLiteral: @Sendable (Value) throws(CoercionError) -> GraphQLValue

    public init(serialize: @escaping @Sendable (GraphQLValue) throws(CoercionError) -> GraphQLValue,
                parseValue: @escaping @Sendable (GraphQLValue) throws(CoercionError) -> GraphQLValue,
                parseLiteral: @escaping @Sendable (Value) throws(CoercionError) -> GraphQLValue) {
        self.serialize = serialize
        self.parseValue = parseValue
        self.parseLiteral = parseLiteral
    }

    /// What graphql-js gives a custom scalar built from SDL: values pass through unchanged and
    /// literals become the value they spell (graphql-js `valueFromASTUntyped`).
    public static let passthrough = ScalarCoercion(
        serialize: { value throws(CoercionError) in value },
        parseValue: { value throws(CoercionError) in value },
        parseLiteral: { literal throws(CoercionError) in untypedValue(of: literal) })

    /// The value a constant literal spells without a type: ints and floats as numbers, enums as
    /// strings, lists and objects recursively (graphql-js `valueFromASTUntyped`). Variables become null.
    public static func untypedValue(of literal: Value) -> GraphQLValue {
        switch literal {
        case .variable, .null: return .null
        case let .int(v):
            if let i = Int(v.value) { return .int(i) }
            return .double(Double(v.value) ?? .nan)
        case let .float(v): return .double(Double(v.value) ?? .nan)
        case let .string(v): return .string(v.value)
        case let .boolean(v): return .bool(v.value)
        case let .enumValue(v): return .string(v.value)
        case let .list(v): return .list(v.values.map(untypedValue(of:)))
        case let .object(v):
            return .object(GraphQLObjectValue(v.fields.map { (key: $0.name.value, value: untypedValue(of: $0.value)) }))
        }
    }
}

/// A value that a scalar cannot coerce; the message uses graphql-js' wording.
public struct CoercionError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
