extension Parser {
    /// Document : Definition+
    mutating func parseDocument() throws(SyntaxError) -> Document {
        var definitions: [Definition] = []
        repeat {
            definitions.append(try parseDefinition())
        } while !(try expectOptional(.eof))
        return Document(definitions: definitions, loc: Location(start: 0, end: lastEnd))
    }

    /// Definition :
    ///   - ExecutableDefinition
    ///   - TypeSystemDefinitionOrExtension
    ///
    /// A description may precede only type system definitions.
    mutating func parseDefinition() throws(SyntaxError) -> Definition {
        if peek(.braceL) { return .operation(try parseOperationDefinition()) }
        let hasDescription = peekDescription()
        let keyword = hasDescription ? try lookahead() : token
        if keyword.kind == .name {
            if !hasDescription {
                if isKeyword(keyword, "query") || isKeyword(keyword, "mutation") || isKeyword(keyword, "subscription") {
                    return .operation(try parseOperationDefinition())
                }
                if isKeyword(keyword, "fragment") { return .fragment(try parseFragmentDefinition()) }
                if isKeyword(keyword, "extend") { return .typeSystemExtension(try parseTypeSystemExtension()) }
            }
            if let definition = try parseTypeSystemDefinition(keyword: keyword) {
                return .typeSystem(definition)
            }
            if hasDescription {
                throw SyntaxError("Unexpected description, descriptions are supported only on type definitions.",
                                  at: token.start)
            }
        }
        throw unexpected(keyword)
    }

    /// OperationDefinition :
    ///   - OperationType Name? VariableDefinitions? Directives? SelectionSet
    ///   - SelectionSet
    mutating func parseOperationDefinition() throws(SyntaxError) -> OperationDefinition {
        let start = token.start
        if peek(.braceL) {
            let selectionSet = try parseSelectionSet()
            return OperationDefinition(operation: .query, selectionSet: selectionSet, isShorthand: true,
                                       loc: loc(start))
        }
        let operation = try parseOperationType()
        let name = peek(.name) ? try parseName() : nil
        let variableDefinitions = try parseVariableDefinitions()
        let directives = try parseDirectives(isConst: false)
        let selectionSet = try parseSelectionSet()
        return OperationDefinition(operation: operation, name: name, variableDefinitions: variableDefinitions,
                                   directives: directives, selectionSet: selectionSet, loc: loc(start))
    }

    /// OperationType : one of `query` `mutation` `subscription`
    mutating func parseOperationType() throws(SyntaxError) -> OperationType {
        let operationToken = try expect(.name)
        if isKeyword(operationToken, "query") { return .query }
        if isKeyword(operationToken, "mutation") { return .mutation }
        if isKeyword(operationToken, "subscription") { return .subscription }
        throw unexpected(operationToken)
    }

    /// VariableDefinitions : ( VariableDefinition+ )
    mutating func parseVariableDefinitions() throws(SyntaxError) -> [VariableDefinition] {
        guard try expectOptional(.parenL) else { return [] }
        var definitions: [VariableDefinition] = []
        repeat {
            definitions.append(try parseVariableDefinition())
        } while !(try expectOptional(.parenR))
        return definitions
    }

    /// VariableDefinition : Variable : Type DefaultValue? Directives[Const]?
    mutating func parseVariableDefinition() throws(SyntaxError) -> VariableDefinition {
        let start = token.start
        let variable = try parseVariable()
        try expect(.colon)
        let type = try parseTypeReference()
        let defaultValue = try expectOptional(.equals) ? try parseValueLiteral(isConst: true) : nil
        let directives = try parseDirectives(isConst: true)
        return VariableDefinition(variable: variable, type: type, defaultValue: defaultValue,
                                  directives: directives, loc: loc(start))
    }

    /// Variable : $ Name
    mutating func parseVariable() throws(SyntaxError) -> Variable {
        let start = token.start
        try expect(.dollar)
        let name = try parseName()
        return Variable(name: name, loc: loc(start))
    }

