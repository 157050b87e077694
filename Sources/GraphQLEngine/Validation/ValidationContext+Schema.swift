/// Schema look-ups the rules share.
extension ValidationContext {
    /// graphql-js `getFieldDef`: the field of an object or interface, or a meta-field
    /// (`__typename` on any composite type, `__schema` and `__type` on the query root).
    @inline(__always)
    public func fieldDefinition(on parent: GraphQLNamedType, named name: String) -> GraphQLField? {
        if name.utf8.first == UInt8(ascii: "_") {
            return schema.fieldDefinition(parentType: parent.name, fieldName: name)
        }
        return parent.field(named: name)
    }

    /// The directive's definition as rules that accept document-defined directives see it:
    /// a `directive @name` definition in the document wins over the schema's.
    func directiveArgumentNames(_ name: String) -> [String]? {
        if let definition = directiveDefinitionsInDocument[name] { return definition.arguments.map(\.name.value) }
        return schema.directive(named: name)?.arguments.map(\.name)
    }
}

/// graphql-js `didYouMean` with a sub-message: ` Did you mean <sub> "A" or "B"?`.
func didYouMean(_ subMessage: String?, _ suggestions: [String]) -> String {
    let plain = Suggestions.didYouMean(suggestions)
    guard let subMessage, !plain.isEmpty else { return plain }
    return " Did you mean " + subMessage + " " + plain.dropFirst(" Did you mean ".count)
}

/// graphql-js `suggestionList`: the options close to `input`, closest first.
func suggestionList(_ input: String, _ options: [String]) -> [String] {
    Suggestions.list(input, options)
}
