/// Default values that do not coerce to their type are dropped when a schema is built from SDL,
/// as graphql-js does: `buildASTSchema` stores `valueFromAST(literal, type)`, which is `undefined`
/// for an invalid literal. Such an argument or input field then has no default: it is required
/// when non-null, introspection reports `defaultValue: null`, and the printer shows no default.
extension GraphQLSchema {
    /// Removes every default value that does not coerce, repeating until none is removed (a
    /// removed default can invalidate an input object literal that relied on it).
    mutating func dropInvalidDefaultValues() {
        var changed = true
        while changed {
            changed = false
            let snapshot = self
            func check(_ argument: inout GraphQLArgument) {
                guard let literal = argument.defaultValue, snapshot.coerceLiteral(literal, to: argument.type) == nil
                else { return }
                argument.defaultValue = nil
                changed = true
            }
            for name in typeNames {
                switch typeMap[name] {
                case var .object(t):
                    t.fields.update { field in for i in field.arguments.indices { check(&field.arguments[i]) } }
                    typeMap[name] = .object(t)
                case var .interface(t):
                    t.fields.update { field in for i in field.arguments.indices { check(&field.arguments[i]) } }
                    typeMap[name] = .interface(t)
                case var .inputObject(t):
                    t.fields.update { field in check(&field) }
                    typeMap[name] = .inputObject(t)
                default: break
                }
            }
            for d in directives.indices {
                for i in directives[d].arguments.indices { check(&directives[d].arguments[i]) }
            }
        }
    }
}
