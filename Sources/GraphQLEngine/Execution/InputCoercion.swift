/// Input coercion of runtime values and literals
/// (spec: [Input Coercion](https://spec.graphql.org/draft/#sec-Input-Values),
/// graphql-js `coerceInputValue` and `valueFromAST`).
struct InputCoercion {
    let schema: GraphQLSchema

    /// One coercion failure: where inside the value, the offending value and the message.
    struct Failure {
        var path: [PathComponent]
        var value: GraphQLValue
        var message: String
    }

    // MARK: coerceInputValue

    /// Coerces a JSON value (a variable's value) to `type`; failures are reported to `onError`.
    /// Returns nil only when a failure was reported.
    func coerceInputValue(_ value: GraphQLValue?, _ type: TypeReference, path: [PathComponent] = [],
                          onError: (Failure) -> Void) -> GraphQLValue? {
        switch type {
        case let .nonNull(inner):
            if let value, !value.isNull { return coerceInputValue(value, inner, path: path, onError: onError) }
            onError(Failure(path: path, value: value ?? .null,
                            message: "Expected non-nullable type \"\(type)\" not to be null."))
            return nil
        case let .list(item):
            guard let value, !value.isNull else { return .null }
            if case let .list(items) = value {
                var out: [GraphQLValue] = []
                out.reserveCapacity(items.count)
                for (i, v) in items.enumerated() {
                    out.append(coerceInputValue(v, item, path: path + [.index(i)], onError: onError) ?? .null)
                }
                return .list(out)
            }
            return coerceInputValue(value, item, path: path, onError: onError).map { .list([$0]) }
        case let .named(name):
            guard let value, !value.isNull else { return .null }
            switch schema.type(named: name) {
            case let .inputObject(t)?: return coerceInputObject(value, t, path: path, onError: onError)
            case let .scalar(t)?:
                do { return try t.coercion.parseValue(value) } catch {
                    onError(Failure(path: path, value: value, message: error.message))
                    return nil
                }
            case let .enumType(t)?:
                switch InputCoercion.parseEnumValue(value, t) {
                case let .success(v): return v
                case let .failure(e):
                    onError(Failure(path: path, value: value, message: e.message))
                    return nil
                }
            default:
                onError(Failure(path: path, value: value, message: "Expected type \"\(name)\"."))
                return nil
            }
        }
    }

    private func coerceInputObject(_ value: GraphQLValue, _ type: GraphQLInputObjectType, path: [PathComponent],
                                   onError: (Failure) -> Void) -> GraphQLValue? {
        let input: GraphQLObjectValue
        switch value {
        case let .object(o): input = o
        case let .list(items):
            // A JavaScript array is an object keyed "0", "1", …, as graphql-js sees it.
            input = GraphQLObjectValue(items.enumerated().map { (key: String($0.offset), value: $0.element) })
        default:
            onError(Failure(path: path, value: value, message: "Expected type \"\(type.name)\" to be an object."))
            return nil
        }
        var out = GraphQLObjectValue()
        for field in type.fields {
            guard let fieldValue = input[field.name] else {
                if let d = field.defaultValue {
                    out[field.name] = valueFromAST(d, field.type, variables: nil) ?? .null
                } else if field.type.isNonNull {
                    onError(Failure(path: path, value: value,
                                    message: "Field \"\(field.name)\" of required type \"\(field.type)\" was not provided."))
                }
                continue
            }
            out[field.name] = coerceInputValue(fieldValue, field.type, path: path + [.key(field.name)],
                                               onError: onError) ?? .null
        }
        for key in input.keys where type.fields[key] == nil {
            let hint = Suggestions.didYouMean(Suggestions.list(key, type.fields.map(\.name)))
            onError(Failure(path: path, value: value,
                            message: "Field \"\(key)\" is not defined by type \"\(type.name)\".\(hint)"))
        }
        if type.isOneOf {
            if out.count != 1 {
                onError(Failure(path: path, value: value,
                                message: "Exactly one key must be specified for OneOf type \"\(type.name)\"."))
            } else if out.values[0].isNull {
                onError(Failure(path: path + [.key(out.keys[0])], value: .null,
                                message: "Field \"\(out.keys[0])\" must be non-null."))
            }
        }
        return .object(out)
    }

