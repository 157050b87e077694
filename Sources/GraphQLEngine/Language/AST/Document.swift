/// A parsed GraphQL document (spec: Document).
///
/// Executable documents hold operations and fragments; SDL documents hold type system
/// definitions and extensions. The parser accepts both kinds (as graphql-js' `parse` does);
/// validation decides what is allowed where.
public struct Document: Sendable, Hashable {
    public var definitions: [Definition]
    public var loc: Location
    /// The source this document was parsed from, for computing line and column of its nodes.
    public var source: Source?

    public init(definitions: [Definition], loc: Location = .synthetic, source: Source? = nil) {
        self.definitions = definitions
        self.loc = loc
        self.source = source
    }

    public static func == (lhs: Document, rhs: Document) -> Bool { lhs.definitions == rhs.definitions }
    public func hash(into hasher: inout Hasher) { hasher.combine(definitions) }
}

/// One top-level definition of a document (spec: Definition).
public enum Definition: Sendable, Hashable {
    case operation(OperationDefinition)
    case fragment(FragmentDefinition)
    case typeSystem(TypeSystemDefinition)
    case typeSystemExtension(TypeSystemExtension)

    public var loc: Location {
        switch self {
        case let .operation(d): d.loc
        case let .fragment(d): d.loc
        case let .typeSystem(d): d.loc
        case let .typeSystemExtension(d): d.loc
        }
    }
}
