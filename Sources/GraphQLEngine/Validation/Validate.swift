/// Validates an executable document against a schema with all of the spec's validation rules,
/// in one walk (spec: Validation, https://spec.graphql.org/draft/#sec-Validation).
///
/// The errors come in document order with graphql-js' wording and locations. After
/// `options.maxErrors` errors, graphql-js' "Too many validation errors" error is added and
/// validation stops.
/// - Parameters:
///   - schema: a valid schema.
///   - document: a parsed document; locations are computed from its `source`.
///   - options: the error cap and the rules to run (all of ``specifiedRules`` by default).
/// - Returns: the errors; empty when the document is valid.
///
/// This builds the schema's ``SchemaIndex`` each time; to validate many documents against one
/// schema, make a ``DocumentValidator`` once and reuse it.
public func validate(schema: GraphQLSchema, document: Document,
                     options: ValidationOptions = ValidationOptions()) -> [GraphQLError] {
    DocumentValidator(schema: schema).validate(document, options: options)
}

/// Validates documents against one schema whose look-ups it has precomputed.
public final class DocumentValidator: Sendable {
    public let index: SchemaIndex
    private let specifiedDispatch: RuleDispatch
    private let specifiedRuleIDs: [ObjectIdentifier]

    public init(schema: GraphQLSchema) {
        index = SchemaIndex(schema)
        specifiedDispatch = RuleDispatch(specifiedRules)
        specifiedRuleIDs = specifiedRules.map { ObjectIdentifier($0) }
    }

    /// The errors of `document`, as ``validate(schema:document:options:)`` reports them.
    public func validate(_ document: Document, options: ValidationOptions = ValidationOptions()) -> [GraphQLError] {
        var rules: [any ValidationRule] = []
        rules.reserveCapacity(options.rules.count)
        var isSpecified = options.rules.count == specifiedRuleIDs.count
        for (i, rule) in options.rules.enumerated() {
            rules.append(rule.init())
            if isSpecified && ObjectIdentifier(rule) != specifiedRuleIDs[i] { isSpecified = false }
        }
        let dispatch = isSpecified ? specifiedDispatch : RuleDispatch(options.rules)
        let context = ValidationContext(index: index, document: document, rules: rules, dispatch: dispatch,
                                        maxErrors: options.maxErrors)
        context.run()
        return context.errors
    }
}

/// How ``validate(schema:document:options:)`` runs.
public struct ValidationOptions: Sendable {
    /// Errors reported before validation stops (graphql-js' `maxErrors`, 100 by default).
    public var maxErrors: Int
    /// The rules to run, in this order.
    public var rules: [any ValidationRule.Type]

    public init(maxErrors: Int = 100, rules: [any ValidationRule.Type] = specifiedRules) {
        self.maxErrors = maxErrors
        self.rules = rules
    }
}

/// Every rule of the spec's Validation section, in graphql-js' `specifiedRules` order (which
/// decides the order of errors reported at the same node).
public let specifiedRules: [any ValidationRule.Type] = [
    ExecutableDefinitionsRule.self,
    UniqueOperationNamesRule.self,
    LoneAnonymousOperationRule.self,
    SingleFieldSubscriptionsRule.self,
    KnownTypeNamesRule.self,
    FragmentsOnCompositeTypesRule.self,
    VariablesAreInputTypesRule.self,
    ScalarLeafsRule.self,
    FieldsOnCorrectTypeRule.self,
    UniqueFragmentNamesRule.self,
    KnownFragmentNamesRule.self,
    NoUnusedFragmentsRule.self,
    PossibleFragmentSpreadsRule.self,
    NoFragmentCyclesRule.self,
    UniqueVariableNamesRule.self,
    NoUndefinedVariablesRule.self,
    NoUnusedVariablesRule.self,
    KnownDirectivesRule.self,
    UniqueDirectivesPerLocationRule.self,
    KnownArgumentNamesRule.self,
    UniqueArgumentNamesRule.self,
    ValuesOfCorrectTypeRule.self,
    ProvidedRequiredArgumentsRule.self,
    VariablesInAllowedPositionRule.self,
    OverlappingFieldsCanBeMergedRule.self,
    UniqueInputFieldNamesRule.self,
]
