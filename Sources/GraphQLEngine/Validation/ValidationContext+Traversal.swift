/// The single walk over an executable document: sets the type information for each node as
/// graphql-js' `TypeInfo` does, then fans the node out to every rule, in graphql-js' visiting
/// order (the key order of each node kind).
extension ValidationContext {
    /// Walks the whole document once.
    func run() {
        for case let .typeSystem(.directive(d)) in document.definitions {
            directiveDefinitionsInDocument[d.name.value] = d
        }
        for i in dispatch.enterDocument { rules[i].enterDocument(document, self) }
        for definition in document.definitions {
            if isAborted { return }
            switch definition {
            case let .operation(op): walkOperation(op)
            case let .fragment(fragment): walkFragmentDefinition(fragment)
            case let .typeSystem(d): walkTypeSystemDefinition(d)
            case let .typeSystemExtension(e): walkTypeSystemExtension(e)
            }
        }
        if isAborted { return }
        for i in dispatch.leaveDocument { rules[i].leaveDocument(document, self) }
    }

    func walkOperation(_ op: OperationDefinition) {
        namedOutputType = index.rootType(for: op.operation)
        type = namedOutputType.map { .named($0.name) }
        usageSink = []
        recursiveUsagesCache = nil
        for i in dispatch.enterOperation { rules[i].enterOperation(op, self) }
        if !op.directives.isEmpty {
            for i in dispatch.enterDirectives { rules[i].enterDirectives(op.directives, sharedKey: nil, self) }
        }
        for variableDefinition in op.variableDefinitions { walkVariableDefinition(variableDefinition) }
        let location: DirectiveLocation = switch op.operation {
        case .query: .query
        case .mutation: .mutation
        case .subscription: .subscription
        }
        walkDirectives(op.directives, location: location)
        walkSelectionSet(op.selectionSet)
        operationUsages = usageSink ?? []
        usageSink = nil
        for i in dispatch.leaveOperation { rules[i].leaveOperation(op, self) }
        type = nil
        namedOutputType = nil
    }

    func walkVariableDefinition(_ node: VariableDefinition) {
        let savedSink = usageSink, savedInput = inputType, savedParent = parentInputType
        usageSink = nil  // graphql-js' getVariableUsages does not look inside variable definitions
        parentInputType = inputType
        let declared = typeReference(node.type)
        inputType = namedType(declared)?.isInputType == true ? declared : nil
        for i in dispatch.enterVariableDefinition { rules[i].enterVariableDefinition(node, self) }
        if !node.directives.isEmpty {
            for i in dispatch.enterDirectives { rules[i].enterDirectives(node.directives, sharedKey: nil, self) }
        }
        let named = node.type.namedType
        for i in dispatch.enterNamedType { rules[i].enterNamedType(named, inTypeSystem: false, self) }
        if let value = node.defaultValue { walkValue(value) }
        walkDirectives(node.directives, location: .variableDefinition)
        inputType = savedInput
        parentInputType = savedParent
        usageSink = savedSink
    }

    func walkFragmentDefinition(_ node: FragmentDefinition) {
        let name = node.name.value
        setOutputType(named: node.typeCondition.name.value)
        let records = mayHaveVariables && fragmentUsages[name] == nil
            && fragment(named: name)?.loc.start == node.loc.start
        usageSink = records ? [] : nil
        for i in dispatch.enterFragmentDefinition { rules[i].enterFragmentDefinition(node, self) }
        if !node.directives.isEmpty {
            for i in dispatch.enterDirectives { rules[i].enterDirectives(node.directives, sharedKey: nil, self) }
        }
        for i in dispatch.enterNamedType { rules[i].enterNamedType(node.typeCondition, inTypeSystem: false, self) }
        walkDirectives(node.directives, location: .fragmentDefinition)
        walkSelectionSet(node.selectionSet)
        if records, fragmentUsages[name] == nil { fragmentUsages[name] = usageSink ?? [] }
        usageSink = nil
        type = nil
        namedOutputType = nil
    }

    /// Sets ``type`` to `.named(name)` when the schema has an output type of that name, else nil
    /// (graphql-js checks `isOutputType(typeFromAST(…))`).
    func setOutputType(named name: String) {
        if let named = index.type(named: name), named.isOutputType {
            type = .named(name)
            namedOutputType = named
        } else {
            type = nil
            namedOutputType = nil
        }
    }

