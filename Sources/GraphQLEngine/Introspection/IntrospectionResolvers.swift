/// Resolvers of the introspection meta-fields and types
/// (spec: [Introspection](https://spec.graphql.org/draft/#sec-Introspection), graphql-js
/// `type/introspection.js`). Values are small classes over the schema model; nothing is cached
/// between requests.
enum IntrospectionResolvers {
    /// The built-in resolver of `type.field`, if it is an introspection field.
    static func resolver(type: String, field: String, queryType: String?) -> AnyFieldResolver? {
        if type == queryType {
            if field == "__schema" { return { _, _, _, info in .object(SchemaObject(info.schema)) } }
            if field == "__type" {
                return { _, args, _, info in
                    guard case let .string(name)? = args["name"], let t = info.schema.type(named: name) else { return .null }
                    return .object(TypeObject(.named(name), t, info.schema))
                }
            }
        }
        guard type.hasPrefix("__") else { return nil }
        switch type {
        case "__Schema": return schemaField(field)
        case "__Type": return typeField(field)
        case "__Field": return fieldField(field)
        case "__InputValue": return inputValueField(field)
        case "__EnumValue": return enumValueField(field)
        case "__Directive": return directiveField(field)
        default: return nil
        }
    }

    static func string(_ s: String?) -> FieldValue { s.map { .value(.string($0)) } ?? .null }

    static func includeDeprecated(_ args: GraphQLObjectValue) -> Bool {
        if case .bool(true)? = args["includeDeprecated"] { return true }
        return false
    }

    private static func schemaField(_ name: String) -> AnyFieldResolver? {
        switch name {
        case "description": return { s, _, _, _ in string((s as! SchemaObject).schema.description) }
        case "types":
            return { s, _, _, _ in
                let schema = (s as! SchemaObject).schema
                return .list(schema.typeNames.compactMap { n in schema.type(named: n).map { .object(TypeObject(.named(n), $0, schema)) } })
            }
        case "queryType": return { s, _, _, _ in (s as! SchemaObject).root(\.queryTypeName) }
        case "mutationType": return { s, _, _, _ in (s as! SchemaObject).root(\.mutationTypeName) }
        case "subscriptionType": return { s, _, _, _ in (s as! SchemaObject).root(\.subscriptionTypeName) }
        case "directives":
            return { s, _, _, _ in
                let schema = (s as! SchemaObject).schema
                return .list(schema.directives.map { .object(DirectiveObject($0, schema)) })
            }
        default: return nil
        }
    }

    private static func fieldField(_ name: String) -> AnyFieldResolver? {
        switch name {
        case "name": return { s, _, _, _ in .value(.string((s as! FieldObject).field.name)) }
        case "description": return { s, _, _, _ in string((s as! FieldObject).field.description) }
        case "args":
            return { s, args, _, _ in
                let f = s as! FieldObject
                let all = includeDeprecated(args)
                return .list(f.field.arguments.filter { all || !$0.isDeprecated }.map { .object(InputValueObject($0, f.schema)) })
            }
        case "type": return { s, _, _, _ in (s as! FieldObject).typeObject((s as! FieldObject).field.type) }
        case "isDeprecated": return { s, _, _, _ in .value(.bool((s as! FieldObject).field.isDeprecated)) }
        case "deprecationReason": return { s, _, _, _ in string((s as! FieldObject).field.deprecationReason) }
        default: return nil
        }
    }

    private static func inputValueField(_ name: String) -> AnyFieldResolver? {
        switch name {
        case "name": return { s, _, _, _ in .value(.string((s as! InputValueObject).argument.name)) }
        case "description": return { s, _, _, _ in string((s as! InputValueObject).argument.description) }
        case "type": return { s, _, _, _ in (s as! InputValueObject).typeObject((s as! InputValueObject).argument.type) }
        case "defaultValue": return { s, _, _, _ in string((s as! InputValueObject).printedDefault) }
        case "isDeprecated": return { s, _, _, _ in .value(.bool((s as! InputValueObject).argument.isDeprecated)) }
        case "deprecationReason": return { s, _, _, _ in string((s as! InputValueObject).argument.deprecationReason) }
        default: return nil
        }
    }

    private static func enumValueField(_ name: String) -> AnyFieldResolver? {
        switch name {
        case "name": return { s, _, _, _ in .value(.string((s as! EnumValueObject).value.name)) }
        case "description": return { s, _, _, _ in string((s as! EnumValueObject).value.description) }
        case "isDeprecated": return { s, _, _, _ in .value(.bool((s as! EnumValueObject).value.isDeprecated)) }
        case "deprecationReason": return { s, _, _, _ in string((s as! EnumValueObject).value.deprecationReason) }
        default: return nil
        }
    }

    private static func directiveField(_ name: String) -> AnyFieldResolver? {
        switch name {
        case "name": return { s, _, _, _ in .value(.string((s as! DirectiveObject).directive.name)) }
        case "description": return { s, _, _, _ in string((s as! DirectiveObject).directive.description) }
        case "isRepeatable": return { s, _, _, _ in .value(.bool((s as! DirectiveObject).directive.isRepeatable)) }
        case "locations":
            return { s, _, _, _ in .value(.list((s as! DirectiveObject).directive.locations.map { .string($0.rawValue) })) }
        case "args":
            return { s, args, _, _ in
                let d = s as! DirectiveObject
                let all = includeDeprecated(args)
                return .list(d.directive.arguments.filter { all || !$0.isDeprecated }.map { .object(InputValueObject($0, d.schema)) })
            }
        default: return nil
        }
    }
}
