/// `fragment Name on Type @directives { … }` (spec: FragmentDefinition).
public struct FragmentDefinition: Sendable, Hashable {
    public var name: Name
    public var typeCondition: NamedType
    public var directives: [Directive]
    public var selectionSet: SelectionSet
    public var loc: Location

    public init(name: Name, typeCondition: NamedType, directives: [Directive] = [], selectionSet: SelectionSet,
                loc: Location = .synthetic) {
        self.name = name
        self.typeCondition = typeCondition
        self.directives = directives
        self.selectionSet = selectionSet
        self.loc = loc
    }
}
