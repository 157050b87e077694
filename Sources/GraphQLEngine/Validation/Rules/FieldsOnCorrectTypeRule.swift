/// Field Selections: a selected field is defined on the parent type, with graphql-js' "Did you
/// mean" suggestions (spec: https://spec.graphql.org/draft/#sec-Field-Selections).
public final class FieldsOnCorrectTypeRule: ValidationRule {
    public static let hooks: ValidationHooks = [.enterField]
    public init() {}

    public func enterField(_ node: Field, _ context: ValidationContext) {
        guard let parent = context.parentType, context.fieldDef == nil else { return }
        let fieldName = node.name.value
        var suggestion = didYouMean("to use an inline fragment on",
                                    suggestedTypeNames(context.index, parent, fieldName))
        if suggestion.isEmpty {
            suggestion = didYouMean(nil, suggestionList(fieldName, parent.fieldNames))
        }
        context.report("Cannot query field \"\(fieldName)\" on type \"\(parent.name)\"." + suggestion, at: node.loc)
    }

    /// For an abstract parent: the possible types and their interfaces that define the field,
    /// most used first, interfaces before their subtypes, then in natural order.
    private func suggestedTypeNames(_ index: SchemaIndex, _ type: IndexedType, _ fieldName: String) -> [String] {
        guard type.isAbstract else { return [] }
        let schema = index.schema
        var suggested: [String] = []
        var usageCount: [String: Int] = [:]
        for possible in schema.possibleTypes(of: type.name) {
            guard let possibleType = index.type(named: possible), possibleType.fields[fieldName] != nil
            else { continue }
            if usageCount[possible] == nil { suggested.append(possible) }
            usageCount[possible] = 1
            for interface in possibleType.interfaces {
                guard index.type(named: interface)?.fields[fieldName] != nil else { continue }
                if usageCount[interface] == nil { suggested.append(interface) }
                usageCount[interface, default: 0] += 1
            }
        }
        func isInterface(_ name: String) -> Bool {
            index.type(named: name)?.isInterface == true
        }
        return suggested.sorted { a, b in
            let diff = usageCount[b]! - usageCount[a]!
            if diff != 0 { return diff < 0 }
            if isInterface(a) && schema.isSubType(abstract: a, maybeSub: b) { return true }
            if isInterface(b) && schema.isSubType(abstract: b, maybeSub: a) { return false }
            return Suggestions.naturalCompare(a, b) < 0
        }
    }
}
