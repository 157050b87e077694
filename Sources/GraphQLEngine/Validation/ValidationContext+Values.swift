/// The walk over value literals: list items and input object fields get their expected input type
/// and default value as in graphql-js' `TypeInfo`; variables are recorded as usages of the current
/// operation or fragment.
extension ValidationContext {
    func walkValue(_ value: Value) {
        switch value {
        case let .variable(variable):
            if usageSink != nil {
                usageSink!.append(VariableUsage(variable: variable, type: inputType, defaultValue: defaultValue,
                                                parentType: parentInputType))
            }
        case .int, .float, .string, .boolean, .enumValue:
            for i in dispatch.enterScalarValue { rules[i].enterScalarValue(value, self) }
        case let .null(node):
            for i in dispatch.enterNullValue { rules[i].enterNullValue(node, self) }
        case let .list(node):
            let savedInput = inputType, savedParent = parentInputType, savedDefault = defaultValue
            parentInputType = inputType
            if let listType = inputType?.nullable, case let .list(item) = listType {
                inputType = item
            } else {
                inputType = inputType?.nullable
            }
            defaultValue = nil
            for i in dispatch.enterListValue { rules[i].enterListValue(node, self) }
            for item in node.values { walkValue(item) }
            for i in dispatch.leaveListValue { rules[i].leaveListValue(node, self) }
            inputType = savedInput
            parentInputType = savedParent
            defaultValue = savedDefault
        case let .object(node):
            for i in dispatch.enterObjectValue { rules[i].enterObjectValue(node, self) }
            for field in node.fields { walkObjectField(field) }
            for i in dispatch.leaveObjectValue { rules[i].leaveObjectValue(node, self) }
        }
    }

    func walkObjectField(_ node: ObjectField) {
        let savedInput = inputType, savedParent = parentInputType, savedDefault = defaultValue
        var fieldType: TypeReference?
        var fieldDefault: Value?
        if let object = namedType(inputType), let field = object.inputFields[node.name.value] {
            fieldType = field.type
            fieldDefault = field.defaultValue
        }
        parentInputType = inputType
        inputType = fieldType
        defaultValue = fieldDefault
        for i in dispatch.enterObjectField { rules[i].enterObjectField(node, self) }
        walkValue(node.value)
        inputType = savedInput
        parentInputType = savedParent
        defaultValue = savedDefault
    }
}
