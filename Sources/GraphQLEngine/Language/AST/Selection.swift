/// `{ selection … }` (spec: SelectionSet).
public struct SelectionSet: Sendable, Hashable {
    public var selections: [Selection]
    public var loc: Location

    public init(selections: [Selection], loc: Location = .synthetic) {
        self.selections = selections
        self.loc = loc
    }
}

/// One entry of a selection set (spec: Selection).
public enum Selection: Sendable, Hashable {
    case field(Field)
    case fragmentSpread(FragmentSpread)
    case inlineFragment(InlineFragment)

    public var loc: Location {
        switch self {
        case let .field(f): f.loc
        case let .fragmentSpread(s): s.loc
        case let .inlineFragment(i): i.loc
        }
    }
}

/// `alias: name(arguments) @directives { … }` (spec: Field).
public struct Field: Sendable, Hashable {
    public var alias: Name?
    public var name: Name
    public var arguments: [Argument]
    public var directives: [Directive]
    public var selectionSet: SelectionSet?
    public var loc: Location

    public init(alias: Name? = nil, name: Name, arguments: [Argument] = [], directives: [Directive] = [],
                selectionSet: SelectionSet? = nil, loc: Location = .synthetic) {
        self.alias = alias
        self.name = name
        self.arguments = arguments
        self.directives = directives
        self.selectionSet = selectionSet
        self.loc = loc
    }

    /// The key of this field in the response: the alias if present, else the name.
    public var responseKey: String { alias?.value ?? name.value }
}

/// `...Name @directives` (spec: FragmentSpread).
public struct FragmentSpread: Sendable, Hashable {
    public var name: Name
    public var directives: [Directive]
    public var loc: Location

    public init(name: Name, directives: [Directive] = [], loc: Location = .synthetic) {
        self.name = name
        self.directives = directives
        self.loc = loc
    }
}

/// `... on Type @directives { … }` (spec: InlineFragment); the type condition is optional.
public struct InlineFragment: Sendable, Hashable {
    public var typeCondition: NamedType?
    public var directives: [Directive]
    public var selectionSet: SelectionSet
    public var loc: Location

    public init(typeCondition: NamedType? = nil, directives: [Directive] = [], selectionSet: SelectionSet,
                loc: Location = .synthetic) {
        self.typeCondition = typeCondition
        self.directives = directives
        self.selectionSet = selectionSet
        self.loc = loc
    }
}
