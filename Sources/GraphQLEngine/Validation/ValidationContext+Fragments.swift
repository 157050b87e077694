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

    /// The spreads of a fragment (see ``fragmentSpreads(of:)``) and the positions of the fragments
    /// they name (-1 when unknown), computed once per fragment.
    public func spreads(ofFragmentAt index: Int) -> (spreads: [FragmentSpread], targets: [Int]) {
        if let cached = fragmentSpreadCache[index] { return cached }
        let spreads = fragmentSpreads(of: fragmentList[index].selectionSet)
        let entry = (spreads, spreads.map { fragmentIndex(named: $0.name.value) ?? -1 })
        fragmentSpreadCache[index] = entry
        return entry
    }

    /// The fragments an operation reaches through spreads, transitively, each once, in
    /// graphql-js' order (as positions in ``fragmentList``).
    public func recursivelyReferencedFragmentIndices(of operation: OperationDefinition) -> [Int] {
        buildFragmentTable()
        var fragments: [Int] = []
        var collected = [Bool](repeating: false, count: fragmentList.count)
        func visit(_ targets: [Int], _ pending: inout [Int]) {
            for target in targets where target >= 0 && !collected[target] {
                collected[target] = true
                fragments.append(target)
                pending.append(target)
            }
        }
        var pending: [Int] = []
        let top = fragmentSpreads(of: operation.selectionSet)
        if top.isEmpty { return [] }
        visit(top.map { fragmentIndex(named: $0.name.value) ?? -1 }, &pending)
        // graphql-js pops the last pushed selection set first.
        while let next = pending.popLast() {
            visit(spreads(ofFragmentAt: next).targets, &pending)
        }
        return fragments
    }

    /// The fragments an operation reaches through spreads, transitively, each once.
    public func recursivelyReferencedFragments(of operation: OperationDefinition) -> [FragmentDefinition] {
        recursivelyReferencedFragmentIndices(of: operation).map { fragmentList[$0] }
    }

    /// Every variable usage of an operation and of the fragments it reaches.
    ///
    /// Call only from `leaveOperation` of that operation: the operation's own usages are the ones
    /// recorded while walking it.
    public func recursiveVariableUsages(of operation: OperationDefinition) -> [VariableUsage] {
        if let cache = recursiveUsagesCache, cache.start == operation.loc.start { return cache.usages }
        if !mayHaveVariables { return [] }
        var usages = operationUsages
        for fragment in recursivelyReferencedFragmentIndices(of: operation) {
            usages.append(contentsOf: variableUsages(of: fragmentList[fragment]))
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
