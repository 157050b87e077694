/// One rule of the spec's Validation section, driven by the single traversal of
/// ``ValidationContext`` (spec: Validation, https://spec.graphql.org/draft/#sec-Validation).
///
/// The traversal calls the hooks in document order, the same order as graphql-js'
/// `visitInParallel` over `visitWithTypeInfo`: a node's `enter` hooks run for every rule in
/// ``specifiedRules`` order after the type information for the node is set, then its children are
/// walked, then its `leave` hooks run. Every hook has an empty default, so a rule implements only
/// the hooks it needs. Rules keep their own state; a fresh instance is made for each validation.
/// The context is passed to every hook (rules never store it).
public protocol ValidationRule: AnyObject, SendableMetatype {
    /// The hooks this rule implements; the walk calls no other hook on it.
    static var hooks: ValidationHooks { get }

    init()

    func enterDocument(_ node: Document, _ context: ValidationContext)
    func leaveDocument(_ node: Document, _ context: ValidationContext)
    func enterOperation(_ node: OperationDefinition, _ context: ValidationContext)
    func leaveOperation(_ node: OperationDefinition, _ context: ValidationContext)
    func enterVariableDefinition(_ node: VariableDefinition, _ context: ValidationContext)
    func enterFragmentDefinition(_ node: FragmentDefinition, _ context: ValidationContext)
    func enterSelectionSet(_ node: SelectionSet, _ context: ValidationContext)
    func enterField(_ node: Field, _ context: ValidationContext)
    func leaveField(_ node: Field, _ context: ValidationContext)
    func enterFragmentSpread(_ node: FragmentSpread, _ context: ValidationContext)
    func enterInlineFragment(_ node: InlineFragment, _ context: ValidationContext)
    /// The directives of the node just entered (after that node's `enter` hooks), with the key of
    /// the group they share uniqueness with: `nil` for executable nodes and SDL members, `""` for
    /// the schema definition and its extensions, the type name for type definitions and extensions.
    func enterDirectives(_ directives: [Directive], sharedKey: String?, _ context: ValidationContext)
    /// A directive applied at `location` (the location its parent node stands for).
    func enterDirective(_ node: Directive, location: DirectiveLocation, _ context: ValidationContext)
    func leaveDirective(_ node: Directive, _ context: ValidationContext)
    /// An argument of a field (`onDirective` false) or of a directive (`onDirective` true).
    func enterArgument(_ node: Argument, onDirective: Bool, _ context: ValidationContext)
    /// A named type reference; `inTypeSystem` is true inside type system definitions/extensions.
    func enterNamedType(_ node: NamedType, inTypeSystem: Bool, _ context: ValidationContext)
    /// An int, float, string, boolean or enum literal.
    func enterScalarValue(_ node: Value, _ context: ValidationContext)
    func enterNullValue(_ node: NullValue, _ context: ValidationContext)
    func enterListValue(_ node: ListValue, _ context: ValidationContext)
    func leaveListValue(_ node: ListValue, _ context: ValidationContext)
    func enterObjectValue(_ node: ObjectValue, _ context: ValidationContext)
    func leaveObjectValue(_ node: ObjectValue, _ context: ValidationContext)
    func enterObjectField(_ node: ObjectField, _ context: ValidationContext)
}

extension ValidationRule {
    public func enterDocument(_ node: Document, _ context: ValidationContext) {}
    public func leaveDocument(_ node: Document, _ context: ValidationContext) {}
    public func enterOperation(_ node: OperationDefinition, _ context: ValidationContext) {}
    public func leaveOperation(_ node: OperationDefinition, _ context: ValidationContext) {}
    public func enterVariableDefinition(_ node: VariableDefinition, _ context: ValidationContext) {}
    public func enterFragmentDefinition(_ node: FragmentDefinition, _ context: ValidationContext) {}
    public func enterSelectionSet(_ node: SelectionSet, _ context: ValidationContext) {}
    public func enterField(_ node: Field, _ context: ValidationContext) {}
    public func leaveField(_ node: Field, _ context: ValidationContext) {}
    public func enterFragmentSpread(_ node: FragmentSpread, _ context: ValidationContext) {}
    public func enterInlineFragment(_ node: InlineFragment, _ context: ValidationContext) {}
    public func enterDirectives(_ directives: [Directive], sharedKey: String?, _ context: ValidationContext) {}
    public func enterDirective(_ node: Directive, location: DirectiveLocation, _ context: ValidationContext) {}
    public func leaveDirective(_ node: Directive, _ context: ValidationContext) {}
    public func enterArgument(_ node: Argument, onDirective: Bool, _ context: ValidationContext) {}
    public func enterNamedType(_ node: NamedType, inTypeSystem: Bool, _ context: ValidationContext) {}
    public func enterScalarValue(_ node: Value, _ context: ValidationContext) {}
    public func enterNullValue(_ node: NullValue, _ context: ValidationContext) {}
    public func enterListValue(_ node: ListValue, _ context: ValidationContext) {}
    public func leaveListValue(_ node: ListValue, _ context: ValidationContext) {}
    public func enterObjectValue(_ node: ObjectValue, _ context: ValidationContext) {}
    public func leaveObjectValue(_ node: ObjectValue, _ context: ValidationContext) {}
    public func enterObjectField(_ node: ObjectField, _ context: ValidationContext) {}
}
