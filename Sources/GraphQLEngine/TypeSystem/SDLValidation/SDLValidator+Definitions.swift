/// The SDL rules about definitions: one schema definition, unique names, known types and
/// extensions of existing kinds (graphql-js `validation/rules/*`).
extension SDLValidator {
    /// LoneSchemaDefinitionRule.
    mutating func checkLoneSchemaDefinition(_ node: SchemaDefinition) {
        if let schema, schema.astNode != nil || schema.queryTypeName != nil || schema.mutationTypeName != nil
            || schema.subscriptionTypeName != nil {
            report("Cannot define a new schema within a schema extension.", [node.loc])
            return
        }
        if schemaDefinitionCount > 0 { report("Must provide only one schema definition.", [node.loc]) }
        schemaDefinitionCount += 1
    }

    /// UniqueOperationTypesRule.
    mutating func checkUniqueOperationTypes(_ node: SchemaDefinition) {
        for operationType in node.operationTypes {
            let operation = operationType.operation
            let existing: String? = switch operation {
            case .query: schema?.queryTypeName
            case .mutation: schema?.mutationTypeName
            case .subscription: schema?.subscriptionTypeName
            }
            if existing != nil {
                report("Type for \(operation.rawValue) already defined in the schema. It cannot be redefined.",
                       [operationType.loc])
            } else if let first = definedOperationTypes[operation] {
                report("There can be only one \(operation.rawValue) type in schema.", [first.loc, operationType.loc])
            } else {
                definedOperationTypes[operation] = operationType
            }
        }
    }

    /// UniqueTypeNamesRule.
    mutating func checkUniqueTypeName(_ name: Name) {
        if schema?.type(named: name.value) != nil {
            report("Type \"\(name.value)\" already exists in the schema. It cannot also be defined in this type definition.",
                   [name.loc])
            return
        }
        if let first = knownTypeNames[name.value] {
            report("There can be only one type named \"\(name.value)\".", [first.loc, name.loc])
        } else {
            knownTypeNames[name.value] = name
        }
    }

    /// UniqueEnumValueNamesRule.
    mutating func checkUniqueEnumValueNames(_ typeName: String, _ values: [EnumValueDefinition]) {
        var known = knownEnumValues[typeName] ?? [:]
        for value in values {
            let valueName = value.name.value
            if case let .enumType(existing) = schema?.type(named: typeName), existing.value(named: valueName) != nil {
                report("Enum value \"\(typeName).\(valueName)\" already exists in the schema. It cannot also be defined in this type extension.",
                       [value.name.loc])
            } else if let first = known[valueName] {
                report("Enum value \"\(typeName).\(valueName)\" can only be defined once.", [first.loc, value.name.loc])
            } else {
                known[valueName] = value.name
            }
        }
        knownEnumValues[typeName] = known
    }

    /// UniqueFieldDefinitionNamesRule.
    mutating func checkUniqueFieldNames(_ typeName: String, _ names: [Name]) {
        var known = knownFieldNames[typeName] ?? [:]
        let existing = schema?.type(named: typeName)
        for name in names {
            let fieldName = name.value
            let exists = existing?.field(named: fieldName) != nil || existing?.inputFields?[fieldName] != nil
            if exists {
                report("Field \"\(typeName).\(fieldName)\" already exists in the schema. It cannot also be defined in this type extension.",
                       [name.loc])
            } else if let first = known[fieldName] {
                report("Field \"\(typeName).\(fieldName)\" can only be defined once.", [first.loc, name.loc])
            } else {
                known[fieldName] = name
            }
        }
        knownFieldNames[typeName] = known
    }

    /// UniqueArgumentDefinitionNamesRule, for the fields of an object or interface.
    mutating func checkUniqueArgumentDefinitionNames(typeName: String, _ fields: [FieldDefinition]) {
        for field in fields {
            checkUniqueArgumentNames(parent: "\(typeName).\(field.name.value)", field.arguments)
        }
    }

