extension Parser {
    /// TypeSystemExtension :
    ///   - SchemaExtension
    ///   - TypeExtension
    mutating func parseTypeSystemExtension() throws(SyntaxError) -> TypeSystemExtension {
        let keyword = try lookahead()
        if keyword.kind == .name {
            if isKeyword(keyword, "schema") { return .schema(try parseSchemaExtension()) }
            if isKeyword(keyword, "scalar") { return .scalar(try parseScalarTypeExtension()) }
            if isKeyword(keyword, "type") { return .object(try parseObjectTypeExtension()) }
            if isKeyword(keyword, "interface") { return .interface(try parseInterfaceTypeExtension()) }
            if isKeyword(keyword, "union") { return .union(try parseUnionTypeExtension()) }
            if isKeyword(keyword, "enum") { return .enumType(try parseEnumTypeExtension()) }
            if isKeyword(keyword, "input") { return .inputObject(try parseInputObjectTypeExtension()) }
        }
        throw unexpected(keyword)
    }

    /// SchemaExtension :
    ///   - extend schema Directives[Const]? { RootOperationTypeDefinition+ }
    ///   - extend schema Directives[Const] [lookahead != `{`]
    mutating func parseSchemaExtension() throws(SyntaxError) -> SchemaDefinition {
        let start = token.start
        try expectKeyword("extend")
        try expectKeyword("schema")
        let directives = try parseDirectives(isConst: true)
        var operationTypes: [OperationTypeDefinition] = []
        if try expectOptional(.braceL) {
            repeat {
                operationTypes.append(try parseOperationTypeDefinition())
            } while !(try expectOptional(.braceR))
        }
        if directives.isEmpty && operationTypes.isEmpty { throw unexpected() }
        return SchemaDefinition(directives: directives, operationTypes: operationTypes, loc: loc(start))
    }

    /// ScalarTypeExtension : extend scalar Name Directives[Const]
    mutating func parseScalarTypeExtension() throws(SyntaxError) -> ScalarTypeDefinition {
        let start = token.start
        try expectKeyword("extend")
        try expectKeyword("scalar")
        let name = try parseName()
        let directives = try parseDirectives(isConst: true)
        if directives.isEmpty { throw unexpected() }
        return ScalarTypeDefinition(name: name, directives: directives, loc: loc(start))
    }

    /// ObjectTypeExtension :
    ///   - extend type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition
    ///   - extend type Name ImplementsInterfaces? Directives[Const] [lookahead != `{`]
    ///   - extend type Name ImplementsInterfaces [lookahead != `{`]
    mutating func parseObjectTypeExtension() throws(SyntaxError) -> ObjectTypeDefinition {
        let start = token.start
        try expectKeyword("extend")
        try expectKeyword("type")
        let name = try parseName()
        let interfaces = try parseImplementsInterfaces()
        let directives = try parseDirectives(isConst: true)
        let fields = try parseFieldsDefinition()
        if interfaces.isEmpty && directives.isEmpty && fields.isEmpty { throw unexpected() }
        return ObjectTypeDefinition(name: name, interfaces: interfaces, directives: directives, fields: fields,
                                    loc: loc(start))
    }

    /// InterfaceTypeExtension :
    ///   - extend interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition
    ///   - extend interface Name ImplementsInterfaces? Directives[Const] [lookahead != `{`]
    ///   - extend interface Name ImplementsInterfaces [lookahead != `{`]
    mutating func parseInterfaceTypeExtension() throws(SyntaxError) -> InterfaceTypeDefinition {
        let start = token.start
        try expectKeyword("extend")
        try expectKeyword("interface")
        let name = try parseName()
        let interfaces = try parseImplementsInterfaces()
        let directives = try parseDirectives(isConst: true)
        let fields = try parseFieldsDefinition()
        if interfaces.isEmpty && directives.isEmpty && fields.isEmpty { throw unexpected() }
        return InterfaceTypeDefinition(name: name, interfaces: interfaces, directives: directives, fields: fields,
                                       loc: loc(start))
    }

    /// UnionTypeExtension :
    ///   - extend union Name Directives[Const]? UnionMemberTypes
    ///   - extend union Name Directives[Const]
    mutating func parseUnionTypeExtension() throws(SyntaxError) -> UnionTypeDefinition {
        let start = token.start
        try expectKeyword("extend")
        try expectKeyword("union")
        let name = try parseName()
        let directives = try parseDirectives(isConst: true)
        let types = try parseUnionMemberTypes()
        if directives.isEmpty && types.isEmpty { throw unexpected() }
        return UnionTypeDefinition(name: name, directives: directives, types: types, loc: loc(start))
    }

    /// EnumTypeExtension :
    ///   - extend enum Name Directives[Const]? EnumValuesDefinition
    ///   - extend enum Name Directives[Const] [lookahead != `{`]
    mutating func parseEnumTypeExtension() throws(SyntaxError) -> EnumTypeDefinition {
        let start = token.start
        try expectKeyword("extend")
        try expectKeyword("enum")
        let name = try parseName()
        let directives = try parseDirectives(isConst: true)
        let values = try parseEnumValuesDefinition()
        if directives.isEmpty && values.isEmpty { throw unexpected() }
        return EnumTypeDefinition(name: name, directives: directives, values: values, loc: loc(start))
    }

    /// InputObjectTypeExtension :
    ///   - extend input Name Directives[Const]? InputFieldsDefinition
    ///   - extend input Name Directives[Const] [lookahead != `{`]
    mutating func parseInputObjectTypeExtension() throws(SyntaxError) -> InputObjectTypeDefinition {
        let start = token.start
        try expectKeyword("extend")
        try expectKeyword("input")
        let name = try parseName()
        let directives = try parseDirectives(isConst: true)
        let fields = try parseInputFieldsDefinition()
        if directives.isEmpty && fields.isEmpty { throw unexpected() }
        return InputObjectTypeDefinition(name: name, directives: directives, fields: fields, loc: loc(start))
    }
}
