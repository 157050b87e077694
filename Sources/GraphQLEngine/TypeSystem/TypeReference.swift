/// A reference to a type by name, possibly wrapped in lists and non-null (spec: Type References).
///
/// Schema types refer to each other by name, so the schema stays a tree of values.
public indirect enum TypeReference: Sendable, Hashable, CustomStringConvertible {
    case named(String)
    case list(TypeReference)
    case nonNull(TypeReference)

    /// Builds the reference a document's type node spells.
    public init(_ node: TypeNode) {
        switch node {
        case let .named(n): self = .named(n.name.value)
        case let .list(inner, _): self = .list(TypeReference(inner))
        case let .nonNull(inner, _): self = .nonNull(TypeReference(inner))
        }
    }

    /// The name of the named type under all wrappers.
    public var namedType: String {
        switch self {
        case let .named(name): name
        case let .list(inner), let .nonNull(inner): inner.namedType
        }
    }

    /// Whether the outermost wrapper is non-null.
    public var isNonNull: Bool {
        if case .nonNull = self { return true }
        return false
    }

    /// Whether the type (after stripping one non-null) is a list.
    public var isList: Bool {
        switch self {
        case .list: true
        case let .nonNull(inner): inner.isList
        case .named: false
        }
    }

    /// The type without its outer non-null, or itself when nullable.
    public var nullable: TypeReference {
        if case let .nonNull(inner) = self { return inner }
        return self
    }

    /// The element type of a (possibly non-null) list, or nil for a named type.
    public var listItem: TypeReference? {
        switch nullable {
        case let .list(item): item
        default: nil
        }
    }

    /// The printed form, e.g. `[Int!]!`.
    public var description: String {
        switch self {
        case let .named(name): name
        case let .list(inner): "[\(inner.description)]"
        case let .nonNull(inner): "\(inner.description)!"
        }
    }
}
