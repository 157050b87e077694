/// An `extend …` in SDL (spec: TypeSystemExtension).
///
/// Each extension reuses the definition's node shape; descriptions are not allowed on extensions
/// and stay `nil`. An extension must add something (the parser enforces the grammar's
/// "at least one of" forms, as graphql-js does).
public enum TypeSystemExtension: Sendable, Hashable {
    /// `extend schema @directives { query: Query }`
    case schema(SchemaDefinition)
    /// `extend scalar Name @directives`
    case scalar(ScalarTypeDefinition)
    /// `extend type Name implements A @directives { fields }`
    case object(ObjectTypeDefinition)
    /// `extend interface Name implements A @directives { fields }`
    case interface(InterfaceTypeDefinition)
    /// `extend union Name @directives = A | B`
    case union(UnionTypeDefinition)
    /// `extend enum Name @directives { VALUES }`
    case enumType(EnumTypeDefinition)
    /// `extend input Name @directives { fields }`
    case inputObject(InputObjectTypeDefinition)

    public var loc: Location {
        switch self {
        case let .schema(d): d.loc
        case let .scalar(d): d.loc
        case let .object(d): d.loc
        case let .interface(d): d.loc
        case let .union(d): d.loc
        case let .enumType(d): d.loc
        case let .inputObject(d): d.loc
        }
    }
}
