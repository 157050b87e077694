extension PrintBuffer {
    mutating func definition(_ definition: Definition) {
        switch definition {
        case let .operation(o): operationDefinition(o)
        case let .fragment(f): fragmentDefinition(f)
        case let .typeSystem(t): typeSystemDefinition(t)
        case let .typeSystemExtension(e): typeSystemExtension(e)
        }
    }

    /// `query Name($a: Int) @d { … }`, or just the selection set for an anonymous query without
    /// variables and directives.
    mutating func operationDefinition(_ o: OperationDefinition, forceKeyword: Bool = false) {
        let hasPrefix = forceKeyword || o.operation != .query || o.name != nil || !o.variableDefinitions.isEmpty
            || !o.directives.isEmpty
        if hasPrefix {
            writeName(o.operation.rawValue)
            if o.name != nil || !o.variableDefinitions.isEmpty { bytes.append(0x20) }
            if let name = o.name { writeName(name.value) }
            if !o.variableDefinitions.isEmpty {
                bytes.append(0x28)
                join(o.variableDefinitions, ", ") { $0.variableDefinition($1) }
                bytes.append(0x29)
            }
            directives(o.directives)
            if !o.selectionSet.selections.isEmpty { bytes.append(0x20) }
        }
        selectionSet(o.selectionSet)
    }

    /// `$a: Int = 1 @d`
    mutating func variableDefinition(_ v: VariableDefinition) {
        bytes.append(0x24)
        writeName(v.variable.name.value)
        write(": ")
        type(v.type)
        if let defaultValue = v.defaultValue {
            write(" = ")
            value(defaultValue)
        }
        directives(v.directives)
    }

    mutating func selectionSet(_ s: SelectionSet) {
        block(s.selections) { $0.selection($1) }
    }

    mutating func selection(_ s: Selection) {
        switch s {
        case let .field(f): field(f)
        case let .fragmentSpread(f):
            write("...")
            writeName(f.name.value)
            directives(f.directives)
        case let .inlineFragment(f):
            write("...")
            if let typeCondition = f.typeCondition {
                write(" on ")
                writeName(typeCondition.name.value)
            }
            directives(f.directives)
            if !f.selectionSet.selections.isEmpty { bytes.append(0x20) }
            selectionSet(f.selectionSet)
        }
    }

    /// `alias: name(args) @d { … }`; the arguments go one per line when the line up to `)` would
    /// be longer than 80 characters.
    mutating func field(_ f: Field) {
        let mark = bytes.count
        if let alias = f.alias {
            writeName(alias.value)
            write(": ")
        }
        writeName(f.name.value)
        if !f.arguments.isEmpty {
            let argumentsStart = bytes.count
            arguments(f.arguments)
            if unindentedLength(since: mark) > 80 {
                bytes.removeSubrange(argumentsStart...)
                bytes.append(0x28)
                indentLevel += 1
                for a in f.arguments {
                    newline()
                    argument(a)
                }
                indentLevel -= 1
                newline()
                bytes.append(0x29)
            }
        }
        directives(f.directives)
        if let s = f.selectionSet, !s.selections.isEmpty {
            bytes.append(0x20)
            selectionSet(s)
        }
    }

    /// `fragment Name on Type @d { … }`
    mutating func fragmentDefinition(_ f: FragmentDefinition) {
        write("fragment ")
        writeName(f.name.value)
        write(" on ")
        writeName(f.typeCondition.name.value)
        bytes.append(0x20)
        for d in f.directives {
            directive(d)
            bytes.append(0x20)
        }
        selectionSet(f.selectionSet)
    }

    mutating func value(_ v: Value) {
        switch v {
        case let .variable(x):
            bytes.append(0x24)
            writeName(x.name.value)
        case let .int(x): writeName(x.value)
        case let .float(x): writeName(x.value)
        case let .string(x): stringValue(x)
        case let .boolean(x): x.value ? write("true") : write("false")
        case .null: write("null")
        case let .enumValue(x): writeName(x.value)
        case let .list(x):
            bytes.append(0x5B)
            join(x.values, ", ") { $0.value($1) }
            bytes.append(0x5D)
        case let .object(x):
            bytes.append(0x7B)
            join(x.fields, ", ") { out, field in
                out.writeName(field.name.value)
                out.write(": ")
                out.value(field.value)
            }
            bytes.append(0x7D)
        }
    }

    mutating func stringValue(_ s: StringValue) {
        if s.block {
            var printed: [UInt8] = []
            BlockString.write(s.value, to: &printed)
            for byte in printed {
                bytes.append(byte)
                if byte == 0x0A { for _ in 0..<(indentLevel * 2) { bytes.append(0x20) } }
            }
        } else {
            string(s.value)
        }
    }

    /// A string literal with graphql-js' escapes: `"` `\`, C0 and C1 control characters.
    mutating func string(_ value: String) {
        bytes.append(0x22)
        var previous: UInt8 = 0
        for byte in value.utf8 {
            defer { previous = byte }
            switch byte {
            case 0x22: write("\\\"")
            case 0x5C: write("\\\\")
            case 0x08: write("\\b")
            case 0x09: write("\\t")
            case 0x0A: write("\\n")
            case 0x0C: write("\\f")
            case 0x0D: write("\\r")
            case 0x00...0x1F, 0x7F: unicodeEscape(UInt32(byte))
            case 0x80...0x9F where previous == 0xC2:
                bytes.removeLast()  // the 0xC2 lead byte of U+0080…U+009F
                unicodeEscape(UInt32(byte))
            default: bytes.append(byte)
            }
        }
        bytes.append(0x22)
    }

    private mutating func unicodeEscape(_ scalar: UInt32) {
        let hex: StaticString = "0123456789ABCDEF"
        write("\\u00")
        bytes.append(hex.utf8Start[Int(scalar >> 4)])
        bytes.append(hex.utf8Start[Int(scalar & 0xF)])
    }

    mutating func type(_ t: TypeNode) {
        switch t {
        case let .named(n): writeName(n.name.value)
        case let .list(inner, _):
            bytes.append(0x5B)
            type(inner)
            bytes.append(0x5D)
        case let .nonNull(inner, _):
            type(inner)
            bytes.append(0x21)
        }
    }
}
