extension PrintBuffer {
    mutating func typeSystemDefinition(_ t: TypeSystemDefinition) {
        switch t {
        case let .schema(s):
            description(s.description)
            write("schema")
            schemaBody(s)
        case let .type(d): typeDefinition(d)
        case let .directive(d): directiveDefinition(d)
        }
    }

    mutating func typeSystemExtension(_ e: TypeSystemExtension) {
        switch e {
        case let .schema(s):
            write("extend schema")
            schemaBody(s)
        case let .scalar(d):
            write("extend ")
            scalar(d)
        case let .object(d):
            write("extend ")
            objectLike("type", d.name, d.interfaces, d.directives, d.fields)
        case let .interface(d):
            write("extend ")
            objectLike("interface", d.name, d.interfaces, d.directives, d.fields)
        case let .union(d):
            write("extend ")
            union(d)
        case let .enumType(d):
            write("extend ")
            enumType(d)
        case let .inputObject(d):
            write("extend ")
            inputObject(d)
        }
    }

    mutating func typeDefinition(_ d: TypeDefinition) {
        switch d {
        case let .scalar(x):
            description(x.description)
            scalar(x)
        case let .object(x):
            description(x.description)
            objectLike("type", x.name, x.interfaces, x.directives, x.fields)
        case let .interface(x):
            description(x.description)
            objectLike("interface", x.name, x.interfaces, x.directives, x.fields)
        case let .union(x):
            description(x.description)
            union(x)
        case let .enumType(x):
            description(x.description)
            enumType(x)
        case let .inputObject(x):
            description(x.description)
            inputObject(x)
        }
    }

    /// The description and a line break, if there is one.
    mutating func description(_ d: StringValue?) {
        guard let d else { return }
        stringValue(d)
        newline()
    }

    /// ` @d { query: Q … }` after `schema` / `extend schema`.
    private mutating func schemaBody(_ s: SchemaDefinition) {
        directives(s.directives)
        blockAfterSpace(s.operationTypes) { out, o in
            out.writeName(o.operation.rawValue)
            out.write(": ")
            out.writeName(o.type.name.value)
        }
    }

    /// A space and a block, if there are items.
    private mutating func blockAfterSpace<T>(_ items: [T], _ item: (inout PrintBuffer, T) -> Void) {
        guard !items.isEmpty else { return }
        bytes.append(0x20)
        block(items, item)
    }

    private mutating func scalar(_ x: ScalarTypeDefinition) {
        write("scalar ")
        writeName(x.name.value)
        directives(x.directives)
    }

    /// `type Name implements A & B @d { fields }` and the same for interfaces.
    private mutating func objectLike(_ keyword: StaticString, _ name: Name, _ interfaces: [NamedType],
                                     _ directives: [Directive], _ fields: [FieldDefinition]) {
        write(keyword)
        bytes.append(0x20)
        writeName(name.value)
        if !interfaces.isEmpty {
            write(" implements ")
            join(interfaces, " & ") { $0.writeName($1.name.value) }
        }
        self.directives(directives)
        blockAfterSpace(fields) { $0.fieldDefinition($1) }
    }

    private mutating func union(_ x: UnionTypeDefinition) {
        write("union ")
        writeName(x.name.value)
        directives(x.directives)
        if !x.types.isEmpty {
            write(" = ")
            join(x.types, " | ") { $0.writeName($1.name.value) }
        }
    }

    private mutating func enumType(_ x: EnumTypeDefinition) {
        write("enum ")
        writeName(x.name.value)
        directives(x.directives)
        blockAfterSpace(x.values) { out, v in
            out.description(v.description)
            out.writeName(v.name.value)
            out.directives(v.directives)
        }
    }

    private mutating func inputObject(_ x: InputObjectTypeDefinition) {
        write("input ")
        writeName(x.name.value)
        directives(x.directives)
        blockAfterSpace(x.fields) { $0.inputValueDefinition($1) }
    }

    /// `name(args): Type @d`
    mutating func fieldDefinition(_ f: FieldDefinition) {
        description(f.description)
        writeName(f.name.value)
        argumentDefinitions(f.arguments)
        write(": ")
        type(f.type)
        directives(f.directives)
    }

    /// `(a: Int, b: Int)`, or one argument per line when any of them prints on several lines.
    mutating func argumentDefinitions(_ arguments: [InputValueDefinition]) {
        guard !arguments.isEmpty else { return }
        let mark = bytes.count
        bytes.append(0x28)
        join(arguments, ", ") { $0.inputValueDefinition($1) }
        bytes.append(0x29)
        guard hasLineBreak(since: mark) else { return }
        bytes.removeSubrange((mark + 1)...)
        indentLevel += 1
        for a in arguments {
            newline()
            inputValueDefinition(a)
        }
        indentLevel -= 1
        newline()
        bytes.append(0x29)
    }

    /// `name: Type = default @d`
    mutating func inputValueDefinition(_ v: InputValueDefinition) {
        description(v.description)
        writeName(v.name.value)
        write(": ")
        type(v.type)
        if let defaultValue = v.defaultValue {
            write(" = ")
            value(defaultValue)
        }
        directives(v.directives)
    }

    /// `directive @name(args) repeatable on A | B`
    mutating func directiveDefinition(_ d: DirectiveDefinition) {
        description(d.description)
        write("directive @")
        writeName(d.name.value)
        argumentDefinitions(d.arguments)
        if d.isRepeatable { write(" repeatable") }
        write(" on ")
        join(d.locations, " | ") { $0.writeName($1.value) }
    }
}
