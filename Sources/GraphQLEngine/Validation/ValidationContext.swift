/// The state of one validation: the schema and document, the type information of the node being
/// visited (graphql-js `TypeInfo`), the fragments by name, the variable usages, and the errors.
///
/// One context walks the document once (``ValidationContext+Traversal``) and fans every node out
/// to all rules. Type information is kept in plain stored properties that the walk saves and
/// restores around each node, so visiting a node allocates nothing.
public final class ValidationContext {
    /// The schema's precomputed look-ups.
    public let index: SchemaIndex
    public let document: Document
    public var schema: GraphQLSchema { index.schema }
    let maxErrors: Int
    let rules: [any ValidationRule]
    /// Which rules implement which hook.
    var dispatch: RuleDispatch

    /// The errors reported so far, in the order they were reported (document order).
    public private(set) var errors: [GraphQLError] = []
    /// Set once `maxErrors` errors were reported; the walk then stops.
    public private(set) var isAborted = false

    // MARK: Type information (graphql-js TypeInfo)

    /// The composite type whose selection set is being visited (nil when unknown or not composite).
    public internal(set) var parentType: IndexedType?
    /// The output type of the current field, operation or fragment.
    public internal(set) var type: TypeReference?
    /// The named type of ``type``.
    public internal(set) var namedOutputType: IndexedType?
    /// The definition of the current field.
    public internal(set) var fieldDef: IndexedField?
    /// The definition of the directive being visited.
    public internal(set) var directive: IndexedDirective?
    /// The definition of the argument being visited.
    public internal(set) var argument: IndexedInputValue?
    /// The input type expected where the current value stands.
    public internal(set) var inputType: TypeReference?
    /// The input type of the value enclosing the current one (the list or input object).
    public internal(set) var parentInputType: TypeReference?
    /// The default value of the argument or input field where the current value stands.
    public internal(set) var defaultValue: Value?

    // MARK: Fragments and variable usages

    /// The document's fragments by name (the last definition of a name wins, as in graphql-js),
    /// as positions in `fragmentList`.
    var fragmentIndexByName: [String: Int]?
    var fragmentList: [FragmentDefinition] = []
    /// Each fragment's spreads (``fragmentSpreads(of:)``) and the positions of their targets
    /// (-1 when unknown), computed on first use.
    var fragmentSpreadCache: [(spreads: [FragmentSpread], targets: [Int])?] = []
    var usageSink: [VariableUsage]?
    var fragmentUsages: [String: [VariableUsage]] = [:]
    var operationUsages: [VariableUsage] = []
    var recursiveUsagesCache: (start: Int, usages: [VariableUsage])?
    var directiveDefinitionsInDocument: [String: DirectiveDefinition] = [:]
    /// False when the document's text holds no `$`, so it uses no variable (a quick scan that
    /// spares collecting usages in the common case).
    lazy var mayHaveVariables: Bool = document.source.map { $0.bytes.contains(UInt8(ascii: "$")) } ?? true

    init(index: SchemaIndex, document: Document, rules: [any ValidationRule], dispatch: RuleDispatch, maxErrors: Int) {
        self.index = index
        self.dispatch = dispatch
        self.document = document
        self.rules = rules
        self.maxErrors = maxErrors
    }

    // MARK: Errors

    /// Reports an error at the start of each given node location (graphql-js `reportError`).
    ///
    /// When `maxErrors` errors were already reported, adds graphql-js' abort error instead and
    /// stops the validation.
    public func report(_ message: String, at locations: [Location]) {
        if isAborted { return }
        if errors.count >= maxErrors {
            errors.append(GraphQLError("Too many validation errors, error limit reached. Validation aborted."))
            isAborted = true
            return
        }
        var sourceLocations: [SourceLocation] = []
        if let source = document.source {
            sourceLocations.reserveCapacity(locations.count)
            for loc in locations { sourceLocations.append(source.location(ofOffset: loc.start)) }
        }
        errors.append(GraphQLError(message, locations: sourceLocations))
    }

    /// Reports an error located at one node.
    public func report(_ message: String, at location: Location) {
        report(message, at: [location])
    }

    // MARK: Fragments

    /// The fragment definition with this name; the last one when the name is defined twice, as in
    /// graphql-js.
    public func fragment(named name: String) -> FragmentDefinition? {
        fragmentIndex(named: name).map { fragmentList[$0] }
    }

    /// The position of the fragment with this name in ``fragmentList``.
    public func fragmentIndex(named name: String) -> Int? {
        buildFragmentTable()
        return fragmentIndexByName![name]
    }

    /// Indexes the document's fragments on first use.
    func buildFragmentTable() {
        if fragmentIndexByName == nil {
            var map: [String: Int] = [:]
            for case let .fragment(f) in document.definitions {
                if let i = map[f.name.value] {
                    fragmentList[i] = f
                } else {
                    map[f.name.value] = fragmentList.count
                    fragmentList.append(f)
                }
            }
            fragmentIndexByName = map
            fragmentSpreadCache = Array(repeating: nil, count: fragmentList.count)
        }
    }

    /// The named type for a type reference's innermost name.
    @inline(__always)
    public func namedType(_ reference: TypeReference?) -> IndexedType? {
        index.namedType(reference)
    }

    /// graphql-js `typeFromAST`: the type a type node spells, nil when its named type is unknown.
    public func typeReference(_ node: TypeNode) -> TypeReference? {
        index.type(named: node.namedType.name.value) == nil ? nil : TypeReference(node)
    }
}

/// One use of a variable inside an operation or fragment, with the input type and default value
/// expected where it stands (graphql-js `VariableUsage`).
public struct VariableUsage: Sendable {
    public var variable: Variable
    /// The input type of the position, nil when unknown.
    public var type: TypeReference?
    /// The default value of the argument or input field at the position, if any.
    public var defaultValue: Value?
    /// The input type of the enclosing list or input object, if any.
    public var parentType: TypeReference?
}
