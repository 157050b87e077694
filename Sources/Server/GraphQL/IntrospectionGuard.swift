import GraphQLEngine

/// Refuses documents that select `__schema` or `__type` when introspection is switched off
/// (`__typename` stays allowed: clients need it for abstract types).
enum IntrospectionGuard {
    static let message = "GraphQL introspection is not allowed here, but the query contained __schema or __type."

    /// One error per introspection field, located, in document order.
    static func errors(in document: Document) -> [GraphQLError] {
        var errors: [GraphQLError] = []
        func visit(_ set: SelectionSet) {
            for selection in set.selections {
                switch selection {
                case let .field(field):
                    if field.name.value == "__schema" || field.name.value == "__type" {
                        let locations = document.source.map { [$0.location(ofOffset: field.loc.start)] } ?? []
                        errors.append(GraphQLError(message, locations: locations,
                                                   extensions: [(key: "code", value: "GRAPHQL_VALIDATION_FAILED")]))
                    }
                    if let nested = field.selectionSet { visit(nested) }
                case let .inlineFragment(fragment):
                    visit(fragment.selectionSet)
                case .fragmentSpread:
                    break
                }
            }
        }
        for definition in document.definitions {
            switch definition {
            case let .operation(o): visit(o.selectionSet)
            case let .fragment(f): visit(f.selectionSet)
            default: break
            }
        }
        return errors
    }
}