    func walkSelectionSet(_ node: SelectionSet) {
        let savedParent = parentType
        if let named = namedOutputType, named.isComposite { parentType = named } else { parentType = nil }
        for i in dispatch.enterSelectionSet { rules[i].enterSelectionSet(node, self) }
        for selection in node.selections {
            if isAborted { break }
            switch selection {
            case let .field(field): walkField(field)
            case let .fragmentSpread(spread): walkFragmentSpread(spread)
            case let .inlineFragment(inline): walkInlineFragment(inline)
            }
        }
        parentType = savedParent
    }

    func walkField(_ node: Field) {
        let savedFieldDef = fieldDef, savedType = type, savedNamed = namedOutputType
        var definition: IndexedField?
        if let parentType { definition = index.field(on: parentType, named: node.name.value) }
        fieldDef = definition
        if let definition {
            type = definition.type
            namedOutputType = definition.namedTypeIndex >= 0 ? index.types[definition.namedTypeIndex] : nil
        } else {
            type = nil
            namedOutputType = nil
        }
        for i in dispatch.enterField { rules[i].enterField(node, self) }
        if !node.directives.isEmpty {
            for i in dispatch.enterDirectives { rules[i].enterDirectives(node.directives, sharedKey: nil, self) }
        }
        for argument in node.arguments { walkArgument(argument, onDirective: false) }
        walkDirectives(node.directives, location: .field)
        if let selectionSet = node.selectionSet { walkSelectionSet(selectionSet) }
        for i in dispatch.leaveField { rules[i].leaveField(node, self) }
        fieldDef = savedFieldDef
        type = savedType
        namedOutputType = savedNamed
    }

    func walkFragmentSpread(_ node: FragmentSpread) {
        for i in dispatch.enterFragmentSpread { rules[i].enterFragmentSpread(node, self) }
        if !node.directives.isEmpty {
            for i in dispatch.enterDirectives { rules[i].enterDirectives(node.directives, sharedKey: nil, self) }
        }
        walkDirectives(node.directives, location: .fragmentSpread)
    }

    func walkInlineFragment(_ node: InlineFragment) {
        let savedType = type, savedNamed = namedOutputType
        if let condition = node.typeCondition {
            setOutputType(named: condition.name.value)
        } else if let current = type {
            type = .named(current.namedType)
        }
        for i in dispatch.enterInlineFragment { rules[i].enterInlineFragment(node, self) }
        if !node.directives.isEmpty {
            for i in dispatch.enterDirectives { rules[i].enterDirectives(node.directives, sharedKey: nil, self) }
        }
        if let condition = node.typeCondition {
            for i in dispatch.enterNamedType { rules[i].enterNamedType(condition, inTypeSystem: false, self) }
        }
        walkDirectives(node.directives, location: .inlineFragment)
        walkSelectionSet(node.selectionSet)
        type = savedType
        namedOutputType = savedNamed
    }

    func walkDirectives(_ directives: [Directive], location: DirectiveLocation) {
        for node in directives {
            directive = index.directive(named: node.name.value)
            for i in dispatch.enterDirective { rules[i].enterDirective(node, location: location, self) }
            for argument in node.arguments { walkArgument(argument, onDirective: true) }
            for i in dispatch.leaveDirective { rules[i].leaveDirective(node, self) }
            directive = nil
        }
    }

    func walkArgument(_ node: Argument, onDirective: Bool) {
        let savedArgument = argument, savedInput = inputType, savedParent = parentInputType,
            savedDefault = defaultValue
        let name = node.name.value
        // graphql-js: `this.getDirective() ?? this.getFieldDef()`, so an unknown directive's
        // arguments are looked up on the enclosing field.
        let definition: IndexedInputValue? = if let directive {
            directive.argument(named: name)
        } else {
            fieldDef?.argument(named: name)
        }
        argument = definition
        defaultValue = definition?.defaultValue
        parentInputType = inputType
        inputType = definition?.type
        for i in dispatch.enterArgument { rules[i].enterArgument(node, onDirective: onDirective, self) }
        walkValue(node.value)
        argument = savedArgument
        inputType = savedInput
        parentInputType = savedParent
        defaultValue = savedDefault
    }
}
