/// Building types, fields and directives from their SDL definitions (graphql-js `extendSchemaImpl`'s
/// `buildType`, `buildFieldMap`, `buildArgumentMap`, `buildInputFieldMap`, `buildEnumValueMap`).
extension SchemaBuilder {
    /// A new type from its definition and this document's extensions of it.
    func buildType(_ node: TypeDefinition) throws(GraphQLError) -> GraphQLNamedType {
        let name = node.name.value
        let extensions = typeExtensions[name] ?? []
        let description = node.descriptionValue?.value
        switch node {
        case let .scalar(d):
            let extensionNodes = extensions.compactMap { if case let .scalar(e) = $0 { e } else { nil } }
            return .scalar(GraphQLScalarType(name: name, description: description,
                                             specifiedByURL: try specifiedByURL(d.directives),
                                             astNode: d, extensionASTNodes: extensionNodes))
        case let .object(d):
            let extensionNodes = extensions.compactMap { if case let .object(e) = $0 { e } else { nil } }
            let all = [d] + extensionNodes
            return .object(GraphQLObjectType(
                name: name, description: description,
                interfaces: all.flatMap { $0.interfaces.map(\.name.value) },
                fields: OrderedFields(try buildFields(all.flatMap(\.fields))),
                astNode: d, extensionASTNodes: extensionNodes))
        case let .interface(d):
            let extensionNodes = extensions.compactMap { if case let .interface(e) = $0 { e } else { nil } }
            let all = [d] + extensionNodes
            return .interface(GraphQLInterfaceType(
                name: name, description: description,
                interfaces: all.flatMap { $0.interfaces.map(\.name.value) },
                fields: OrderedFields(try buildFields(all.flatMap(\.fields))),
                astNode: d, extensionASTNodes: extensionNodes))
        case let .union(d):
            let extensionNodes = extensions.compactMap { if case let .union(e) = $0 { e } else { nil } }
            let all = [d] + extensionNodes
            return .union(GraphQLUnionType(name: name, description: description,
                                           possibleTypes: all.flatMap { $0.types.map(\.name.value) },
                                           astNode: d, extensionASTNodes: extensionNodes))
        case let .enumType(d):
            let extensionNodes = extensions.compactMap { if case let .enumType(e) = $0 { e } else { nil } }
            var values: [GraphQLEnumValue] = []
            for value in try buildEnumValues(([d] + extensionNodes).flatMap(\.values)) {
                if let i = values.firstIndex(where: { $0.name == value.name }) { values[i] = value } else { values.append(value) }
            }
            return .enumType(GraphQLEnumType(name: name, description: description, values: values,
                                             astNode: d, extensionASTNodes: extensionNodes))
        case let .inputObject(d):
            let extensionNodes = extensions.compactMap { if case let .inputObject(e) = $0 { e } else { nil } }
            let all = [d] + extensionNodes
            return .inputObject(GraphQLInputObjectType(
                name: name, description: description,
                fields: OrderedFields(try buildInputValues(all.flatMap(\.fields))),
                isOneOf: d.directives.contains { $0.name.value == GraphQLDirective.oneOf.name },
                astNode: d, extensionASTNodes: extensionNodes))
        }
    }

    func buildFields(_ nodes: [FieldDefinition]) throws(GraphQLError) -> [GraphQLField] {
        var fields: [GraphQLField] = []
        for node in nodes {
            fields.append(GraphQLField(name: node.name.value, description: node.description?.value,
                                       arguments: try buildInputValues(node.arguments), type: TypeReference(node.type),
                                       deprecationReason: try deprecationReason(node.directives), astNode: node))
        }
        return fields
    }

    /// Arguments or input fields; a later definition of a name replaces an earlier one, in place.
    func buildInputValues(_ nodes: [InputValueDefinition]) throws(GraphQLError) -> [GraphQLArgument] {
        var values: [GraphQLArgument] = []
        for node in nodes {
            let value = GraphQLArgument(name: node.name.value, description: node.description?.value,
                                        type: TypeReference(node.type), defaultValue: node.defaultValue,
                                        deprecationReason: try deprecationReason(node.directives), astNode: node)
            if let i = values.firstIndex(where: { $0.name == value.name }) { values[i] = value } else { values.append(value) }
        }
        return values
    }

    func buildEnumValues(_ nodes: [EnumValueDefinition]) throws(GraphQLError) -> [GraphQLEnumValue] {
        var values: [GraphQLEnumValue] = []
        for node in nodes {
            values.append(GraphQLEnumValue(name: node.name.value, description: node.description?.value,
                                           deprecationReason: try deprecationReason(node.directives), astNode: node))
        }
        return values
    }

    func buildDirective(_ node: DirectiveDefinition) throws(GraphQLError) -> GraphQLDirective {
        GraphQLDirective(name: node.name.value, description: node.description?.value,
                         arguments: try buildInputValues(node.arguments),
                         locations: node.locations.compactMap { DirectiveLocation(rawValue: $0.value) },
                         isRepeatable: node.isRepeatable, astNode: node)
    }

    /// The `reason` of an applied `@deprecated`, nil when absent (or given as null).
    func deprecationReason(_ directives: [Directive]) throws(GraphQLError) -> String? {
        guard let values = try directiveValues(.deprecated, directives) else { return nil }
        if case let .string(reason) = values["reason"] { return reason }
        return nil
    }

    /// The `url` of an applied `@specifiedBy`, if any.
    func specifiedByURL(_ directives: [Directive]) throws(GraphQLError) -> String? {
        guard let values = try directiveValues(.specifiedBy, directives) else { return nil }
        if case let .string(url) = values["url"] { return url }
        return nil
    }

    /// The coerced arguments of the first application of `definition` among `directives`
    /// (graphql-js `getDirectiveValues`), nil when it is not applied.
    /// - Throws: graphql-js' `getArgumentValues` errors for missing, null or invalid arguments.
    func directiveValues(_ definition: GraphQLDirective, _ directives: [Directive]) throws(GraphQLError)
        -> GraphQLObjectValue? {
        guard let node = directives.first(where: { $0.name.value == definition.name }) else { return nil }
        var values = GraphQLObjectValue()
        for argument in definition.arguments {
            guard let provided = node.arguments.first(where: { $0.name.value == argument.name }) else {
                if let defaultValue = argument.defaultValue {
                    values[argument.name] = ScalarCoercion.untypedValue(of: defaultValue)
                } else if argument.type.isNonNull {
                    throw locatedError("Argument \"\(argument.name)\" of required type \"\(argument.type)\" was not provided.", node.loc)
                }
                continue
            }
            if case .null = provided.value, argument.type.isNonNull {
                throw locatedError("Argument \"\(argument.name)\" of non-null type \"\(argument.type)\" must not be null.",
                                   provided.value.loc)
            }
            if case .null = provided.value {
                values[argument.name] = .null
                continue
            }
            guard argument.type.namedType == "String", case let .string(text) = provided.value else {
                throw locatedError("Argument \"\(argument.name)\" has invalid value \(printValueLiteral(provided.value)).",
                                   provided.value.loc)
            }
            values[argument.name] = .string(text.value)
        }
        return values
    }

    func locatedError(_ message: String, _ location: Location) -> GraphQLError {
        GraphQLError(message, locations: document.source.map { [$0.location(ofOffset: location.start)] } ?? [])
    }
}
