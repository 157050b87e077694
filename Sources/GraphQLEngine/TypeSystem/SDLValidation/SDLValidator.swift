/// Checks an SDL document before a schema is built from it, with graphql-js' `specifiedSDLRules`
/// (the rules `buildASTSchema` and `extendSchema` run through `assertValidSDL`):
/// LoneSchemaDefinition, UniqueOperationTypes, UniqueTypeNames, UniqueEnumValueNames,
/// UniqueFieldDefinitionNames, UniqueArgumentDefinitionNames, UniqueDirectiveNames, KnownTypeNames,
/// KnownDirectives, UniqueDirectivesPerLocation, PossibleTypeExtensions, KnownArgumentNamesOnDirectives,
/// UniqueArgumentNames, UniqueInputFieldNames and ProvidedRequiredArgumentsOnDirectives.
///
/// graphql-js runs the rules side by side in one traversal; this walks the document in the same
/// order and, at each node, applies the rules in that list's order, so errors come out in the
/// same order with the same messages.
struct SDLValidator {
    let document: Document
    /// The schema being extended, if any.
    let schema: GraphQLSchema?
    var errors: [GraphQLError] = []

    // Facts gathered before the traversal.
    var definedTypes: [String: TypeDefinition] = [:]
    var directiveLocations: [String: [String]] = [:]
    var directiveArgumentNames: [String: [String]] = [:]
    var directiveRequiredArguments: [String: [(name: String, type: String)]] = [:]
    var directiveIsUnique: [String: Bool] = [:]

    // Rule state.
    var schemaDefinitionCount = 0
    var definedOperationTypes: [OperationType: OperationTypeDefinition] = [:]
    var knownTypeNames: [String: Name] = [:]
    var knownEnumValues: [String: [String: Name]] = [:]
    var knownFieldNames: [String: [String: Name]] = [:]
    var knownDirectiveNames: [String: Name] = [:]
    var schemaDirectives: [String: Directive] = [:]
    var typeDirectives: [String: [String: Directive]] = [:]

    /// The errors the SDL rules report for `document`, in graphql-js order.
    static func validate(_ document: Document, extending schema: GraphQLSchema? = nil) -> [GraphQLError] {
        var validator = SDLValidator(document: document, schema: schema)
        validator.run()
        return validator.errors
    }

    init(document: Document, schema: GraphQLSchema?) {
        self.document = document
        self.schema = schema
        let known = schema?.directives ?? GraphQLDirective.specified
        for directive in known {
            directiveLocations[directive.name] = directive.locations.map(\.rawValue)
            directiveArgumentNames[directive.name] = directive.arguments.map(\.name)
            directiveRequiredArguments[directive.name] = directive.arguments.filter(\.isRequired)
                .map { (name: $0.name, type: $0.type.description) }
            directiveIsUnique[directive.name] = !directive.isRepeatable
        }
        for definition in document.definitions {
            switch definition {
            case let .typeSystem(.type(t)):
                definedTypes[t.name.value] = t
            case let .typeSystem(.directive(d)):
                directiveLocations[d.name.value] = d.locations.map(\.value)
                directiveArgumentNames[d.name.value] = d.arguments.map(\.name.value)
                directiveRequiredArguments[d.name.value] = d.arguments
                    .filter { $0.type.isNonNullNode && $0.defaultValue == nil }
                    .map { (name: $0.name.value, type: TypeReference($0.type).description) }
                directiveIsUnique[d.name.value] = !d.isRepeatable
            default: break
            }
        }
    }

    /// Reports an error located at the start of each node.
    mutating func report(_ message: String, _ locations: [Location]) {
        let source = document.source
        errors.append(GraphQLError(message, locations: source.map { s in locations.map { s.location(ofOffset: $0.start) } } ?? []))
    }

    mutating func run() {
        for definition in document.definitions {
            switch definition {
            case let .typeSystem(.schema(node)): visitSchema(node, isExtension: false)
            case let .typeSystemExtension(.schema(node)): visitSchema(node, isExtension: true)
            case let .typeSystem(.type(node)): visitType(node, isExtension: false)
            case let .typeSystemExtension(ext): if let node = ext.typeDefinition { visitType(node, isExtension: true) }
            case let .typeSystem(.directive(node)): visitDirectiveDefinition(node)
            case let .operation(node): visitOperation(node)
            case let .fragment(node): visitFragment(node)
            }
        }
    }

    private mutating func visitSchema(_ node: SchemaDefinition, isExtension: Bool) {
        if !isExtension { checkLoneSchemaDefinition(node) }
        checkUniqueOperationTypes(node)
        checkUniqueDirectivesPerLocation(node.directives, scope: .schema)
        visitDirectives(node.directives, at: .schema)
        for operationType in node.operationTypes { visitNamedType(operationType.type) }
    }