    /// graphql-js `GraphQLEnumType.parseValue`: the value must be the name of one of its values.
    static func parseEnumValue(_ value: GraphQLValue, _ type: GraphQLEnumType) -> Result<GraphQLValue, CoercionError> {
        guard case let .string(s) = value else {
            let hint = enumHint(Suggestions.list(value.inspected, type.values.map(\.name)))
            return .failure(CoercionError("Enum \"\(type.name)\" cannot represent non-string value: \(value.inspected).\(hint)"))
        }
        guard type.value(named: s) != nil else {
            let hint = enumHint(Suggestions.list(s, type.values.map(\.name)))
            return .failure(CoercionError("Value \"\(s)\" does not exist in \"\(type.name)\" enum.\(hint)"))
        }
        return .success(value)
    }

    /// graphql-js `didYouMean('the enum value', …)`.
    private static func enumHint(_ suggestions: [String]) -> String {
        Suggestions.didYouMean("the enum value", suggestions)
    }

    // MARK: valueFromAST

    /// Coerces a literal to `type`, reading variables from `variables`; nil when invalid.
    func valueFromAST(_ node: Value, _ type: TypeReference, variables: GraphQLObjectValue?) -> GraphQLValue? {
        if case let .variable(v) = node {
            guard let value = variables?[v.name.value] else { return nil }
            if value.isNull && type.isNonNull { return nil }
            return value
        }
        switch type {
        case let .nonNull(inner):
            if case .null = node { return nil }
            return valueFromAST(node, inner, variables: variables)
        case let .list(item):
            if case .null = node { return .null }
            guard case let .list(list) = node else {
                return valueFromAST(node, item, variables: variables).map { .list([$0]) }
            }
            var out: [GraphQLValue] = []
            for itemNode in list.values {
                if isMissingVariable(itemNode, variables) {
                    if item.isNonNull { return nil }
                    out.append(.null)
                } else {
                    guard let v = valueFromAST(itemNode, item, variables: variables) else { return nil }
                    out.append(v)
                }
            }
            return .list(out)
        case let .named(name):
            if case .null = node { return .null }
            switch schema.type(named: name) {
            case let .inputObject(t)?: return inputObjectFromAST(node, t, variables: variables)
            case let .scalar(t)?:
                return try? t.coercion.parseLiteral(substituteVariables(node, variables))
            case let .enumType(t)?:
                guard case let .enumValue(e) = node, t.value(named: e.value) != nil else { return nil }
                return .string(e.value)
            default: return nil
            }
        }
    }

    private func inputObjectFromAST(_ node: Value, _ type: GraphQLInputObjectType,
                                    variables: GraphQLObjectValue?) -> GraphQLValue? {
        guard case let .object(object) = node else { return nil }
        var out = GraphQLObjectValue()
        for field in type.fields {
            let fieldNode = object.fields.first { $0.name.value == field.name }
            guard let fieldNode, !isMissingVariable(fieldNode.value, variables) else {
                if let d = field.defaultValue {
                    out[field.name] = valueFromAST(d, field.type, variables: nil) ?? .null
                } else if field.type.isNonNull {
                    return nil
                }
                continue
            }
            guard let v = valueFromAST(fieldNode.value, field.type, variables: variables) else { return nil }
            out[field.name] = v
        }
        if type.isOneOf {
            guard out.count == 1, !out.values[0].isNull else { return nil }
        }
        return .object(out)
    }

    private func isMissingVariable(_ node: Value, _ variables: GraphQLObjectValue?) -> Bool {
        guard case let .variable(v) = node else { return false }
        return variables?[v.name.value] == nil
    }

    /// A custom scalar's literal with its variables replaced by their values' literals.
    private func substituteVariables(_ node: Value, _ variables: GraphQLObjectValue?) -> Value {
        switch node {
        case let .variable(v): return InputCoercion.literal(of: variables?[v.name.value] ?? .null)
        case let .list(l): return .list(ListValue(l.values.map { substituteVariables($0, variables) }, loc: l.loc))
        case let .object(o):
            return .object(ObjectValue(o.fields.map {
                ObjectField(name: $0.name, value: substituteVariables($0.value, variables), loc: $0.loc)
            }, loc: o.loc))
        default: return node
        }
    }

    /// The literal that spells a runtime value.
    static func literal(of value: GraphQLValue) -> Value {
        switch value {
        case .null: return .null(NullValue())
        case let .bool(b): return .boolean(BooleanValue(b))
        case let .int(i): return .int(IntValue(String(i)))
        case let .double(d): return .float(FloatValue(JSNumber.string(d)))
        case let .string(s): return .string(StringValue(s))
        case let .list(items): return .list(ListValue(items.map(literal(of:))))
        case let .object(o): return .object(ObjectValue(o.entries.map { ObjectField(name: Name($0.key), value: literal(of: $0.value)) }))
        }
    }
}
