/// The walk over type system definitions and extensions found in an executable document.
///
/// ``ExecutableDefinitionsRule`` rejects them, but graphql-js still visits them with every rule,
/// so their type references, directives and directive arguments are checked as well. The same is
/// done here, in graphql-js' key order.
extension ValidationContext {
    func walkTypeSystemDefinition(_ definition: TypeSystemDefinition) {
        switch definition {
        case let .schema(schemaDefinition): walkSchemaDefinition(schemaDefinition)
        case let .type(typeDefinition): walkTypeDefinition(typeDefinition, isExtension: false)
        case let .directive(directiveDefinition):
            for argument in directiveDefinition.arguments {
                walkInputValueDefinition(argument, location: .argumentDefinition)
            }
        }
    }

    func walkTypeSystemExtension(_ typeExtension: TypeSystemExtension) {
        switch typeExtension {
        case let .schema(d): walkSchemaDefinition(d)
        case let .scalar(d): walkTypeDefinition(.scalar(d), isExtension: true)
        case let .object(d): walkTypeDefinition(.object(d), isExtension: true)
        case let .interface(d): walkTypeDefinition(.interface(d), isExtension: true)
        case let .union(d): walkTypeDefinition(.union(d), isExtension: true)
        case let .enumType(d): walkTypeDefinition(.enumType(d), isExtension: true)
        case let .inputObject(d): walkTypeDefinition(.inputObject(d), isExtension: true)
        }
    }

    private func walkSchemaDefinition(_ node: SchemaDefinition) {
        walkTypeSystemDirectives(node.directives, sharedKey: "", location: .schema)
        for operationType in node.operationTypes { visitNamedType(operationType.type) }
    }

    private func walkTypeDefinition(_ definition: TypeDefinition, isExtension: Bool) {
        let key = definition.name.value
        switch definition {
        case let .scalar(d):
            walkTypeSystemDirectives(d.directives, sharedKey: key, location: .scalar)
        case let .object(d):
            enterDirectives(d.directives, sharedKey: key)
            for interface in d.interfaces { visitNamedType(interface) }
            walkDirectives(d.directives, location: .object)
            for field in d.fields { walkFieldDefinition(field) }
        case let .interface(d):
            enterDirectives(d.directives, sharedKey: key)
            for interface in d.interfaces { visitNamedType(interface) }
            walkDirectives(d.directives, location: .interface)
            for field in d.fields { walkFieldDefinition(field) }
        case let .union(d):
            walkTypeSystemDirectives(d.directives, sharedKey: key, location: .union)
            for member in d.types { visitNamedType(member) }
        case let .enumType(d):
            walkTypeSystemDirectives(d.directives, sharedKey: key, location: .enumType)
            for value in d.values {
                walkTypeSystemDirectives(value.directives, sharedKey: nil, location: .enumValue)
            }
        case let .inputObject(d):
            walkTypeSystemDirectives(d.directives, sharedKey: key, location: .inputObject)
            // graphql-js names the location from the grandparent's kind, so fields of an input
            // object *extension* count as ARGUMENT_DEFINITION.
            let location: DirectiveLocation = isExtension ? .argumentDefinition : .inputFieldDefinition
            for field in d.fields { walkInputValueDefinition(field, location: location) }
        }
    }

    private func walkFieldDefinition(_ node: FieldDefinition) {
        enterDirectives(node.directives, sharedKey: nil)
        for argument in node.arguments { walkInputValueDefinition(argument, location: .argumentDefinition) }
        visitNamedType(node.type.namedType)
        walkDirectives(node.directives, location: .fieldDefinition)
    }

    private func walkInputValueDefinition(_ node: InputValueDefinition, location: DirectiveLocation) {
        enterDirectives(node.directives, sharedKey: nil)
        visitNamedType(node.type.namedType)
        if let value = node.defaultValue { walkValue(value) }
        walkDirectives(node.directives, location: location)
    }

    /// A node's directives: first the per-node hook (when the node is entered), then each one.
    private func walkTypeSystemDirectives(_ directives: [Directive], sharedKey: String?, location: DirectiveLocation) {
        enterDirectives(directives, sharedKey: sharedKey)
        walkDirectives(directives, location: location)
    }

    private func enterDirectives(_ directives: [Directive], sharedKey: String?) {
        if directives.isEmpty { return }
        for i in dispatch.enterDirectives { rules[i].enterDirectives(directives, sharedKey: sharedKey, self) }
    }

    private func visitNamedType(_ node: NamedType) {
        for i in dispatch.enterNamedType { rules[i].enterNamedType(node, inTypeSystem: true, self) }
    }
}
