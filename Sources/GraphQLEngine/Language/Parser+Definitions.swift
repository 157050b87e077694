extension Parser {
    /// EnumTypeDefinition : Description? enum Name Directives[Const]? EnumValuesDefinition?
    mutating func parseEnumTypeDefinition() throws(SyntaxError) -> EnumTypeDefinition {
        let start = token.start
        let description = try parseDescription()
        try expectKeyword("enum")
        let name = try parseName()
        let directives = try parseDirectives(isConst: true)
        let values = try parseEnumValuesDefinition()
        return EnumTypeDefinition(description: description, name: name, directives: directives, values: values,
                                  loc: loc(start))
    }

    /// EnumValuesDefinition : { EnumValueDefinition+ }
    mutating func parseEnumValuesDefinition() throws(SyntaxError) -> [EnumValueDefinition] {
        guard try expectOptional(.braceL) else { return [] }
        var values: [EnumValueDefinition] = []
        repeat {
            values.append(try parseEnumValueDefinition())
        } while !(try expectOptional(.braceR))
        return values
    }

    /// EnumValueDefinition : Description? EnumValue Directives[Const]?
    mutating func parseEnumValueDefinition() throws(SyntaxError) -> EnumValueDefinition {
        let start = token.start
        let description = try parseDescription()
        let name = try parseEnumValueName()
        let directives = try parseDirectives(isConst: true)
        return EnumValueDefinition(description: description, name: name, directives: directives, loc: loc(start))
    }

    /// EnumValue : Name but not `true`, `false` or `null`
    mutating func parseEnumValueName() throws(SyntaxError) -> Name {
        if tokenValueIs("true") || tokenValueIs("false") || tokenValueIs("null") {
            throw SyntaxError("\(describe(token)) is reserved and cannot be used for an enum value.", at: token.start)
        }
        return try parseName()
    }

    /// InputObjectTypeDefinition : Description? input Name Directives[Const]? InputFieldsDefinition?
    mutating func parseInputObjectTypeDefinition() throws(SyntaxError) -> InputObjectTypeDefinition {
        let start = token.start
        let description = try parseDescription()
        try expectKeyword("input")
        let name = try parseName()
        let directives = try parseDirectives(isConst: true)
        let fields = try parseInputFieldsDefinition()
        return InputObjectTypeDefinition(description: description, name: name, directives: directives,
                                         fields: fields, loc: loc(start))
    }

    /// InputFieldsDefinition : { InputValueDefinition+ }
    mutating func parseInputFieldsDefinition() throws(SyntaxError) -> [InputValueDefinition] {
        guard try expectOptional(.braceL) else { return [] }
        var fields: [InputValueDefinition] = []
        repeat {
            fields.append(try parseInputValueDefinition())
        } while !(try expectOptional(.braceR))
        return fields
    }

    /// DirectiveDefinition :
    ///   Description? directive @ Name ArgumentsDefinition? `repeatable`? on DirectiveLocations
    mutating func parseDirectiveDefinition() throws(SyntaxError) -> DirectiveDefinition {
        let start = token.start
        let description = try parseDescription()
        try expectKeyword("directive")
        try expect(.at)
        let name = try parseName()
        let arguments = try parseArgumentDefinitions()
        let isRepeatable = try expectOptionalKeyword("repeatable")
        try expectKeyword("on")
        let locations = try parseDirectiveLocations()
        return DirectiveDefinition(description: description, name: name, arguments: arguments,
                                   isRepeatable: isRepeatable, locations: locations, loc: loc(start))
    }

    /// DirectiveLocations :
    ///   - `|`? DirectiveLocation
    ///   - DirectiveLocations | DirectiveLocation
    mutating func parseDirectiveLocations() throws(SyntaxError) -> [Name] {
        _ = try expectOptional(.pipe)
        var locations: [Name] = []
        repeat {
            locations.append(try parseDirectiveLocation())
        } while try expectOptional(.pipe)
        return locations
    }

    /// DirectiveLocation : ExecutableDirectiveLocation or TypeSystemDirectiveLocation
    mutating func parseDirectiveLocation() throws(SyntaxError) -> Name {
        let start = token
        let name = try parseName()
        guard Parser.directiveLocations.contains(name.value) else { throw unexpected(start) }
        return name
    }

    /// The spec's directive locations (ExecutableDirectiveLocation, TypeSystemDirectiveLocation).
    static let directiveLocations: Set<String> = [
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD",
        "INLINE_FRAGMENT", "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION",
        "ARGUMENT_DEFINITION", "INTERFACE", "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT",
        "INPUT_FIELD_DEFINITION",
    ]
}
