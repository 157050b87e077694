/// Coercion of an operation's variables and a field's arguments
/// (spec: [CoerceVariableValues](https://spec.graphql.org/draft/#sec-Coercing-Variable-Values),
/// [CoerceArgumentValues](https://spec.graphql.org/draft/#sec-Coercing-Field-Arguments)).
enum VariableValues {
    /// Coerces the request's variable inputs for `operation`; the errors use graphql-js' wording
    /// and stop at 50, as graphql-js' `getVariableValues` does.
    static func coerceVariableValues(schema: GraphQLSchema, operation: OperationDefinition,
                                     inputs: GraphQLObjectValue, source: Source?) -> Result<GraphQLObjectValue, RequestErrors> {
        let coercion = InputCoercion(schema: schema)
        var coerced = GraphQLObjectValue()
        var errors: [GraphQLError] = []
        let maxErrors = 50
        for definition in operation.variableDefinitions {
            let name = definition.variable.name.value
            let type = TypeReference(definition.type)
            let located = { (message: String, node: Location) in
                GraphQLError(message, locations: source.map { [$0.location(ofOffset: node.start)] } ?? [])
            }
            guard let named = schema.type(named: type.namedType), named.isInputType else {
                errors.append(located("Variable \"$\(name)\" expected value of type \"\(type)\" which cannot be used as an input type.",
                                      definition.type.loc))
                if errors.count >= maxErrors { break }
                continue
            }
            guard let value = inputs[name] else {
                if let d = definition.defaultValue {
                    coerced[name] = coercion.valueFromAST(d, type, variables: nil) ?? .null
                } else if type.isNonNull {
                    errors.append(located("Variable \"$\(name)\" of required type \"\(type)\" was not provided.", definition.loc))
                }
                if errors.count >= maxErrors { break }
                continue
            }
            if value.isNull && type.isNonNull {
                errors.append(located("Variable \"$\(name)\" of non-null type \"\(type)\" must not be null.", definition.loc))
                if errors.count >= maxErrors { break }
                continue
            }
            let v = coercion.coerceInputValue(value, type) { failure in
                guard errors.count < maxErrors else { return }
                var prefix = "Variable \"$\(name)\" got invalid value \(failure.value.inspected)"
                if !failure.path.isEmpty { prefix += " at \"\(name)\(printPath(failure.path))\"" }
                errors.append(located(prefix + "; " + failure.message, definition.loc))
            }
            if let v { coerced[name] = v }
            if errors.count >= maxErrors { break }
        }
        if errors.count >= maxErrors {
            errors = Array(errors.prefix(maxErrors))
            errors.append(GraphQLError("Too many errors processing variables, error limit reached. Execution aborted."))
        }
        return errors.isEmpty ? .success(coerced) : .failure(RequestErrors(errors: errors))
    }

    /// `.name[0].inner` as graphql-js' `printPathArray` writes a path.
    static func printPath(_ path: [PathComponent]) -> String {
        path.map { component in
            switch component {
            case let .key(k): ".\(k)"
            case let .index(i): "[\(i)]"
            }
        }.joined()
    }

    /// Coerces the arguments of a field or directive (graphql-js `getArgumentValues`).
    /// - Throws: the first argument error, located at the offending node.
    static func coerceArgumentValues(schema: GraphQLSchema, definitions: [GraphQLArgument], arguments: [Argument],
                                     at node: Location, variables: GraphQLObjectValue?,
                                     source: Source?) throws(GraphQLError) -> GraphQLObjectValue {
        let coercion = InputCoercion(schema: schema)
        var coerced = GraphQLObjectValue()
        func fail(_ message: String, _ loc: Location) -> GraphQLError {
            GraphQLError(message, locations: source.map { [$0.location(ofOffset: loc.start)] } ?? [])
        }
        for definition in definitions {
            let name = definition.name
            let type = definition.type
            guard let argument = arguments.first(where: { $0.name.value == name }) else {
                if let d = definition.defaultValue {
                    coerced[name] = coercion.valueFromAST(d, type, variables: nil) ?? .null
                } else if type.isNonNull {
                    throw fail("Argument \"\(name)\" of required type \"\(type)\" was not provided.", node)
                }
                continue
            }
            let valueNode = argument.value
            var isNull = false
            if case .null = valueNode { isNull = true }
            if case let .variable(v) = valueNode {
                guard let value = variables?[v.name.value] else {
                    if let d = definition.defaultValue {
                        coerced[name] = coercion.valueFromAST(d, type, variables: nil) ?? .null
                    } else if type.isNonNull {
                        throw fail("Argument \"\(name)\" of required type \"\(type)\" was provided the variable \"$\(v.name.value)\" which was not provided a runtime value.", valueNode.loc)
                    }
                    continue
                }
                isNull = value.isNull
            }
            if isNull && type.isNonNull {
                throw fail("Argument \"\(name)\" of non-null type \"\(type)\" must not be null.", valueNode.loc)
            }
            guard let value = coercion.valueFromAST(valueNode, type, variables: variables) else {
                throw fail("Argument \"\(name)\" has invalid value \(printValueLiteral(valueNode)).", valueNode.loc)
            }
            coerced[name] = value
        }
        return coerced
    }
}

/// Errors that end a request before execution starts.
struct RequestErrors: Error {
    var errors: [GraphQLError]
}
