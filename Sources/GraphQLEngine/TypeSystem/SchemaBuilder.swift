/// Builds or extends a schema from SDL (graphql-js `buildASTSchema` and `extendSchemaImpl`;
/// spec: Type System, https://spec.graphql.org/October2021/#sec-Type-System, and Type System Extensions).
///
/// Types keep document order; extensions apply in document order; `schema { }` and `extend schema`
/// set the root types; without a `schema` definition a new schema takes the types named `Query`,
/// `Mutation` and `Subscription` as roots.
struct SchemaBuilder {
    let document: Document
    var typeDefinitions: [TypeDefinition] = []
    var typeExtensions: [String: [TypeDefinition]] = [:]
    var directiveDefinitions: [DirectiveDefinition] = []
    var schemaDefinition: SchemaDefinition?
    var schemaExtensions: [SchemaDefinition] = []

    init(document: Document) {
        self.document = document
        for definition in document.definitions {
            switch definition {
            case let .typeSystem(.schema(node)): schemaDefinition = node
            case let .typeSystemExtension(.schema(node)): schemaExtensions.append(node)
            case let .typeSystem(.type(node)): typeDefinitions.append(node)
            case let .typeSystemExtension(ext):
                if let node = ext.typeDefinition { typeExtensions[node.name.value, default: []].append(node) }
            case let .typeSystem(.directive(node)): directiveDefinitions.append(node)
            case .operation, .fragment: break
            }
        }
    }

    /// Whether the document adds nothing to a schema.
    var isEmpty: Bool {
        typeDefinitions.isEmpty && typeExtensions.isEmpty && directiveDefinitions.isEmpty
            && schemaExtensions.isEmpty && schemaDefinition == nil
    }

    /// Builds a new schema (graphql-js `buildASTSchema` after `assertValidSDL`).
    func buildNew() throws(GraphQLError) -> GraphQLSchema {
        var types: [GraphQLNamedType] = []
        var seen: Set<String> = []
        for node in typeDefinitions {
            let type = try standardOrBuilt(node)
            if seen.insert(type.name).inserted {
                types.append(type)
            } else if let i = types.firstIndex(where: { $0.name == type.name }) {
                types[i] = type
            }
        }
        var roots = try operationTypes(base: (nil, nil, nil))
        if schemaDefinition == nil {
            for type in types {
                switch type.name {
                case "Query": roots.query = "Query"
                case "Mutation": roots.mutation = "Mutation"
                case "Subscription": roots.subscription = "Subscription"
                default: break
                }
            }
        }
        var directives = try buildDirectives()
        for builtIn in GraphQLDirective.specified where !directives.contains(where: { $0.name == builtIn.name }) {
            directives.append(builtIn)
        }
        var schema = GraphQLSchema(query: roots.query, mutation: roots.mutation, subscription: roots.subscription,
                                   types: types, directives: directives, description: schemaDefinition?.description?.value,
                                   astNode: schemaDefinition, extensionASTNodes: schemaExtensions,
                                   astSource: document.source)
        schema.dropInvalidDefaultValues()
        return schema
    }

    /// Extends an existing schema (graphql-js `extendSchema` after `assertValidSDLExtension`).
    func extend(_ schema: GraphQLSchema) throws(GraphQLError) -> GraphQLSchema {
        if isEmpty { return schema }
        var types: [GraphQLNamedType] = []
        var index: [String: Int] = [:]
        for type in schema.types {
            index[type.name] = types.count
            types.append(try extendType(type))
        }
        for node in typeDefinitions {
            let type = try standardOrBuilt(node)
            if let i = index[type.name] {
                types[i] = type
            } else {
                index[type.name] = types.count
                types.append(type)
            }
        }
        let roots = try operationTypes(base: (schema.queryTypeName, schema.mutationTypeName, schema.subscriptionTypeName))
        let directives = try schema.directives + buildDirectives()
        var extended = GraphQLSchema(query: roots.query, mutation: roots.mutation, subscription: roots.subscription,
                                     types: types, directives: directives,
                                     description: schemaDefinition?.description?.value ?? schema.description,
                                     astNode: schemaDefinition ?? schema.astNode,
                                     extensionASTNodes: schema.extensionASTNodes + schemaExtensions,
                                     astSource: schema.astSource ?? document.source)
        extended.dropInvalidDefaultValues()
        return extended
    }

    /// The built-in type of that name (a definition of `String` keeps the built-in), or the built type.
    private func standardOrBuilt(_ node: TypeDefinition) throws(GraphQLError) -> GraphQLNamedType {
        if let standard = GraphQLSchema.standardType(named: node.name.value) { return standard }
        return try buildType(node)
    }

    private func buildDirectives() throws(GraphQLError) -> [GraphQLDirective] {
        var directives: [GraphQLDirective] = []
        for node in directiveDefinitions { directives.append(try buildDirective(node)) }
        return directives
    }

    private func operationTypes(base: (String?, String?, String?)) throws(GraphQLError)
        -> (query: String?, mutation: String?, subscription: String?) {
        var roots = (query: base.0, mutation: base.1, subscription: base.2)
        for node in (schemaDefinition.map { [$0] } ?? []) + schemaExtensions {
            for operationType in node.operationTypes {
                let name = operationType.type.name.value
                switch operationType.operation {
                case .query: roots.query = name
                case .mutation: roots.mutation = name
                case .subscription: roots.subscription = name
                }
            }
        }
        return roots
    }

    /// Applies the document's extensions to a type of the schema being extended.
    private func extendType(_ type: GraphQLNamedType) throws(GraphQLError) -> GraphQLNamedType {
        if type.isIntrospectionType { return type }
        if case let .scalar(s) = type, s.isSpecified { return type }
        let extensions = typeExtensions[type.name] ?? []
        if extensions.isEmpty { return type }
        switch type {
        case var .scalar(t):
            for case let .scalar(node) in extensions {
                t.specifiedByURL = try specifiedByURL(node.directives) ?? t.specifiedByURL
                t.extensionASTNodes.append(node)
            }
            return .scalar(t)
        case var .object(t):
            for case let .object(node) in extensions {
                t.interfaces += node.interfaces.map(\.name.value)
                for field in try buildFields(node.fields) { t.fields.append(field) }
                t.extensionASTNodes.append(node)
            }
            return .object(t)
        case var .interface(t):
            for case let .interface(node) in extensions {
                t.interfaces += node.interfaces.map(\.name.value)
                for field in try buildFields(node.fields) { t.fields.append(field) }
                t.extensionASTNodes.append(node)
            }
            return .interface(t)
        case var .union(t):
            for case let .union(node) in extensions {
                t.possibleTypes += node.types.map(\.name.value)
                t.extensionASTNodes.append(node)
            }
            return .union(t)
        case var .enumType(t):
            for case let .enumType(node) in extensions {
                for value in try buildEnumValues(node.values) {
                    if let i = t.values.firstIndex(where: { $0.name == value.name }) { t.values[i] = value } else { t.values.append(value) }
                }
                t.extensionASTNodes.append(node)
            }
            return .enumType(t)
        case var .inputObject(t):
            for case let .inputObject(node) in extensions {
                for field in try buildInputValues(node.fields) { t.fields.append(field) }
                t.extensionASTNodes.append(node)
            }
            return .inputObject(t)
        }
    }
}
