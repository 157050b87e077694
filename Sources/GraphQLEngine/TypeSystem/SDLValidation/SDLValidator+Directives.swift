/// The SDL rules about applied directives (graphql-js `KnownDirectivesRule`,
/// `UniqueDirectivesPerLocationRule`, `KnownArgumentNamesOnDirectivesRule`, `UniqueArgumentNamesRule`,
/// `ProvidedRequiredArgumentsOnDirectivesRule`).
extension SDLValidator {
    /// Which directives a non-repeatable directive must be unique among.
    enum DirectiveScope {
        /// All schema definitions and extensions together.
        case schema
        /// A type's definition and all its extensions together.
        case type(String)
        /// Just this node.
        case node
    }

    /// KnownDirectivesRule.
    mutating func checkKnownDirective(_ directive: Directive, at location: DirectiveLocation) {
        let name = directive.name.value
        guard let locations = directiveLocations[name] else {
            report("Unknown directive \"@\(name)\".", [directive.loc])
            return
        }
        if !locations.contains(location.rawValue) {
            report("Directive \"@\(name)\" may not be used on \(location.rawValue).", [directive.loc])
        }
    }

    /// UniqueDirectivesPerLocationRule.
    mutating func checkUniqueDirectivesPerLocation(_ directives: [Directive], scope: DirectiveScope) {
        var seen: [String: Directive]
        switch scope {
        case .schema: seen = schemaDirectives
        case let .type(name): seen = typeDirectives[name] ?? [:]
        case .node: seen = [:]
        }
        for directive in directives where directiveIsUnique[directive.name.value] == true {
            if let first = seen[directive.name.value] {
                report("The directive \"@\(directive.name.value)\" can only be used once at this location.",
                       [first.loc, directive.loc])
            } else {
                seen[directive.name.value] = directive
            }
        }
        switch scope {
        case .schema: schemaDirectives = seen
        case let .type(name): typeDirectives[name] = seen
        case .node: break
        }
    }

    /// KnownArgumentNamesOnDirectivesRule.
    mutating func checkKnownArgumentNames(_ directive: Directive) {
        let name = directive.name.value
        guard let known = directiveArgumentNames[name] else { return }
        for argument in directive.arguments where !known.contains(argument.name.value) {
            let suggestions = Suggestions.list(argument.name.value, known)
            report("Unknown argument \"\(argument.name.value)\" on directive \"@\(name)\"."
                   + Suggestions.didYouMean(suggestions), [argument.loc])
        }
    }

    /// UniqueArgumentNamesRule.
    mutating func checkUniqueArguments(_ directive: Directive) {
        for (name, nodes) in groupByName(directive.arguments.map(\.name)) where nodes.count > 1 {
            report("There can be only one argument named \"\(name)\".", nodes.map(\.loc))
        }
    }

    /// ProvidedRequiredArgumentsOnDirectivesRule (on leaving the directive).
    mutating func checkProvidedRequiredArguments(_ directive: Directive) {
        let name = directive.name.value
        guard let required = directiveRequiredArguments[name] else { return }
        let provided = Set(directive.arguments.map(\.name.value))
        for argument in required where !provided.contains(argument.name) {
            report("Directive \"@\(name)\" argument \"\(argument.name)\" of type \"\(argument.type)\" is required, but it was not provided.",
                   [directive.loc])
        }
    }
}