    /// SelectionSet : { Selection+ }
    mutating func parseSelectionSet() throws(SyntaxError) -> SelectionSet {
        let start = token.start
        try enterNesting()
        try expect(.braceL)
        var selections: [Selection] = []
        selections.reserveCapacity(4)  // skips the 1→2→4 regrowth of the usual small set
        repeat {
            selections.append(try parseSelection())
        } while !(try expectOptional(.braceR))
        depth -= 1
        return SelectionSet(selections: selections, loc: loc(start))
    }

    /// Selection :
    ///   - Field
    ///   - FragmentSpread
    ///   - InlineFragment
    @inline(__always)
    mutating func parseSelection() throws(SyntaxError) -> Selection {
        peek(.spread) ? try parseFragment() : .field(try parseField())
    }

    /// Field : Alias? Name Arguments? Directives? SelectionSet?
    mutating func parseField() throws(SyntaxError) -> Field {
        let start = token.start
        let nameOrAlias = try parseName()
        let alias: Name?
        let name: Name
        if try expectOptional(.colon) {
            alias = nameOrAlias
            name = try parseName()
        } else {
            alias = nil
            name = nameOrAlias
        }
        let arguments = try parseArguments(isConst: false)
        let directives = try parseDirectives(isConst: false)
        let selectionSet = peek(.braceL) ? try parseSelectionSet() : nil
        return Field(alias: alias, name: name, arguments: arguments, directives: directives,
                     selectionSet: selectionSet, loc: loc(start))
    }

    /// FragmentSpread : ... FragmentName Directives?
    ///
    /// InlineFragment : ... TypeCondition? Directives? SelectionSet
    mutating func parseFragment() throws(SyntaxError) -> Selection {
        let start = token.start
        try expect(.spread)
        let hasTypeCondition = try expectOptionalKeyword("on")
        if !hasTypeCondition && peek(.name) {
            let name = try parseFragmentName()
            let directives = try parseDirectives(isConst: false)
            return .fragmentSpread(FragmentSpread(name: name, directives: directives, loc: loc(start)))
        }
        let typeCondition = hasTypeCondition ? try parseNamedType() : nil
        let directives = try parseDirectives(isConst: false)
        let selectionSet = try parseSelectionSet()
        return .inlineFragment(InlineFragment(typeCondition: typeCondition, directives: directives,
                                              selectionSet: selectionSet, loc: loc(start)))
    }

    /// FragmentDefinition : fragment FragmentName TypeCondition Directives? SelectionSet
    mutating func parseFragmentDefinition() throws(SyntaxError) -> FragmentDefinition {
        let start = token.start
        try expectKeyword("fragment")
        let name = try parseFragmentName()
        try expectKeyword("on")
        let typeCondition = try parseNamedType()
        let directives = try parseDirectives(isConst: false)
        let selectionSet = try parseSelectionSet()
        return FragmentDefinition(name: name, typeCondition: typeCondition, directives: directives,
                                  selectionSet: selectionSet, loc: loc(start))
    }

    /// FragmentName : Name but not `on`
    mutating func parseFragmentName() throws(SyntaxError) -> Name {
        if tokenValueIs("on") { throw unexpected() }
        return try parseName()
    }

    /// Name :: NameStart NameContinue*
    @inline(__always)
    mutating func parseName() throws(SyntaxError) -> Name {
        let nameToken = try expect(.name)
        return Name(lexer.slice(nameToken.start, nameToken.end),
                    loc: Location(start: nameToken.start, end: nameToken.end))
    }

    /// Whether the current token's value (of any kind, as graphql-js checks it) is `text`.
    @inline(__always)
    func tokenValueIs(_ text: StaticString) -> Bool {
        switch token.kind {
        case .name: isKeyword(token, text)
        case .string, .blockString: lexer.value(of: token) == text.description
        default: false
        }
    }
}
