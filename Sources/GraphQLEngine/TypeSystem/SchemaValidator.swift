/// Checks a schema against the spec's type validation rules (spec: Type System, "Type Validation"
/// sub-sections; graphql-js `type/validate.js`, with the `@oneOf` rules of graphql-js 16.9).
///
/// Errors come out in graphql-js order: root types, then directives, then every type in
/// type-map order, with graphql-js' messages and locations.
public func validateSchema(_ schema: GraphQLSchema) -> [GraphQLError] {
    var validator = SchemaValidator(schema: schema)
    validator.validateRootTypes()
    validator.validateDirectives()
    validator.validateTypes()
    return validator.errors
}

struct SchemaValidator {
    let schema: GraphQLSchema
    var errors: [GraphQLError] = []

    init(schema: GraphQLSchema) { self.schema = schema }

    /// Reports an error located at the start of each node that is present.
    mutating func report(_ message: String, _ locations: [Location?]) {
        let source = schema.astSource
        let points = locations.compactMap { $0 }
        errors.append(GraphQLError(message, locations: source.map { s in points.map { s.location(ofOffset: $0.start) } } ?? []))
    }

    mutating func validateRootTypes() {
        guard let queryName = schema.queryTypeName, let query = schema.type(named: queryName) else {
            report("Query root type must be provided.", [schema.astNode?.loc])
            return validateOtherRoots()
        }
        if case .object = query {} else {
            report("Query root type must be Object type, it cannot be \(queryName).",
                   [operationTypeNode(.query)?.loc ?? query.astLocation])
        }
        validateOtherRoots()
    }

    private mutating func validateOtherRoots() {
        for (operation, label) in [(OperationType.mutation, "Mutation"), (.subscription, "Subscription")] {
            let name = operation == .mutation ? schema.mutationTypeName : schema.subscriptionTypeName
            guard let name, let type = schema.type(named: name) else { continue }
            if case .object = type { continue }
            report("\(label) root type must be Object type if provided, it cannot be \(name).",
                   [operationTypeNode(operation)?.loc ?? type.astLocation])
        }
    }

    private func operationTypeNode(_ operation: OperationType) -> NamedType? {
        let nodes = (schema.astNode.map { [$0] } ?? []) + schema.extensionASTNodes
        return nodes.flatMap(\.operationTypes).first { $0.operation == operation }?.type
    }

    mutating func validateDirectives() {
        for directive in schema.directives {
            validateName(directive.name, directive.astNode?.loc)
            for argument in directive.arguments {
                validateName(argument.name, argument.astNode?.loc)
                if !isInputType(argument.type) {
                    report("The type of @\(directive.name)(\(argument.name):) must be Input Type but got: \(argument.type).",
                           [argument.astNode?.loc])
                }
                if argument.isRequired && argument.deprecationReason != nil {
                    report("Required argument @\(directive.name)(\(argument.name):) cannot be deprecated.",
                           [deprecatedDirective(argument.astNode?.directives)?.loc, argument.astNode?.type.loc])
                }
            }
        }
    }

    /// Names starting with `__` are reserved for introspection.
    mutating func validateName(_ name: String, _ location: Location?) {
        if name.hasPrefix("__") {
            report("Name \"\(name)\" must not begin with \"__\", which is reserved by GraphQL introspection.", [location])
        }
    }

    mutating func validateTypes() {
        var cycles = InputObjectCycleDetector()
        for type in schema.types {
            if !type.isIntrospectionType { validateName(type.name, type.astLocation) }
            switch type {
            case let .object(t):
                validateFields(t.name, t.fields, [t.astNode?.loc] + t.extensionASTNodes.map(\.loc))
                validateInterfaces(type)
            case let .interface(t):
                validateFields(t.name, t.fields, [t.astNode?.loc] + t.extensionASTNodes.map(\.loc))
                validateInterfaces(type)
            case let .union(t): validateUnionMembers(t)
            case let .enumType(t):
                if t.values.isEmpty {
                    report("Enum type \(t.name) must define one or more values.",
                           [t.astNode?.loc] + t.extensionASTNodes.map(\.loc))
                }
                for value in t.values { validateName(value.name, value.astNode?.loc) }
            case let .inputObject(t):
                validateInputFields(t)
                cycles.detect(t, in: schema) { message, locations in report(message, locations) }
            case .scalar: break
            }
        }
    }

