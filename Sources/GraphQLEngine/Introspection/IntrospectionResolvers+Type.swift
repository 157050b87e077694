/// Resolvers of `__Type`'s fields.
extension IntrospectionResolvers {
    static func typeField(_ name: String) -> AnyFieldResolver? {
        switch name {
        case "kind": return { s, _, _, _ in .value(.string((s as! TypeObject).kind)) }
        case "name": return { s, _, _, _ in string((s as! TypeObject).named?.name) }
        case "description": return { s, _, _, _ in string((s as! TypeObject).named?.description) }
        case "specifiedByURL":
            return { s, _, _, _ in
                if case let .scalar(t)? = (s as! TypeObject).named { return string(t.specifiedByURL) }
                return .null
            }
        case "fields":
            return { s, args, _, _ in
                let t = s as! TypeObject
                guard let fields = t.named?.fields else { return .null }
                let all = includeDeprecated(args)
                return .list(fields.filter { all || !$0.isDeprecated }.map { .object(FieldObject($0, t.schema)) })
            }
        case "interfaces":
            return { s, _, _, _ in
                let t = s as! TypeObject
                switch t.named {
                case .object?, .interface?: return .list(t.named!.interfaces.map { t.typeObject(.named($0)) })
                default: return .null
                }
            }
        case "possibleTypes":
            return { s, _, _, _ in
                let t = s as! TypeObject
                guard let named = t.named, named.isAbstract else { return .null }
                return .list(t.schema.possibleTypes(of: named.name).map { t.typeObject(.named($0)) })
            }
        case "enumValues":
            return { s, args, _, _ in
                let t = s as! TypeObject
                guard case let .enumType(e)? = t.named else { return .null }
                let all = includeDeprecated(args)
                return .list(e.values.filter { all || !$0.isDeprecated }.map { .object(EnumValueObject($0)) })
            }
        case "inputFields":
            return { s, args, _, _ in
                let t = s as! TypeObject
                guard case let .inputObject(i)? = t.named else { return .null }
                let all = includeDeprecated(args)
                return .list(i.fields.filter { all || !$0.isDeprecated }.map { .object(InputValueObject($0, t.schema)) })
            }
        case "ofType":
            return { s, _, _, _ in
                let t = s as! TypeObject
                switch t.reference {
                case let .list(inner), let .nonNull(inner): return t.typeObject(inner)
                case .named: return .null
                }
            }
        case "isOneOf":
            return { s, _, _, _ in
                if case let .inputObject(i)? = (s as! TypeObject).named { return .value(.bool(i.isOneOf)) }
                return .null
            }
        default: return nil
        }
    }
}