    private mutating func visitType(_ node: TypeDefinition, isExtension: Bool) {
        let name = node.name.value
        if !isExtension { checkUniqueTypeName(node.name) }
        switch node {
        case let .enumType(d): checkUniqueEnumValueNames(name, d.values)
        case let .object(d):
            checkUniqueFieldNames(name, d.fields.map(\.name))
            checkUniqueArgumentDefinitionNames(typeName: name, d.fields)
        case let .interface(d):
            checkUniqueFieldNames(name, d.fields.map(\.name))
            checkUniqueArgumentDefinitionNames(typeName: name, d.fields)
        case let .inputObject(d): checkUniqueFieldNames(name, d.fields.map(\.name))
        default: break
        }
        checkUniqueDirectivesPerLocation(node.directives, scope: .type(name))
        if isExtension { checkPossibleTypeExtension(node) }
        switch node {
        case let .scalar(d):
            visitDirectives(d.directives, at: .scalar)
        case let .object(d):
            for i in d.interfaces { visitNamedType(i) }
            visitDirectives(d.directives, at: .object)
            for field in d.fields { visitFieldDefinition(field) }
        case let .interface(d):
            for i in d.interfaces { visitNamedType(i) }
            visitDirectives(d.directives, at: .interface)
            for field in d.fields { visitFieldDefinition(field) }
        case let .union(d):
            visitDirectives(d.directives, at: .union)
            for member in d.types { visitNamedType(member) }
        case let .enumType(d):
            visitDirectives(d.directives, at: .enumType)
            for value in d.values {
                checkUniqueDirectivesPerLocation(value.directives, scope: .node)
                visitDirectives(value.directives, at: .enumValue)
            }
        case let .inputObject(d):
            visitDirectives(d.directives, at: .inputObject)
            for field in d.fields { visitInputValue(field, at: .inputFieldDefinition) }
        }
    }

    private mutating func visitFieldDefinition(_ node: FieldDefinition) {
        checkUniqueDirectivesPerLocation(node.directives, scope: .node)
        for argument in node.arguments { visitInputValue(argument, at: .argumentDefinition) }
        visitNamedType(node.type.namedType)
        visitDirectives(node.directives, at: .fieldDefinition)
    }

    private mutating func visitInputValue(_ node: InputValueDefinition, at location: DirectiveLocation) {
        checkUniqueDirectivesPerLocation(node.directives, scope: .node)
        visitNamedType(node.type.namedType)
        if let value = node.defaultValue { visitValue(value) }
        visitDirectives(node.directives, at: location)
    }

    private mutating func visitDirectiveDefinition(_ node: DirectiveDefinition) {
        checkUniqueArgumentNames(parent: "@" + node.name.value, node.arguments)
        checkUniqueDirectiveName(node.name)
        for argument in node.arguments { visitInputValue(argument, at: .argumentDefinition) }
    }

    mutating func visitDirectives(_ directives: [Directive], at location: DirectiveLocation) {
        for directive in directives {
            checkKnownDirective(directive, at: location)
            checkKnownArgumentNames(directive)
            checkUniqueArguments(directive)
            for argument in directive.arguments { visitValue(argument.value) }
            checkProvidedRequiredArguments(directive)
        }
    }

    mutating func visitValue(_ value: Value) {
        switch value {
        case let .list(list): for item in list.values { visitValue(item) }
        case let .object(object):
            var known: [String: Name] = [:]
            for field in object.fields {
                if let first = known[field.name.value] {
                    report("There can be only one input field named \"\(field.name.value)\".", [first.loc, field.name.loc])
                } else {
                    known[field.name.value] = field.name
                }
                visitValue(field.value)
            }
        default: break
        }
    }
}

extension TypeNode {
    /// Whether the outermost wrapper is non-null.
    var isNonNullNode: Bool {
        if case .nonNull = self { return true }
        return false
    }
}

extension TypeSystemExtension {
    /// A type extension in the shape of the definition it extends; nil for `extend schema`.
    var typeDefinition: TypeDefinition? {
        switch self {
        case .schema: nil
        case let .scalar(d): .scalar(d)
        case let .object(d): .object(d)
        case let .interface(d): .interface(d)
        case let .union(d): .union(d)
        case let .enumType(d): .enumType(d)
        case let .inputObject(d): .inputObject(d)
        }
    }
}

extension TypeDefinition {
    /// The directives applied to the definition.
    var directives: [Directive] {
        switch self {
        case let .scalar(d): d.directives
        case let .object(d): d.directives
        case let .interface(d): d.directives
        case let .union(d): d.directives
        case let .enumType(d): d.directives
        case let .inputObject(d): d.directives
        }
    }

    /// The description, if written.
    var descriptionValue: StringValue? {
        switch self {
        case let .scalar(d): d.description
        case let .object(d): d.description
        case let .interface(d): d.description
        case let .union(d): d.description
        case let .enumType(d): d.description
        case let .inputObject(d): d.description
        }
    }
}