    private mutating func validateFields(_ typeName: String, _ fields: OrderedFields<GraphQLField>, _ typeNodes: [Location?]) {
        if fields.isEmpty { report("Type \(typeName) must define one or more fields.", typeNodes) }
        for field in fields {
            validateName(field.name, field.astNode?.loc)
            if !isOutputType(field.type) {
                report("The type of \(typeName).\(field.name) must be Output Type but got: \(field.type).",
                       [field.astNode?.type.loc])
            }
            for argument in field.arguments {
                validateName(argument.name, argument.astNode?.loc)
                if !isInputType(argument.type) {
                    report("The type of \(typeName).\(field.name)(\(argument.name):) must be Input Type but got: \(argument.type).",
                           [argument.astNode?.type.loc])
                }
                if argument.isRequired && argument.deprecationReason != nil {
                    report("Required argument \(typeName).\(field.name)(\(argument.name):) cannot be deprecated.",
                           [deprecatedDirective(argument.astNode?.directives)?.loc, argument.astNode?.type.loc])
                }
            }
        }
    }

    private mutating func validateUnionMembers(_ union: GraphQLUnionType) {
        if union.possibleTypes.isEmpty {
            report("Union type \(union.name) must define one or more member types.",
                   [union.astNode?.loc] + union.extensionASTNodes.map(\.loc))
        }
        var included: Set<String> = []
        for member in union.possibleTypes {
            let memberNodes = ((union.astNode.map { [$0] } ?? []) + union.extensionASTNodes)
                .flatMap(\.types).filter { $0.name.value == member }.map(\.loc)
            if !included.insert(member).inserted {
                report("Union type \(union.name) can only include type \(member) once.", memberNodes)
                continue
            }
            if case .object = schema.type(named: member) { continue }
            report("Union type \(union.name) can only include Object types, it cannot include \(member).", memberNodes)
        }
    }

    private mutating func validateInputFields(_ input: GraphQLInputObjectType) {
        if input.fields.isEmpty {
            report("Input Object type \(input.name) must define one or more fields.",
                   [input.astNode?.loc] + input.extensionASTNodes.map(\.loc))
        }
        for field in input.fields {
            validateName(field.name, field.astNode?.loc)
            if !isInputType(field.type) {
                report("The type of \(input.name).\(field.name) must be Input Type but got: \(field.type).",
                       [field.astNode?.type.loc])
            }
            if field.isRequired && field.deprecationReason != nil {
                report("Required input field \(input.name).\(field.name) cannot be deprecated.",
                       [deprecatedDirective(field.astNode?.directives)?.loc, field.astNode?.type.loc])
            }
            if input.isOneOf {
                if field.type.isNonNull {
                    report("OneOf input field \(input.name).\(field.name) must be nullable.", [field.astNode?.type.loc])
                }
                if field.defaultValue != nil {
                    report("OneOf input field \(input.name).\(field.name) cannot have a default value.", [field.astNode?.loc])
                }
            }
        }
    }

    func deprecatedDirective(_ directives: [Directive]?) -> Directive? {
        directives?.first { $0.name.value == GraphQLDirective.deprecated.name }
    }

    func isInputType(_ type: TypeReference) -> Bool { schema.type(named: type.namedType)?.isInputType ?? false }
    func isOutputType(_ type: TypeReference) -> Bool { schema.type(named: type.namedType)?.isOutputType ?? false }
}

extension GraphQLNamedType {
    /// Where the type's definition starts, if built from SDL.
    var astLocation: Location? {
        switch self {
        case let .scalar(t): t.astNode?.loc
        case let .object(t): t.astNode?.loc
        case let .interface(t): t.astNode?.loc
        case let .union(t): t.astNode?.loc
        case let .enumType(t): t.astNode?.loc
        case let .inputObject(t): t.astNode?.loc
        }
    }

    /// The `implements` entries naming `interface` in the definition and its extensions.
    func implementsNodes(_ interface: String) -> [Location] {
        let lists: [[NamedType]] = switch self {
        case let .object(t): ((t.astNode.map { [$0] } ?? []) + t.extensionASTNodes).map(\.interfaces)
        case let .interface(t): ((t.astNode.map { [$0] } ?? []) + t.extensionASTNodes).map(\.interfaces)
        default: []
        }
        return lists.flatMap { $0 }.filter { $0.name.value == interface }.map(\.loc)
    }

    /// The definition and extension locations of an object or interface.
    var definitionLocations: [Location?] {
        switch self {
        case let .object(t): [t.astNode?.loc] + t.extensionASTNodes.map(\.loc)
        case let .interface(t): [t.astNode?.loc] + t.extensionASTNodes.map(\.loc)
        default: [astLocation]
        }
    }
}
