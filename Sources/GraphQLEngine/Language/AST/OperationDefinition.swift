/// `query`, `mutation` or `subscription` (spec: OperationType).
public enum OperationType: String, Sendable, Hashable, CaseIterable {
    case query
    case mutation
    case subscription
}

/// An operation (spec: OperationDefinition). The query shorthand `{ … }` parses as an
/// anonymous `query` with ``isShorthand`` set, so the printer can print it back the same way.
public struct OperationDefinition: Sendable, Hashable {
    public var operation: OperationType
    public var name: Name?
    public var variableDefinitions: [VariableDefinition]
    public var directives: [Directive]
    public var selectionSet: SelectionSet
    public var isShorthand: Bool
    public var loc: Location

    public init(
        operation: OperationType, name: Name? = nil, variableDefinitions: [VariableDefinition] = [],
        directives: [Directive] = [], selectionSet: SelectionSet, isShorthand: Bool = false,
        loc: Location = .synthetic
    ) {
        self.operation = operation
        self.name = name
        self.variableDefinitions = variableDefinitions
        self.directives = directives
        self.selectionSet = selectionSet
        self.isShorthand = isShorthand
        self.loc = loc
    }
}

/// `$name: Type = default @directives` (spec: VariableDefinition).
public struct VariableDefinition: Sendable, Hashable {
    public var variable: Variable
    public var type: TypeNode
    public var defaultValue: Value?
    public var directives: [Directive]
    public var loc: Location

    public init(variable: Variable, type: TypeNode, defaultValue: Value? = nil,
                directives: [Directive] = [], loc: Location = .synthetic) {
        self.variable = variable
        self.type = type
        self.defaultValue = defaultValue
        self.directives = directives
        self.loc = loc
    }
}

/// `$name` (spec: Variable). `loc` covers the `$` and the name.
public struct Variable: Sendable, Hashable {
    public var name: Name
    public var loc: Location

    public init(name: Name, loc: Location = .synthetic) {
        self.name = name
        self.loc = loc
    }
}

extension OperationDefinition {
    /// Structural equality, like ``Location``'s: `isShorthand` is how the operation was written,
    /// not what it is. graphql-js prints every anonymous query without variables and directives as
    /// `{ … }`, so `query { a }` and `{ a }` must compare equal for `parse(print(doc)) == doc`.
    public static func == (lhs: OperationDefinition, rhs: OperationDefinition) -> Bool {
        lhs.operation == rhs.operation && lhs.name == rhs.name && lhs.variableDefinitions == rhs.variableDefinitions
            && lhs.directives == rhs.directives && lhs.selectionSet == rhs.selectionSet
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(operation)
        hasher.combine(name)
        hasher.combine(variableDefinitions)
        hasher.combine(directives)
        hasher.combine(selectionSet)
    }
}
