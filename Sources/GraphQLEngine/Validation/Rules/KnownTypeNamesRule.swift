/// Fragment Spread Type Existence and Variables Are Input Types' precondition: every named type
/// in the document exists in the schema (graphql-js `KnownTypeNamesRule`; spec:
/// https://spec.graphql.org/draft/#sec-Fragment-Spread-Type-Existence).
///
/// Type system definitions in the document count as known; inside them, the built-in scalars and
/// introspection types are known too (graphql-js' SDL behaviour).
public final class KnownTypeNamesRule: ValidationRule {
    public static let hooks: ValidationHooks = [.enterDocument, .enterNamedType]
    private var definedInDocument: [String] = []
    private var definedSet: Set<String> = []

    public init() {}

    public func enterDocument(_ node: Document, _ context: ValidationContext) {
        for case let .typeSystem(.type(definition)) in node.definitions {
            let name = definition.name.value
            if definedSet.insert(name).inserted { definedInDocument.append(name) }
        }
    }

    public func enterNamedType(_ node: NamedType, inTypeSystem: Bool, _ context: ValidationContext) {
        let name = node.name.value
        if context.index.type(named: name) != nil || definedSet.contains(name) { return }
        let standard = GraphQLScalarType.specifiedNames + GraphQLSchema.introspectionTypeNames
        if inTypeSystem && standard.contains(name) { return }
        let known = context.schema.typeNames + definedInDocument
        let suggestions = suggestionList(name, inTypeSystem ? standard + known : known)
        context.report("Unknown type \"\(name)\"." + didYouMean(nil, suggestions), at: node.loc)
    }
}
