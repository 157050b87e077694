extension Parser {
    /// TypeSystemDefinition :
    ///   - SchemaDefinition
    ///   - TypeDefinition
    ///   - DirectiveDefinition
    ///
    /// - Returns: `nil` if `keyword` starts no type system definition.
    mutating func parseTypeSystemDefinition(keyword: Token) throws(SyntaxError) -> TypeSystemDefinition? {
        if isKeyword(keyword, "type") { return .type(.object(try parseObjectTypeDefinition())) }
        if isKeyword(keyword, "input") { return .type(.inputObject(try parseInputObjectTypeDefinition())) }
        if isKeyword(keyword, "enum") { return .type(.enumType(try parseEnumTypeDefinition())) }
        if isKeyword(keyword, "scalar") { return .type(.scalar(try parseScalarTypeDefinition())) }
        if isKeyword(keyword, "interface") { return .type(.interface(try parseInterfaceTypeDefinition())) }
        if isKeyword(keyword, "union") { return .type(.union(try parseUnionTypeDefinition())) }
        if isKeyword(keyword, "directive") { return .directive(try parseDirectiveDefinition()) }
        if isKeyword(keyword, "schema") { return .schema(try parseSchemaDefinition()) }
        return nil
    }

    @inline(__always)
    func peekDescription() -> Bool { peek(.string) || peek(.blockString) }

    /// Description : StringValue
    mutating func parseDescription() throws(SyntaxError) -> StringValue? {
        peekDescription() ? try parseStringLiteral() : nil
    }

    /// SchemaDefinition : Description? schema Directives[Const]? { RootOperationTypeDefinition+ }
    mutating func parseSchemaDefinition() throws(SyntaxError) -> SchemaDefinition {
        let start = token.start
        let description = try parseDescription()
        try expectKeyword("schema")
        let directives = try parseDirectives(isConst: true)
        try expect(.braceL)
        var operationTypes: [OperationTypeDefinition] = []
        repeat {
            operationTypes.append(try parseOperationTypeDefinition())
        } while !(try expectOptional(.braceR))
        return SchemaDefinition(description: description, directives: directives, operationTypes: operationTypes,
                                loc: loc(start))
    }

    /// RootOperationTypeDefinition : OperationType : NamedType
    mutating func parseOperationTypeDefinition() throws(SyntaxError) -> OperationTypeDefinition {
        let start = token.start
        let operation = try parseOperationType()
        try expect(.colon)
        let type = try parseNamedType()
        return OperationTypeDefinition(operation: operation, type: type, loc: loc(start))
    }

    /// ScalarTypeDefinition : Description? scalar Name Directives[Const]?
    mutating func parseScalarTypeDefinition() throws(SyntaxError) -> ScalarTypeDefinition {
        let start = token.start
        let description = try parseDescription()
        try expectKeyword("scalar")
        let name = try parseName()
        let directives = try parseDirectives(isConst: true)
        return ScalarTypeDefinition(description: description, name: name, directives: directives, loc: loc(start))
    }

    /// ObjectTypeDefinition :
    ///   Description? type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?
    mutating func parseObjectTypeDefinition() throws(SyntaxError) -> ObjectTypeDefinition {
        let start = token.start
        let description = try parseDescription()
        try expectKeyword("type")
        let name = try parseName()
        let interfaces = try parseImplementsInterfaces()
        let directives = try parseDirectives(isConst: true)
        let fields = try parseFieldsDefinition()
        return ObjectTypeDefinition(description: description, name: name, interfaces: interfaces,
                                    directives: directives, fields: fields, loc: loc(start))
    }

    /// ImplementsInterfaces :
    ///   - implements `&`? NamedType
    ///   - ImplementsInterfaces & NamedType
    mutating func parseImplementsInterfaces() throws(SyntaxError) -> [NamedType] {
        guard try expectOptionalKeyword("implements") else { return [] }
        _ = try expectOptional(.amp)
        var types: [NamedType] = []
        repeat {
            types.append(try parseNamedType())
        } while try expectOptional(.amp)
        return types
    }

    /// FieldsDefinition : { FieldDefinition+ }
    mutating func parseFieldsDefinition() throws(SyntaxError) -> [FieldDefinition] {
        guard try expectOptional(.braceL) else { return [] }
        var fields: [FieldDefinition] = []
        repeat {
            fields.append(try parseFieldDefinition())
        } while !(try expectOptional(.braceR))
        return fields
    }

    /// FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives[Const]?
    mutating func parseFieldDefinition() throws(SyntaxError) -> FieldDefinition {
        let start = token.start
        let description = try parseDescription()
        let name = try parseName()
        let arguments = try parseArgumentDefinitions()
        try expect(.colon)
        let type = try parseTypeReference()
        let directives = try parseDirectives(isConst: true)
        return FieldDefinition(description: description, name: name, arguments: arguments, type: type,
                               directives: directives, loc: loc(start))
    }

    /// ArgumentsDefinition : ( InputValueDefinition+ )
    mutating func parseArgumentDefinitions() throws(SyntaxError) -> [InputValueDefinition] {
        guard try expectOptional(.parenL) else { return [] }
        var arguments: [InputValueDefinition] = []
        repeat {
            arguments.append(try parseInputValueDefinition())
        } while !(try expectOptional(.parenR))
        return arguments
    }

    /// InputValueDefinition : Description? Name : Type DefaultValue? Directives[Const]?
    mutating func parseInputValueDefinition() throws(SyntaxError) -> InputValueDefinition {
        let start = token.start
        let description = try parseDescription()
        let name = try parseName()
        try expect(.colon)
        let type = try parseTypeReference()
        let defaultValue = try expectOptional(.equals) ? try parseValueLiteral(isConst: true) : nil
        let directives = try parseDirectives(isConst: true)
        return InputValueDefinition(description: description, name: name, type: type, defaultValue: defaultValue,
                                    directives: directives, loc: loc(start))
    }

    /// InterfaceTypeDefinition :
    ///   Description? interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?
    mutating func parseInterfaceTypeDefinition() throws(SyntaxError) -> InterfaceTypeDefinition {
        let start = token.start
        let description = try parseDescription()
        try expectKeyword("interface")
        let name = try parseName()
        let interfaces = try parseImplementsInterfaces()
        let directives = try parseDirectives(isConst: true)
        let fields = try parseFieldsDefinition()
        return InterfaceTypeDefinition(description: description, name: name, interfaces: interfaces,
                                       directives: directives, fields: fields, loc: loc(start))
    }

    /// UnionTypeDefinition : Description? union Name Directives[Const]? UnionMemberTypes?
    mutating func parseUnionTypeDefinition() throws(SyntaxError) -> UnionTypeDefinition {
        let start = token.start
        let description = try parseDescription()
        try expectKeyword("union")
        let name = try parseName()
        let directives = try parseDirectives(isConst: true)
        let types = try parseUnionMemberTypes()
        return UnionTypeDefinition(description: description, name: name, directives: directives, types: types,
                                   loc: loc(start))
    }

    /// UnionMemberTypes :
    ///   - = `|`? NamedType
    ///   - UnionMemberTypes | NamedType
    mutating func parseUnionMemberTypes() throws(SyntaxError) -> [NamedType] {
        guard try expectOptional(.equals) else { return [] }
        _ = try expectOptional(.pipe)
        var types: [NamedType] = []
        repeat {
            types.append(try parseNamedType())
        } while try expectOptional(.pipe)
        return types
    }
}
