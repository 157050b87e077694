/// The five built-in scalars with the spec's coercion rules and graphql-js' error wording
/// (spec: Scalars, https://spec.graphql.org/October2021/#sec-Scalars; graphql-js `type/scalars.js`).
extension GraphQLScalarType {
    static let maxInt = 2_147_483_647
    static let minInt = -2_147_483_648

    /// The names of the built-in scalars, in graphql-js' `specifiedScalarTypes` order.
    public static let specifiedNames: [String] = ["String", "Int", "Float", "Boolean", "ID"]

    /// The built-in scalars in graphql-js' `specifiedScalarTypes` order.
    public static let specified: [GraphQLScalarType] = [.string, .int, .float, .boolean, .id]

    /// `Int`: a signed 32-bit integer.
    public static let int = GraphQLScalarType(
        name: "Int",
        description: "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.",
        coercion: ScalarCoercion(
            serialize: { value throws(CoercionError) in
                var number: Double?
                switch value {
                case let .bool(b): return .int(b ? 1 : 0)
                case let .int(i): number = Double(i)
                    if i > maxInt || i < minInt {
                        throw CoercionError("Int cannot represent non 32-bit signed integer value: \(value.inspected)")
                    }
                    return value
                case let .double(d): number = d
                case let .string(s) where !s.isEmpty: number = JSNumber.parse(s)
                default: number = nil
                }
                guard let number, number.isFinite, number.rounded() == number else {
                    throw CoercionError("Int cannot represent non-integer value: \(value.inspected)")
                }
                guard number <= Double(maxInt), number >= Double(minInt) else {
                    throw CoercionError("Int cannot represent non 32-bit signed integer value: \(value.inspected)")
                }
                return .int(Int(number))
            },
            parseValue: { value throws(CoercionError) in
                let number: Double
                switch value {
                case let .int(i):
                    guard i <= maxInt, i >= minInt else {
                        throw CoercionError("Int cannot represent non 32-bit signed integer value: \(i)")
                    }
                    return value
                case let .double(d) where d.isFinite && d.rounded() == d: number = d
                default: throw CoercionError("Int cannot represent non-integer value: \(value.inspected)")
                }
                guard number <= Double(maxInt), number >= Double(minInt) else {
                    throw CoercionError("Int cannot represent non 32-bit signed integer value: \(JSNumber.string(number))")
                }
                return .int(Int(number))
            },
            parseLiteral: { literal throws(CoercionError) in
                guard case let .int(v) = literal else {
                    throw CoercionError("Int cannot represent non-integer value: \(printValueLiteral(literal))")
                }
                guard let i = Int(v.value), i <= maxInt, i >= minInt else {
                    throw CoercionError("Int cannot represent non 32-bit signed integer value: \(v.value)")
                }
                return .int(i)
            }))

    /// `Float`: a finite double.
    public static let float = GraphQLScalarType(
        name: "Float",
        description: "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).",
        coercion: ScalarCoercion(
            serialize: { value throws(CoercionError) in
                var number: Double?
                switch value {
                case let .bool(b): return .double(b ? 1 : 0)
                case let .int(i): number = Double(i)
                case let .double(d): number = d
                case let .string(s) where !s.isEmpty: number = JSNumber.parse(s)
                default: number = nil
                }
                guard let number, number.isFinite else {
                    throw CoercionError("Float cannot represent non numeric value: \(value.inspected)")
                }
                return .double(number)
            },
            parseValue: { value throws(CoercionError) in
                switch value {
                case let .int(i): return .double(Double(i))
                case let .double(d) where d.isFinite: return value
                default: throw CoercionError("Float cannot represent non numeric value: \(value.inspected)")
                }
            },
            parseLiteral: { literal throws(CoercionError) in
                switch literal {
                case let .int(v): return .double(Double(v.value) ?? 0)
                case let .float(v): return .double(Double(v.value) ?? 0)
                default: throw CoercionError("Float cannot represent non numeric value: \(printValueLiteral(literal))")
                }
            }))

    /// `String`: UTF-8 text.
    public static let string = GraphQLScalarType(
        name: "String",
        description: "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.",
        coercion: ScalarCoercion(
            serialize: { value throws(CoercionError) in
                switch value {
                case .string: return value
                case let .bool(b): return .string(b ? "true" : "false")
                case let .int(i): return .string(String(i))
                case let .double(d) where d.isFinite: return .string(JSNumber.string(d))
                default: throw CoercionError("String cannot represent value: \(value.inspected)")
                }
            },
            parseValue: { value throws(CoercionError) in
                guard case .string = value else {
                    throw CoercionError("String cannot represent a non string value: \(value.inspected)")
                }
                return value
            },
            parseLiteral: { literal throws(CoercionError) in
                guard case let .string(v) = literal else {
                    throw CoercionError("String cannot represent a non string value: \(printValueLiteral(literal))")
                }
                return .string(v.value)
            }))

    /// `Boolean`: `true` or `false`.
    public static let boolean = GraphQLScalarType(
        name: "Boolean",
        description: "The `Boolean` scalar type represents `true` or `false`.",
        coercion: ScalarCoercion(
            serialize: { value throws(CoercionError) in
                switch value {
                case .bool: return value
                case let .int(i): return .bool(i != 0)
                case let .double(d) where d.isFinite: return .bool(d != 0)
                default: throw CoercionError("Boolean cannot represent a non boolean value: \(value.inspected)")
                }
            },
            parseValue: { value throws(CoercionError) in
                guard case .bool = value else {
                    throw CoercionError("Boolean cannot represent a non boolean value: \(value.inspected)")
                }
                return value
            },
            parseLiteral: { literal throws(CoercionError) in
                guard case let .boolean(v) = literal else {
                    throw CoercionError("Boolean cannot represent a non boolean value: \(printValueLiteral(literal))")
                }
                return .bool(v.value)
            }))

    /// `ID`: a unique identifier, serialized as a string; accepts strings and integers as input.
    public static let id = GraphQLScalarType(
        name: "ID",
        description: "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.",
        coercion: ScalarCoercion(
            serialize: { value throws(CoercionError) in
                switch value {
                case .string: return value
                case let .int(i): return .string(String(i))
                case let .double(d) where d.isFinite && d.rounded() == d: return .string(JSNumber.string(d))
                default: throw CoercionError("ID cannot represent value: \(value.inspected)")
                }
            },
            parseValue: { value throws(CoercionError) in
                switch value {
                case .string: return value
                case let .int(i): return .string(String(i))
                case let .double(d) where d.isFinite && d.rounded() == d: return .string(JSNumber.string(d))
                default: throw CoercionError("ID cannot represent value: \(value.inspected)")
                }
            },
            parseLiteral: { literal throws(CoercionError) in
                switch literal {
                case let .string(v): return .string(v.value)
                case let .int(v): return .string(v.value)
                default:
                    throw CoercionError("ID cannot represent a non-string and non-integer value: \(printValueLiteral(literal))")
                }
            }))
}
