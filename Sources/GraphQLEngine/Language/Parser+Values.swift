extension Parser {
    /// Value[Const] :
    ///   - [~Const] Variable
    ///   - IntValue
    ///   - FloatValue
    ///   - StringValue
    ///   - BooleanValue
    ///   - NullValue
    ///   - EnumValue
    ///   - ListValue[?Const]
    ///   - ObjectValue[?Const]
    mutating func parseValueLiteral(isConst: Bool) throws(SyntaxError) -> Value {
        let t = token
        switch t.kind {
        case .bracketL:
            return .list(try parseList(isConst: isConst))
        case .braceL:
            return .object(try parseObject(isConst: isConst))
        case .int:
            try advance()
            return .int(IntValue(lexer.slice(t.start, t.end), loc: loc(t.start)))
        case .float:
            try advance()
            return .float(FloatValue(lexer.slice(t.start, t.end), loc: loc(t.start)))
        case .string, .blockString:
            return .string(try parseStringLiteral())
        case .name:
            try advance()
            if isKeyword(t, "true") { return .boolean(BooleanValue(true, loc: loc(t.start))) }
            if isKeyword(t, "false") { return .boolean(BooleanValue(false, loc: loc(t.start))) }
            if isKeyword(t, "null") { return .null(NullValue(loc: loc(t.start))) }
            return .enumValue(EnumValue(lexer.slice(t.start, t.end), loc: loc(t.start)))
        case .dollar:
            if isConst {
                try expect(.dollar)
                if token.kind == .name {
                    let name = lexer.slice(token.start, token.end)
                    throw SyntaxError("Unexpected variable \"$\(name)\" in constant value.", at: t.start)
                }
                throw unexpected(t)
            }
            return .variable(try parseVariable())
        default:
            throw unexpected()
        }
    }

    /// StringValue, as a node that remembers whether it was written as a block string.
    mutating func parseStringLiteral() throws(SyntaxError) -> StringValue {
        let t = token
        try advance()
        if t.kind == .blockString {
            return StringValue(lexer.blockStringValue(of: t), block: true, loc: loc(t.start))
        }
        return StringValue(lexer.stringValue(of: t), loc: loc(t.start))
    }

    /// ListValue[Const] :
    ///   - [ ]
    ///   - [ Value[?Const]+ ]
    mutating func parseList(isConst: Bool) throws(SyntaxError) -> ListValue {
        let start = token.start
        try enterNesting()
        try expect(.bracketL)
        var values: [Value] = []
        while !(try expectOptional(.bracketR)) {
            values.append(try parseValueLiteral(isConst: isConst))
        }
        depth -= 1
        return ListValue(values, loc: loc(start))
    }

    /// ObjectValue[Const] :
    ///   - { }
    ///   - { ObjectField[?Const]+ }
    mutating func parseObject(isConst: Bool) throws(SyntaxError) -> ObjectValue {
        let start = token.start
        try enterNesting()
        try expect(.braceL)
        var fields: [ObjectField] = []
        while !(try expectOptional(.braceR)) {
            fields.append(try parseObjectField(isConst: isConst))
        }
        depth -= 1
        return ObjectValue(fields, loc: loc(start))
    }

    /// ObjectField[Const] : Name : Value[?Const]
    mutating func parseObjectField(isConst: Bool) throws(SyntaxError) -> ObjectField {
        let start = token.start
        let name = try parseName()
        try expect(.colon)
        let value = try parseValueLiteral(isConst: isConst)
        return ObjectField(name: name, value: value, loc: loc(start))
    }

    /// Arguments[Const] : ( Argument[?Const]+ )
    @inline(__always)
    mutating func parseArguments(isConst: Bool) throws(SyntaxError) -> [Argument] {
        peek(.parenL) ? try parseArgumentList(isConst: isConst) : []
    }

    /// The arguments after `(`, kept out of line so that callers' stack frames stay small.
    @inline(never)
    mutating func parseArgumentList(isConst: Bool) throws(SyntaxError) -> [Argument] {
        try advance()
        var arguments: [Argument] = []
        repeat {
            arguments.append(try parseArgument(isConst: isConst))
        } while !(try expectOptional(.parenR))
        return arguments
    }

    /// Argument[Const] : Name : Value[?Const]
    mutating func parseArgument(isConst: Bool) throws(SyntaxError) -> Argument {
        let start = token.start
        let name = try parseName()
        try expect(.colon)
        let value = try parseValueLiteral(isConst: isConst)
        return Argument(name: name, value: value, loc: loc(start))
    }

    /// Directives[Const] : Directive[?Const]+
    @inline(__always)
    mutating func parseDirectives(isConst: Bool) throws(SyntaxError) -> [Directive] {
        peek(.at) ? try parseDirectiveList(isConst: isConst) : []
    }

    /// The directives from the first `@` on, kept out of line so that callers' frames stay small.
    @inline(never)
    mutating func parseDirectiveList(isConst: Bool) throws(SyntaxError) -> [Directive] {
        var directives: [Directive] = []
        while peek(.at) {
            directives.append(try parseDirective(isConst: isConst))
        }
        return directives
    }

    /// Directive[Const] : @ Name Arguments[?Const]?
    mutating func parseDirective(isConst: Bool) throws(SyntaxError) -> Directive {
        let start = token.start
        try expect(.at)
        let name = try parseName()
        let arguments = try parseArguments(isConst: isConst)
        return Directive(name: name, arguments: arguments, loc: loc(start))
    }

    /// Type :
    ///   - NamedType
    ///   - ListType : [ Type ]
    ///   - NonNullType : NamedType ! | ListType !
    mutating func parseTypeReference() throws(SyntaxError) -> TypeNode {
        let start = token.start
        var type: TypeNode
        if peek(.bracketL) {
            try enterNesting()
            try advance()
            let inner = try parseTypeReference()
            try expect(.bracketR)
            depth -= 1
            type = .list(inner, loc: loc(start))
        } else {
            type = .named(try parseNamedType())
        }
        if try expectOptional(.bang) {
            return .nonNull(type, loc: loc(start))
        }
        return type
    }

    /// NamedType : Name
    mutating func parseNamedType() throws(SyntaxError) -> NamedType {
        let start = token.start
        let name = try parseName()
        return NamedType(name: name, loc: loc(start))
    }
}
