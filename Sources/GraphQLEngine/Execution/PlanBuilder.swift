/// Builds an ``ExecutionPlan``: spec [CollectFields](https://spec.graphql.org/draft/#CollectFields)
/// for every selection set and possible runtime type, done once per operation instead of once
/// per object.
struct PlanBuilder {
    let schema: GraphQLSchema
    let table: ResolverTable
    let fragments: [String: FragmentDefinition]
    let variables: GraphQLObjectValue
    let source: Source?
    private(set) var plans: [SelectionPlan] = []
    private(set) var conditionVariables: [String] = []
    private(set) var conditionValues: [Bool] = []

    init(schema: GraphQLSchema, table: ResolverTable, document: Document, variables: GraphQLObjectValue) {
        self.schema = schema
        self.table = table
        var fragments: [String: FragmentDefinition] = [:]
        for case let .fragment(f) in document.definitions where fragments[f.name.value] == nil {
            fragments[f.name.value] = f
        }
        self.fragments = fragments
        self.variables = variables
        self.source = document.source
    }

    /// Plans an operation on its root type.
    static func plan(schema: GraphQLSchema, table: ResolverTable, document: Document, operation: OperationDefinition,
                     rootType: GraphQLObjectType, variables: GraphQLObjectValue) -> ExecutionPlan {
        var builder = PlanBuilder(schema: schema, table: table, document: document, variables: variables)
        let root = builder.selectionPlan(type: rootType, selectionSets: [operation.selectionSet])
        return ExecutionPlan(schema: schema, source: document.source, operation: operation, rootTypeName: rootType.name,
                             root: root, selectionPlans: builder.plans, conditionVariables: builder.conditionVariables,
                             conditionValues: builder.conditionValues)
    }

    /// The fields of `selectionSets` on the object type `type`, merged by response key.
    mutating func selectionPlan(type: GraphQLObjectType, selectionSets: [SelectionSet]) -> SelectionPlan {
        var keys: [String] = []
        var grouped: [String: [Field]] = [:]
        var visited: Set<String> = []
        for set in selectionSets {
            collectFields(type.name, set, &visited, &keys, &grouped)
        }
        var fields: [PlannedField] = []
        fields.reserveCapacity(keys.count)
        for key in keys {
            let nodes = grouped[key]!
            if let f = plannedField(type: type, responseKey: key, nodes: nodes) { fields.append(f) }
        }
        let plan = SelectionPlan(id: plans.count, typeName: type.name, fields: fields)
        plans.append(plan)
        return plan
    }

    private mutating func collectFields(_ typeName: String, _ set: SelectionSet, _ visited: inout Set<String>,
                                        _ keys: inout [String], _ grouped: inout [String: [Field]]) {
        for selection in set.selections {
            switch selection {
            case let .field(field):
                guard shouldInclude(field.directives) else { continue }
                let key = field.responseKey
                if grouped[key] == nil {
                    keys.append(key)
                    grouped[key] = [field]
                } else {
                    grouped[key]!.append(field)
                }
            case let .fragmentSpread(spread):
                let name = spread.name.value
                guard !visited.contains(name), shouldInclude(spread.directives) else { continue }
                visited.insert(name)
                guard let fragment = fragments[name],
                      fragmentApplies(fragment.typeCondition.name.value, to: typeName) else { continue }
                collectFields(typeName, fragment.selectionSet, &visited, &keys, &grouped)
            case let .inlineFragment(inline):
                guard shouldInclude(inline.directives) else { continue }
                if let condition = inline.typeCondition, !fragmentApplies(condition.name.value, to: typeName) { continue }
                collectFields(typeName, inline.selectionSet, &visited, &keys, &grouped)
            }
        }
    }

    /// Spec DoesFragmentTypeApply.
    private func fragmentApplies(_ condition: String, to typeName: String) -> Bool {
        condition == typeName || schema.isSubType(abstract: condition, maybeSub: typeName)
    }

