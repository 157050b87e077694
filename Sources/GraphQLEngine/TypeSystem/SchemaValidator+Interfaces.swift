/// Interface implementation rules (spec: Objects and Interfaces, "Type Validation" and
/// IsValidImplementation; graphql-js `validateInterfaces`, `validateTypeImplementsInterface`,
/// `validateTypeImplementsAncestors`).
extension SchemaValidator {
    mutating func validateInterfaces(_ type: GraphQLNamedType) {
        var seen: Set<String> = []
        for interfaceName in type.interfaces {
            guard case let .interface(interface)? = schema.type(named: interfaceName) else {
                report("Type \(type.name) must only implement Interface types, it cannot implement \(interfaceName).",
                       type.implementsNodes(interfaceName))
                continue
            }
            if type.name == interfaceName {
                report("Type \(type.name) cannot implement itself because it would create a circular reference.",
                       type.implementsNodes(interfaceName))
                continue
            }
            if !seen.insert(interfaceName).inserted {
                report("Type \(type.name) can only implement \(interfaceName) once.", type.implementsNodes(interfaceName))
                continue
            }
            validateImplementsAncestors(type, interface)
            validateImplementsInterface(type, interface)
        }
    }

    private mutating func validateImplementsInterface(_ type: GraphQLNamedType, _ interface: GraphQLInterfaceType) {
        let typeName = type.name
        for interfaceField in interface.fields {
            let fieldName = interfaceField.name
            guard let typeField = type.field(named: fieldName) else {
                report("Interface field \(interface.name).\(fieldName) expected but \(typeName) does not provide it.",
                       [interfaceField.astNode?.loc] + type.definitionLocations)
                continue
            }
            if !isTypeSubTypeOf(schema, maybeSubType: typeField.type, superType: interfaceField.type) {
                report("Interface field \(interface.name).\(fieldName) expects type \(interfaceField.type) but \(typeName).\(fieldName) is type \(typeField.type).",
                       [interfaceField.astNode?.type.loc, typeField.astNode?.type.loc])
            }
            for interfaceArgument in interfaceField.arguments {
                let argumentName = interfaceArgument.name
                guard let typeArgument = typeField.argument(named: argumentName) else {
                    report("Interface field argument \(interface.name).\(fieldName)(\(argumentName):) expected but \(typeName).\(fieldName) does not provide it.",
                           [interfaceArgument.astNode?.loc, typeField.astNode?.loc])
                    continue
                }
                if !isEqualType(interfaceArgument.type, typeArgument.type) {
                    report("Interface field argument \(interface.name).\(fieldName)(\(argumentName):) expects type \(interfaceArgument.type) but \(typeName).\(fieldName)(\(argumentName):) is type \(typeArgument.type).",
                           [interfaceArgument.astNode?.type.loc, typeArgument.astNode?.type.loc])
                }
            }
            for typeArgument in typeField.arguments
            where interfaceField.argument(named: typeArgument.name) == nil && typeArgument.isRequired {
                report("Object field \(typeName).\(fieldName) includes required argument \(typeArgument.name) that is missing from the Interface field \(interface.name).\(fieldName).",
                       [typeArgument.astNode?.loc, interfaceField.astNode?.loc])
            }
        }
    }

    private mutating func validateImplementsAncestors(_ type: GraphQLNamedType, _ interface: GraphQLInterfaceType) {
        let typeInterfaces = type.interfaces
        for transitive in interface.interfaces where !typeInterfaces.contains(transitive) {
            let message = transitive == type.name
                ? "Type \(type.name) cannot implement \(interface.name) because it would create a circular reference."
                : "Type \(type.name) must implement \(transitive) because it is implemented by \(interface.name)."
            report(message, GraphQLNamedType.interface(interface).implementsNodes(transitive) + type.implementsNodes(interface.name))
        }
    }
}

/// Finds input objects that reference themselves through non-null fields, which no finite value
/// can satisfy (spec: Input Objects, "Type Validation" 3; graphql-js `createInputObjectCircularRefsValidator`).
struct InputObjectCycleDetector {
    private var visited: Set<String> = []
    private var fieldPath: [GraphQLInputField] = []
    private var pathIndexByTypeName: [String: Int] = [:]

    mutating func detect(_ input: GraphQLInputObjectType, in schema: GraphQLSchema,
                         report: (String, [Location?]) -> Void) {
        if !visited.insert(input.name).inserted { return }
        pathIndexByTypeName[input.name] = fieldPath.count
        for field in input.fields {
            guard case let .nonNull(.named(fieldTypeName)) = field.type,
                  case let .inputObject(fieldType)? = schema.type(named: fieldTypeName) else { continue }
            let cycleIndex = pathIndexByTypeName[fieldTypeName]
            fieldPath.append(field)
            if let cycleIndex {
                let cyclePath = fieldPath[cycleIndex...]
                let pathString = cyclePath.map(\.name).joined(separator: ".")
                report("Cannot reference Input Object \"\(fieldTypeName)\" within itself through a series of non-null fields: \"\(pathString)\".",
                       cyclePath.map { $0.astNode?.loc })
            } else {
                detect(fieldType, in: schema, report: report)
            }
            fieldPath.removeLast()
        }
        pathIndexByTypeName[input.name] = nil
    }
}