    /// UniqueArgumentDefinitionNamesRule for one argument list.
    mutating func checkUniqueArgumentNames(parent: String, _ arguments: [InputValueDefinition]) {
        for (name, nodes) in groupByName(arguments.map(\.name)) where nodes.count > 1 {
            report("Argument \"\(parent)(\(name):)\" can only be defined once.", nodes.map(\.loc))
        }
    }

    /// UniqueDirectiveNamesRule.
    mutating func checkUniqueDirectiveName(_ name: Name) {
        if schema?.directive(named: name.value) != nil {
            report("Directive \"@\(name.value)\" already exists in the schema. It cannot be redefined.", [name.loc])
            return
        }
        if let first = knownDirectiveNames[name.value] {
            report("There can be only one directive named \"@\(name.value)\".", [first.loc, name.loc])
        } else {
            knownDirectiveNames[name.value] = name
        }
    }

    /// KnownTypeNamesRule, in SDL: the built-in scalars and introspection types need no definition.
    mutating func visitNamedType(_ node: NamedType) {
        let typeName = node.name.value
        if schema?.type(named: typeName) != nil || definedTypes[typeName] != nil { return }
        let standardNames = GraphQLScalarType.specifiedNames + ["__Schema", "__Directive", "__DirectiveLocation",
                                                                "__Type", "__Field", "__InputValue", "__EnumValue", "__TypeKind"]
        if standardNames.contains(typeName) { return }
        let suggestions = Suggestions.list(typeName, standardNames + knownTypeNamesForSuggestions())
        report("Unknown type \"\(typeName)\"." + Suggestions.didYouMean(suggestions), [node.loc])
    }

    /// The schema's type names, then the document's defined type names.
    func knownTypeNamesForSuggestions() -> [String] {
        (schema?.typeNames ?? []) + document.definitions.compactMap { definition -> String? in
            if case let .typeSystem(.type(t)) = definition { return t.name.value }
            return nil
        }
    }

    /// PossibleTypeExtensionsRule.
    mutating func checkPossibleTypeExtension(_ node: TypeDefinition) {
        let typeName = node.name.value
        let definition = definedTypes[typeName]
        let expectedKind = definition?.kindName ?? schema?.type(named: typeName)?.extensionKindName
        if let expectedKind {
            if expectedKind != node.kindName {
                report("Cannot extend non-\(node.kindName) type \"\(typeName)\".",
                       definition.map { [$0.loc, node.loc] } ?? [node.loc])
            }
        } else {
            var allNames: [String] = []
            for definition in document.definitions {
                if case let .typeSystem(.type(t)) = definition, !allNames.contains(t.name.value) { allNames.append(t.name.value) }
            }
            for name in schema?.typeNames ?? [] where !allNames.contains(name) { allNames.append(name) }
            report("Cannot extend type \"\(typeName)\" because it is not defined."
                   + Suggestions.didYouMean(Suggestions.list(typeName, allNames)), [node.name.loc])
        }
    }

    /// Groups names by value, keys in order of first appearance (graphql-js `groupBy`).
    func groupByName(_ names: [Name]) -> [(String, [Name])] {
        var order: [String] = []
        var groups: [String: [Name]] = [:]
        for name in names {
            if groups[name.value] == nil { order.append(name.value) }
            groups[name.value, default: []].append(name)
        }
        return order.map { ($0, groups[$0]!) }
    }
}

extension TypeDefinition {
    /// `scalar`, `object`, `interface`, `union`, `enum` or `input object`, as extension errors name kinds.
    var kindName: String {
        switch self {
        case .scalar: "scalar"
        case .object: "object"
        case .interface: "interface"
        case .union: "union"
        case .enumType: "enum"
        case .inputObject: "input object"
        }
    }
}

extension GraphQLNamedType {
    /// The kind name an extension of this type must have.
    var extensionKindName: String {
        switch self {
        case .scalar: "scalar"
        case .object: "object"
        case .interface: "interface"
        case .union: "union"
        case .enumType: "enum"
        case .inputObject: "input object"
        }
    }
}
