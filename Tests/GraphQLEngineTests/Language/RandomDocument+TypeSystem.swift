@testable import GraphQLEngine

extension RandomDocument {
    static let locations = Array(Parser.directiveLocations).sorted()

    mutating func typeSystemDefinition() -> TypeSystemDefinition {
        switch count(0...7) {
        case 0:
            .schema(SchemaDefinition(description: description(), directives: directives(const: true),
                                     operationTypes: operationTypes(1...3)))
        case 1:
            .directive(DirectiveDefinition(description: description(), name: name(), arguments: inputValues(0...2),
                                           isRepeatable: chance(50),
                                           locations: many(1...3) { Name($0.pick(Self.locations)) }))
        default:
            .type(typeDefinition(description: description()))
        }
    }

    mutating func typeDefinition(description: StringValue?) -> TypeDefinition {
        switch count(0...5) {
        case 0: .scalar(ScalarTypeDefinition(description: description, name: name(), directives: directives(const: true)))
        case 1: .object(ObjectTypeDefinition(description: description, name: name(), interfaces: namedTypes(0...2),
                                             directives: directives(const: true), fields: fields(0...3)))
        case 2: .interface(InterfaceTypeDefinition(description: description, name: name(), interfaces: namedTypes(0...2),
                                                   directives: directives(const: true), fields: fields(0...3)))
        case 3: .union(UnionTypeDefinition(description: description, name: name(), directives: directives(const: true),
                                           types: namedTypes(0...3)))
        case 4: .enumType(EnumTypeDefinition(description: description, name: name(), directives: directives(const: true),
                                             values: many(0...3) {
                                                 EnumValueDefinition(description: $0.description(), name: $0.restrictedName(),
                                                                     directives: $0.directives(const: true))
                                             }))
        default: .inputObject(InputObjectTypeDefinition(description: description, name: name(),
                                                        directives: directives(const: true), fields: inputValues(0...3)))
        }
    }

    /// An extension; regenerated until it adds something, as the grammar requires.
    mutating func typeSystemExtension() -> TypeSystemExtension {
        while true {
            let d = directives(const: true)
            let candidate: TypeSystemExtension
            let addsSomething: Bool
            switch count(0...6) {
            case 0:
                let ops = chance(50) ? operationTypes(1...2) : []
                candidate = .schema(SchemaDefinition(directives: d, operationTypes: ops))
                addsSomething = !d.isEmpty || !ops.isEmpty
            case 1:
                candidate = .scalar(ScalarTypeDefinition(name: name(), directives: d))
                addsSomething = !d.isEmpty
            default:
                guard case let .typeSystem(.type(t)) = Definition.typeSystem(.type(typeDefinition(description: nil))) else {
                    continue
                }
                switch t {
                case let .object(x):
                    candidate = .object(x)
                    addsSomething = !x.interfaces.isEmpty || !x.directives.isEmpty || !x.fields.isEmpty
                case let .interface(x):
                    candidate = .interface(x)
                    addsSomething = !x.interfaces.isEmpty || !x.directives.isEmpty || !x.fields.isEmpty
                case let .union(x):
                    candidate = .union(x)
                    addsSomething = !x.directives.isEmpty || !x.types.isEmpty
                case let .enumType(x):
                    candidate = .enumType(x)
                    addsSomething = !x.directives.isEmpty || !x.values.isEmpty
                case let .inputObject(x):
                    candidate = .inputObject(x)
                    addsSomething = !x.directives.isEmpty || !x.fields.isEmpty
                case let .scalar(x):
                    candidate = .scalar(x)
                    addsSomething = !x.directives.isEmpty
                }
            }
            if addsSomething { return candidate }
        }
    }

    mutating func operationTypes(_ range: ClosedRange<Int>) -> [OperationTypeDefinition] {
        many(range) { OperationTypeDefinition(operation: $0.pick(OperationType.allCases), type: NamedType(name: $0.name())) }
    }

    mutating func namedTypes(_ range: ClosedRange<Int>) -> [NamedType] {
        many(range) { NamedType(name: $0.name()) }
    }

    mutating func fields(_ range: ClosedRange<Int>) -> [FieldDefinition] {
        many(range) {
            FieldDefinition(description: $0.description(), name: $0.name(), arguments: $0.inputValues(0...2),
                            type: $0.type(depth: 0), directives: $0.directives(const: true))
        }
    }

    mutating func inputValues(_ range: ClosedRange<Int>) -> [InputValueDefinition] {
        many(range) {
            InputValueDefinition(description: $0.description(), name: $0.name(), type: $0.type(depth: 0),
                                 defaultValue: $0.chance(30) ? $0.value(const: true, depth: 0) : nil,
                                 directives: $0.directives(const: true))
        }
    }
}
