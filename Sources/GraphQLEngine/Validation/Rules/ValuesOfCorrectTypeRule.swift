/// Values of Correct Type: every literal can be coerced to the input type of its position — leaf
/// literals by the scalar's `parseLiteral` or the enum's values, lists item by item, input
/// objects field by field with their required fields, OneOf input objects with exactly one
/// non-null field (spec: https://spec.graphql.org/draft/#sec-Values-of-Correct-Type).
///
/// Like graphql-js, once a list or object literal is reported the rule does not look inside it.
public final class ValuesOfCorrectTypeRule: ValidationRule {
    public static let hooks: ValidationHooks = [
        .enterListValue, .leaveListValue, .enterObjectValue, .leaveObjectValue, .enterObjectField, .enterNullValue,
        .enterScalarValue,
    ]
    /// Depth of list/object literals entered since the one reported; 0 when checking.
    private var skippedDepth = 0

    public init() {}

    public func enterListValue(_ node: ListValue, _ context: ValidationContext) {
        if skippedDepth > 0 { skippedDepth += 1; return }
        if context.parentInputType?.nullable.isList == true { return }
        checkValue(.list(node), context)
        skippedDepth = 1
    }

    public func leaveListValue(_ node: ListValue, _ context: ValidationContext) {
        if skippedDepth > 0 { skippedDepth -= 1 }
    }

    public func enterObjectValue(_ node: ObjectValue, _ context: ValidationContext) {
        if skippedDepth > 0 { skippedDepth += 1; return }
        guard let type = context.namedType(context.inputType), type.isInputObject else {
            checkValue(.object(node), context)
            skippedDepth = 1
            return
        }
        for field in type.inputFieldList where field.isRequired {
            if node.fields.contains(where: { $0.name.value == field.name }) { continue }
            context.report("Field \"\(type.name).\(field.name)\" of required type \"\(field.type)\" was not provided.",
                           at: node.loc)
        }
        if type.isOneOf { checkOneOf(node, type, context) }
    }

    public func leaveObjectValue(_ node: ObjectValue, _ context: ValidationContext) {
        if skippedDepth > 0 { skippedDepth -= 1 }
    }

    public func enterObjectField(_ node: ObjectField, _ context: ValidationContext) {
        guard skippedDepth == 0, context.inputType == nil,
              let parent = context.namedType(context.parentInputType), parent.isInputObject else { return }
        let name = node.name.value
        context.report("Field \"\(name)\" is not defined by type \"\(parent.name)\"."
            + didYouMean(nil, suggestionList(name, parent.inputFieldList.map(\.name))), at: node.loc)
    }

    public func enterNullValue(_ node: NullValue, _ context: ValidationContext) {
        guard skippedDepth == 0, let type = context.inputType, type.isNonNull else { return }
        context.report("Expected value of type \"\(type)\", found null.", at: node.loc)
    }

    public func enterScalarValue(_ node: Value, _ context: ValidationContext) {
        if skippedDepth == 0 { checkValue(node, context) }
    }

    /// graphql-js `isValidValueNode`: a literal in a leaf position must parse as that leaf type.
    private func checkValue(_ node: Value, _ context: ValidationContext) {
        guard let locationType = context.inputType else { return }
        guard let named = context.namedType(locationType), named.isLeaf else {
            context.report("Expected value of type \"\(locationType)\", found \(printValueLiteral(node)).", at: node.loc)
            return
        }
        if let parseLiteral = named.parseLiteral {
            do {
                _ = try parseLiteral(node)
            } catch {
                context.report(error.message, at: node.loc)
            }
        } else {
            checkEnumLiteral(node, named, context)
        }
    }

    /// graphql-js `GraphQLEnumType.parseLiteral`.
    private func checkEnumLiteral(_ node: Value, _ type: IndexedType, _ context: ValidationContext) {
        let printed = printValueLiteral(node)
        if case let .enumValue(literal) = node {
            if type.hasEnumValue(literal.value) { return }
            context.report("Value \"\(printed)\" does not exist in \"\(type.name)\" enum."
                + didYouMean("the enum value", suggestionList(printed, type.enumValueNames)), at: node.loc)
        } else {
            context.report("Enum \"\(type.name)\" cannot represent non-enum value: \(printed)."
                + didYouMean("the enum value", suggestionList(printed, type.enumValueNames)), at: node.loc)
        }
    }

    /// A OneOf input object literal names exactly one field, and its value is not `null`.
    private func checkOneOf(_ node: ObjectValue, _ type: IndexedType, _ context: ValidationContext) {
        var names: [String] = []
        var values: [String: Value] = [:]
        for field in node.fields {
            if values[field.name.value] == nil { names.append(field.name.value) }
            values[field.name.value] = field.value
        }
        guard names.count == 1 else {
            context.report("OneOf Input Object \"\(type.name)\" must specify exactly one key.", at: node.loc)
            return
        }
        if case .null? = values[names[0]] {
            context.report("Field \"\(type.name).\(names[0])\" must be non-null.", at: node.loc)
        }
    }
}
