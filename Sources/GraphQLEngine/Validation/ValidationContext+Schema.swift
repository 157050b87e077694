/// Schema look-ups the rules share.
extension ValidationContext {
    /// The directive's definition as rules that accept document-defined directives see it:
    /// a `directive @name` definition in the document wins over the schema's.
    func directiveArgumentNames(_ name: String) -> [String]? {
        if let definition = directiveDefinitionsInDocument[name] { return definition.arguments.map(\.name.value) }
        return index.directive(named: name)?.argumentNames
    }
}

/// graphql-js `didYouMean` with a sub-message: ` Did you mean <sub> "A" or "B"?`.
func didYouMean(_ subMessage: String?, _ suggestions: [String]) -> String {
    Suggestions.didYouMean(subMessage, suggestions)
}

/// graphql-js `suggestionList`: the options close to `input`, closest first.
func suggestionList(_ input: String, _ options: [String]) -> [String] {
    Suggestions.list(input, options)
}
