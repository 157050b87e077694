/// Fragment spreads, the fragments an operation reaches, and the variables it uses — graphql-js'
/// `ValidationContext.getFragmentSpreads`, `getRecursivelyReferencedFragments` and
/// `getRecursiveVariableUsages`, in the same orders.
extension ValidationContext {
    /// The fragment spreads inside a selection set, nested ones included, in graphql-js' order:
    /// a selection set's own spreads first, then the nested selection sets last-to-first.
    public func fragmentSpreads(of selectionSet: SelectionSet) -> [FragmentSpread] {
        var spreads: [FragmentSpread] = []
        var setsToVisit: [SelectionSet] = [selectionSet]
        while let set = setsToVisit.popLast() {
            for selection in set.selections {
                switch selection {
                case let .fragmentSpread(spread): spreads.append(spread)
                case let .field(field): if let nested = field.selectionSet { setsToVisit.append(nested) }
                case let .inlineFragment(inline): setsToVisit.append(inline.selectionSet)
                }
            }
        }
        return spreads
    }

    /// The fragments an operation reaches through spreads, transitively, each once.
    public func recursivelyReferencedFragments(of operation: OperationDefinition) -> [FragmentDefinition] {
        var fragments: [FragmentDefinition] = []
        var collected: Set<String> = []
        var nodesToVisit: [SelectionSet] = [operation.selectionSet]
        while let node = nodesToVisit.popLast() {
            for spread in fragmentSpreads(of: node) {
                let name = spread.name.value
                if collected.insert(name).inserted, let fragment = fragment(named: name) {
                    fragments.append(fragment)
                    nodesToVisit.append(fragment.selectionSet)
                }
            }
        }
        return fragments
    }

    /// Every variable usage of an operation and of the fragments it reaches.
    ///
    /// Call only from `leaveOperation` of that operation: the operation's own usages are the ones
    /// recorded while walking it.
    public func recursiveVariableUsages(of operation: OperationDefinition) -> [VariableUsage] {
        if let cache = recursiveUsagesCache, cache.start == operation.loc.start { return cache.usages }
        if !mayHaveVariables { return [] }
        var usages = operationUsages
        for fragment in recursivelyReferencedFragments(of: operation) {
            usages.append(contentsOf: variableUsages(of: fragment))
        }
        recursiveUsagesCache = (operation.loc.start, usages)
        return usages
    }

    /// The variable usages inside one fragment, with the types of their positions. Recorded by the
    /// main walk when it passed the fragment; otherwise found by walking the fragment now with the
    /// rules switched off.
    func variableUsages(of fragment: FragmentDefinition) -> [VariableUsage] {
        let name = fragment.name.value
        if let usages = fragmentUsages[name] { return usages }
        let savedDispatch = dispatch, savedSink = usageSink, savedType = type, savedNamed = namedOutputType,
            savedParent = parentType,
            savedFieldDef = fieldDef, savedDirective = directive, savedArgument = argument,
            savedInput = inputType, savedParentInput = parentInputType, savedDefault = defaultValue
        dispatch = .none
        usageSink = []
        setOutputType(named: fragment.typeCondition.name.value)
        parentType = nil
        fieldDef = nil
        directive = nil
        argument = nil
        inputType = nil
        parentInputType = nil
        defaultValue = nil
        walkDirectives(fragment.directives, location: .fragmentDefinition)
        walkSelectionSet(fragment.selectionSet)
        let usages = usageSink ?? []
        fragmentUsages[name] = usages
        dispatch = savedDispatch
        usageSink = savedSink
        type = savedType
        namedOutputType = savedNamed
        parentType = savedParent
        fieldDef = savedFieldDef
        directive = savedDirective
        argument = savedArgument
        inputType = savedInput
        parentInputType = savedParentInput
        defaultValue = savedDefault
        return usages
    }
}
