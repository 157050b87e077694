/// Default values as graphql-js reports them: the literal coerced to the input type
/// (`valueFromAST`), then turned back into a literal (`astFromValue`) and printed.
///
/// This is what the schema printer writes after `=` and what introspection returns as
/// `__InputValue.defaultValue`: `1.0` for a `Float` prints `1`, an input object's missing fields
/// take their own defaults, and a default that does not coerce prints nothing (nil).
extension GraphQLSchema {
    /// The printed default value of an argument or input field, or nil when it has none (or an
    /// invalid one).
    public func printDefaultValue(_ argument: GraphQLArgument) -> String? {
        guard let literal = argument.defaultValue else { return nil }
        return printDefaultValue(literal, type: argument.type)
    }

    /// A default value literal printed for `type`, or nil when it does not coerce to it.
    public func printDefaultValue(_ literal: Value, type: TypeReference) -> String? {
        guard let value = coerceLiteral(literal, to: type), let ast = astFromValue(value, type: type) else { return nil }
        return printValueLiteral(ast)
    }

    /// A constant literal coerced to `type` (graphql-js `valueFromAST` without variables), or nil
    /// when it is not a valid value of the type.
    ///
    /// An input field whose default needs itself (`input I { a: I = {} }`) makes the literal
    /// invalid (graphql-js overflows its stack there).
    public func coerceLiteral(_ literal: Value, to type: TypeReference) -> GraphQLValue? {
        var expanding = DefaultExpansion()
        return coerceLiteral(literal, to: type, depth: 0, expanding: &expanding)
    }

    /// The input field defaults being expanded, and whether one turned out to need itself.
    private struct DefaultExpansion {
        var fields: Set<String> = []
        var cycle = false
    }

    private func coerceLiteral(_ literal: Value, to type: TypeReference, depth: Int,
                               expanding: inout DefaultExpansion) -> GraphQLValue? {
        if depth > 256 { return nil }
        if case let .nonNull(inner) = type {
            if case .null = literal { return nil }
            return coerceLiteral(literal, to: inner, depth: depth + 1, expanding: &expanding)
        }
        if case .null = literal { return .null }
        if case .variable = literal { return nil }
        if case let .list(item) = type {
            guard case let .list(list) = literal else {
                return coerceLiteral(literal, to: item, depth: depth + 1, expanding: &expanding).map { .list([$0]) }
            }
            var values: [GraphQLValue] = []
            for element in list.values {
                guard let value = coerceLiteral(element, to: item, depth: depth + 1, expanding: &expanding) else { return nil }
                values.append(value)
            }
            return .list(values)
        }
        switch namedTypeOrBuiltIn(type.namedType) {
        case let .inputObject(input):
            guard case let .object(object) = literal else { return nil }
            var result = GraphQLObjectValue()
            for field in input.fields {
                guard let node = object.fields.first(where: { $0.name.value == field.name }) else {
                    let key = input.name + "." + field.name
                    if let defaultLiteral = field.defaultValue {
                        // An invalid field default counts as absent (graphql-js stores undefined).
                        guard expanding.fields.insert(key).inserted else {
                            expanding.cycle = true
                            return nil
                        }
                        let value = coerceLiteral(defaultLiteral, to: field.type, depth: depth + 1, expanding: &expanding)
                        expanding.fields.remove(key)
                        if expanding.cycle { return nil }
                        if let value {
                            result[field.name] = value
                            continue
                        }
                    }
                    if field.type.isNonNull { return nil }
                    continue
                }
                guard let value = coerceLiteral(node.value, to: field.type, depth: depth + 1, expanding: &expanding)
                else { return nil }
                result[field.name] = value
            }
            if input.isOneOf {
                guard result.count == 1, result.values.first?.isNull == false else { return nil }
            }
            return .object(result)
        case let .enumType(enumType):
            guard case let .enumValue(v) = literal, enumType.value(named: v.value) != nil else { return nil }
            return .string(v.value)
        case let .scalar(scalar):
            return try? scalar.coercion.parseLiteral(literal)
        default:
            return nil
        }
    }

    /// A value of `type` as a literal (graphql-js `astFromValue`), nil when it has no literal form.
    public func astFromValue(_ value: GraphQLValue, type: TypeReference) -> Value? {
        if case let .nonNull(inner) = type {
            let ast = astFromValue(value, type: inner)
            if case .null? = ast { return nil }
            return ast
        }
        if case .null = value { return .null(NullValue()) }
        if case let .list(item) = type {
            guard case let .list(items) = value else { return astFromValue(value, type: item) }
            return .list(ListValue(items.compactMap { astFromValue($0, type: item) }))
        }
        switch namedTypeOrBuiltIn(type.namedType) {
        case let .inputObject(input):
            guard case let .object(object) = value else { return nil }
            var fields: [ObjectField] = []
            for field in input.fields {
                guard let fieldValue = object[field.name], let ast = astFromValue(fieldValue, type: field.type) else { continue }
                fields.append(ObjectField(name: Name(field.name), value: ast))
            }
            return .object(ObjectValue(fields))
        case let .enumType(enumType):
            guard case let .string(name) = value, enumType.value(named: name) != nil else { return nil }
            return .enumValue(EnumValue(name))
        case let .scalar(scalar):
            guard let serialized = try? scalar.coercion.serialize(value) else { return nil }
            return leafLiteral(serialized, isID: scalar.name == "ID")
        default:
            return nil
        }
    }

    /// The schema's type, or a built-in scalar the schema does not reference.
    private func namedTypeOrBuiltIn(_ name: String) -> GraphQLNamedType? {
        type(named: name) ?? GraphQLSchema.standardType(named: name)
    }

    private func leafLiteral(_ serialized: GraphQLValue, isID: Bool) -> Value? {
        switch serialized {
        case .null: return nil
        case let .bool(b): return .boolean(BooleanValue(b))
        case let .int(i): return .int(IntValue(String(i)))
        case let .double(d):
            guard d.isFinite else { return nil }
            let text = JSNumber.string(d)
            return isIntegerString(text) ? .int(IntValue(text)) : .float(FloatValue(text))
        case let .string(s):
            return isID && isIntegerString(s) ? .int(IntValue(s)) : .string(StringValue(s))
        case .list, .object:
            return nil  // graphql-js throws "Cannot convert value to AST"
        }
    }

    /// `/^-?(?:0|[1-9][0-9]*)$/`
    private func isIntegerString(_ text: String) -> Bool {
        var digits = Substring(text)
        if digits.first == "-" { digits = digits.dropFirst() }
        guard let first = digits.first, digits.allSatisfy(\.isASCIIDigit) else { return false }
        return first != "0" || digits.count == 1
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
