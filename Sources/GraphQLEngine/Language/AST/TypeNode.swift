/// A type reference written in a document (spec: Type): `Name`, `[Type]` or `Type!`.
public indirect enum TypeNode: Sendable, Hashable {
    case named(NamedType)
    case list(TypeNode, loc: Location)
    case nonNull(TypeNode, loc: Location)

    public var loc: Location {
        switch self {
        case let .named(n): n.loc
        case let .list(_, loc), let .nonNull(_, loc): loc
        }
    }

    /// The named type at the bottom of the wrappers.
    public var namedType: NamedType {
        switch self {
        case let .named(n): n
        case let .list(inner, _), let .nonNull(inner, _): inner.namedType
        }
    }
}

/// A type name in a document (spec: NamedType).
public struct NamedType: Sendable, Hashable {
    public var name: Name
    public var loc: Location

    public init(name: Name, loc: Location = .synthetic) {
        self.name = name
        self.loc = loc
    }
}
