/// `@name(arguments)` applied to a node (spec: Directive).
public struct Directive: Sendable, Hashable {
    public var name: Name
    public var arguments: [Argument]
    public var loc: Location

    public init(name: Name, arguments: [Argument] = [], loc: Location = .synthetic) {
        self.name = name
        self.arguments = arguments
        self.loc = loc
    }
}

/// `name: value` in a field's or directive's arguments (spec: Argument).
public struct Argument: Sendable, Hashable {
    public var name: Name
    public var value: Value
    public var loc: Location

    public init(name: Name, value: Value, loc: Location = .synthetic) {
        self.name = name
        self.value = value
        self.loc = loc
    }
}