    /// `@skip(if:)` and `@include(if:)`; records the variables consulted.
    private mutating func shouldInclude(_ directives: [Directive]) -> Bool {
        for directive in directives {
            let name = directive.name.value
            guard name == "skip" || name == "include" else { continue }
            guard let arg = directive.arguments.first(where: { $0.name.value == "if" }) else { continue }
            var value = false
            switch arg.value {
            case let .boolean(b): value = b.value
            case let .variable(v):
                if case let .bool(b)? = variables[v.name.value] { value = b }
                conditionVariables.append(v.name.value)
                conditionValues.append(value)
            default: continue
            }
            if name == "skip" && value { return false }
            if name == "include" && !value { return false }
        }
        return true
    }

    private mutating func plannedField(type: GraphQLObjectType, responseKey: String, nodes: [Field]) -> PlannedField? {
        let name = nodes[0].name.value
        guard let definition = schema.fieldDefinition(parentType: type.name, fieldName: name) else { return nil }
        let info = ResolveInfo(fieldName: name, responseKey: responseKey, parentTypeName: type.name,
                               returnType: definition.type, fieldNodes: nodes, schema: schema)
        if name == "__typename" {
            return PlannedField(responseKey: responseKey, fieldName: name, isTypename: true, info: info, resolver: nil,
                                arguments: .constant(GraphQLObjectValue()), completion: .nonNull(.scalar(.string)))
        }
        let resolver = table.resolver(type: type.name, field: name)
            ?? IntrospectionResolvers.resolver(type: type.name, field: name, queryType: schema.queryTypeName)
        let completion = self.completion(definition.type, nodes)
        return PlannedField(responseKey: responseKey, fieldName: name, isTypename: false, info: info, resolver: resolver,
                            arguments: arguments(definition, nodes[0]), completion: completion)
    }

    private func arguments(_ definition: GraphQLField, _ node: Field) -> PlannedArguments {
        if definition.arguments.isEmpty { return .constant(GraphQLObjectValue()) }
        if node.arguments.contains(where: { PlanBuilder.containsVariable($0.value) }) {
            return .dynamic(definitions: definition.arguments, arguments: node.arguments, location: node.loc)
        }
        do {
            return .constant(try VariableValues.coerceArgumentValues(
                schema: schema, definitions: definition.arguments, arguments: node.arguments, at: node.loc,
                variables: nil, source: source))
        } catch {
            return .failed(error)
        }
    }

    static func containsVariable(_ value: Value) -> Bool {
        switch value {
        case .variable: true
        case let .list(l): l.values.contains(where: containsVariable)
        case let .object(o): o.fields.contains { containsVariable($0.value) }
        default: false
        }
    }

    private mutating func completion(_ type: TypeReference, _ nodes: [Field]) -> Completion {
        switch type {
        case let .nonNull(inner): return .nonNull(completion(inner, nodes))
        case let .list(inner): return .list(completion(inner, nodes))
        case let .named(name):
            switch schema.type(named: name) {
            case let .scalar(s)?:
                switch name {
                case "String" where s.isSpecified: return .scalar(.string)
                case "Int" where s.isSpecified: return .scalar(.int)
                case "Float" where s.isSpecified: return .scalar(.float)
                case "Boolean" where s.isSpecified: return .scalar(.boolean)
                case "ID" where s.isSpecified: return .scalar(.id)
                default: return .scalar(.custom(ScalarPlan(s)))
                }
            case let .enumType(e)?: return .enumType(EnumPlan(e))
            case let .object(o)?:
                return .object(selectionPlan(type: o, selectionSets: nodes.compactMap(\.selectionSet)))
            case .interface?, .union?:
                var byType: [String: SelectionPlan] = [:]
                for possible in schema.possibleTypes(of: name) {
                    guard case let .object(o)? = schema.type(named: possible) else { continue }
                    byType[possible] = selectionPlan(type: o, selectionSets: nodes.compactMap(\.selectionSet))
                }
                return .abstract(AbstractPlan(name: name, plans: byType, resolveType: table.typeResolvers[name]))
            default:
                return .scalar(.string)
            }
        }
    }
}
