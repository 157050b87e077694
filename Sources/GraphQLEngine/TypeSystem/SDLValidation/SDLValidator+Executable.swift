/// The SDL rules applied to executable definitions found in an SDL document. `buildASTSchema`
/// ignores operations and fragments, but its `assertValidSDL` still walks them: their directives,
/// argument lists, variable types and values.
extension SDLValidator {
    mutating func visitOperation(_ node: OperationDefinition) {
        checkUniqueDirectivesPerLocation(node.directives, scope: .node)
        for variable in node.variableDefinitions { visitVariableDefinition(variable) }
        let location: DirectiveLocation = switch node.operation {
        case .query: .query
        case .mutation: .mutation
        case .subscription: .subscription
        }
        visitDirectives(node.directives, at: location)
        visitSelectionSet(node.selectionSet)
    }

    mutating func visitFragment(_ node: FragmentDefinition) {
        checkUniqueDirectivesPerLocation(node.directives, scope: .node)
        visitExecutableNamedType(node.typeCondition)
        visitDirectives(node.directives, at: .fragmentDefinition)
        visitSelectionSet(node.selectionSet)
    }

    private mutating func visitVariableDefinition(_ node: VariableDefinition) {
        checkUniqueDirectivesPerLocation(node.directives, scope: .node)
        visitExecutableNamedType(node.type.namedType)
        if let value = node.defaultValue { visitValue(value) }
        visitDirectives(node.directives, at: .variableDefinition)
    }

    private mutating func visitSelectionSet(_ node: SelectionSet) {
        for selection in node.selections {
            switch selection {
            case let .field(field):
                checkUniqueDirectivesPerLocation(field.directives, scope: .node)
                for (name, nodes) in groupByName(field.arguments.map(\.name)) where nodes.count > 1 {
                    report("There can be only one argument named \"\(name)\".", nodes.map(\.loc))
                }
                for argument in field.arguments { visitValue(argument.value) }
                visitDirectives(field.directives, at: .field)
                if let selectionSet = field.selectionSet { visitSelectionSet(selectionSet) }
            case let .fragmentSpread(spread):
                checkUniqueDirectivesPerLocation(spread.directives, scope: .node)
                visitDirectives(spread.directives, at: .fragmentSpread)
            case let .inlineFragment(fragment):
                checkUniqueDirectivesPerLocation(fragment.directives, scope: .node)
                if let condition = fragment.typeCondition { visitExecutableNamedType(condition) }
                visitDirectives(fragment.directives, at: .inlineFragment)
                visitSelectionSet(fragment.selectionSet)
            }
        }
    }

    /// KnownTypeNamesRule outside type definitions: built-in names must exist like any other.
    private mutating func visitExecutableNamedType(_ node: NamedType) {
        let typeName = node.name.value
        if schema?.type(named: typeName) != nil || definedTypes[typeName] != nil { return }
        let suggestions = Suggestions.list(typeName, knownTypeNamesForSuggestions())
        report("Unknown type \"\(typeName)\"." + Suggestions.didYouMean(suggestions), [node.loc])
    }
}
