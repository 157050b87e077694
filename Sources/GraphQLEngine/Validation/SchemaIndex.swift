/// The schema as validation reads it: every named type, field, argument and directive as a small
/// immutable object, with its look-ups precomputed, built once per schema.
///
/// Validation touches the same few types and fields at nearly every node; reading them from the
/// schema's value types would copy whole type structs each time. Build one `SchemaIndex` per
/// schema (``DocumentValidator`` does) and reuse it for every document.
public final class SchemaIndex: Sendable {
    public let schema: GraphQLSchema
    /// The types in the schema's type-map order.
    public let types: [IndexedType]
    let typeIndexByName: [String: Int]
    let directives: [String: IndexedDirective]
    let queryType: IndexedType?
    let mutationType: IndexedType?
    let subscriptionType: IndexedType?
    let typeNameMetaField: IndexedField
    let schemaMetaField: IndexedField
    let typeMetaField: IndexedField

    public init(_ schema: GraphQLSchema) {
        self.schema = schema
        var indexByName: [String: Int] = [:]
        for (i, name) in schema.typeNames.enumerated() { indexByName[name] = i }
        typeIndexByName = indexByName
        let types = schema.typeNames.enumerated().map { IndexedType(schema.type(named: $1)!, position: $0, indexByName) }
        self.types = types
        var directives: [String: IndexedDirective] = [:]
        for directive in schema.directives where directives[directive.name] == nil {
            directives[directive.name] = IndexedDirective(directive)
        }
        self.directives = directives
        func root(_ name: String?) -> IndexedType? {
            guard let name, let i = indexByName[name], types[i].isObject else { return nil }
            return types[i]
        }
        queryType = root(schema.queryTypeName)
        mutationType = root(schema.mutationTypeName)
        subscriptionType = root(schema.subscriptionTypeName)
        typeNameMetaField = IndexedField(GraphQLSchema.typeNameMetaField, indexByName)
        schemaMetaField = IndexedField(GraphQLSchema.schemaMetaField, indexByName)
        typeMetaField = IndexedField(GraphQLSchema.typeMetaField, indexByName)
    }

    /// The type with this name.
    @inline(__always)
    public func type(named name: String) -> IndexedType? {
        guard let i = typeIndexByName[name] else { return nil }
        return types[i]
    }

    /// The named type under a type reference's wrappers.
    @inline(__always)
    public func namedType(_ reference: TypeReference?) -> IndexedType? {
        guard let reference else { return nil }
        return type(named: reference.namedType)
    }

    /// The directive with this name.
    public func directive(named name: String) -> IndexedDirective? { directives[name] }

    /// graphql-js `doTypesOverlap`: whether two composite types can share an object at run time.
    public func doTypesOverlap(_ a: IndexedType, _ b: IndexedType) -> Bool {
        if a === b { return true }
        if a.isAbstract {
            if b.isAbstract {
                return schema.possibleTypes(of: a.name).contains { schema.isSubType(abstract: b.name, maybeSub: $0) }
            }
            return schema.isSubType(abstract: a.name, maybeSub: b.name)
        }
        if b.isAbstract { return schema.isSubType(abstract: b.name, maybeSub: a.name) }
        return false
    }

    /// The root type of an operation, if the schema has it.
    public func rootType(for operation: OperationType) -> IndexedType? {
        switch operation {
        case .query: queryType
        case .mutation: mutationType
        case .subscription: subscriptionType
        }
    }

    /// graphql-js `getFieldDef`: the field of an object or interface, or a meta-field
    /// (`__typename` on any composite type, `__schema` and `__type` on the query root).
    @inline(__always)
    public func field(on parent: IndexedType, named name: String) -> IndexedField? {
        if name.utf8.first == UInt8(ascii: "_") {
            if name == "__typename" { return parent.isComposite ? typeNameMetaField : nil }
            if parent === queryType {
                if name == "__schema" { return schemaMetaField }
                if name == "__type" { return typeMetaField }
            }
        }
        return parent.fields[name]
    }
}

/// A named type with its fields, input fields or enum values ready to look up.
public final class IndexedType: Sendable {
    public let name: String
    /// Position in ``SchemaIndex/types``.
    public let position: Int
    /// The schema's full definition, for the rare look-ups the index does not cover.
    public let definition: GraphQLNamedType
    public let isObject: Bool
    public let isInterface: Bool
    public let isUnion: Bool
    public let isComposite: Bool
    public let isAbstract: Bool
    public let isLeaf: Bool
    public let isInputType: Bool
    public let isOutputType: Bool
    public let isInputObject: Bool
    public let isOneOf: Bool
    /// Object and interface fields (meta-fields excluded), by name and in definition order.
    public let fields: [String: IndexedField]
    public let fieldNames: [String]
    /// Input object fields, by name and in definition order.
    public let inputFields: [String: IndexedInputValue]
    public let inputFieldList: [IndexedInputValue]
    /// Enum values in definition order.
    public let enumValueNames: [String]
    let enumValues: Set<String>
    /// Interfaces implemented by an object or interface.
    public let interfaces: [String]
    /// A scalar's literal coercion; nil for other kinds.
    public let parseLiteral: (@Sendable (Value) throws(CoercionError) -> GraphQLValue)?

    init(_ type: GraphQLNamedType, position: Int, _ indexByName: [String: Int]) {
        self.position = position
        name = type.name
        definition = type
        isComposite = type.isComposite
        isAbstract = type.isAbstract
        isLeaf = type.isLeaf
        isInputType = type.isInputType
        isOutputType = type.isOutputType
        interfaces = type.interfaces
        var object = false, interface = false, union = false, inputObject = false, oneOf = false
        var fields: [String: IndexedField] = [:], fieldNames: [String] = []
        var inputFields: [String: IndexedInputValue] = [:], inputFieldList: [IndexedInputValue] = []
        var enumValueNames: [String] = []
        var parseLiteral: (@Sendable (Value) throws(CoercionError) -> GraphQLValue)?
        switch type {
        case let .scalar(t): parseLiteral = t.coercion.parseLiteral
        case .object, .interface:
            if case .object = type { object = true } else { interface = true }
            for field in type.fields ?? OrderedFields([GraphQLField]()) {
                fields[field.name] = IndexedField(field, indexByName)
                fieldNames.append(field.name)
            }
        case .union: union = true
        case let .enumType(t): enumValueNames = t.values.map(\.name)
        case let .inputObject(t):
            inputObject = true
            oneOf = t.isOneOf
            for field in t.fields {
                let indexed = IndexedInputValue(field)
                inputFields[field.name] = indexed
                inputFieldList.append(indexed)
            }
        }
        isObject = object
        isInterface = interface
        isUnion = union
        isInputObject = inputObject
        isOneOf = oneOf
        self.fields = fields
        self.fieldNames = fieldNames
        self.inputFields = inputFields
        self.inputFieldList = inputFieldList
        self.enumValueNames = enumValueNames
        enumValues = Set(enumValueNames)
        self.parseLiteral = parseLiteral
    }

    /// Whether an enum has a value of this name.
    public func hasEnumValue(_ name: String) -> Bool { enumValues.contains(name) }
}

/// An output field: its type (with the index of its named type) and its arguments.
public final class IndexedField: Sendable {
    public let name: String
    public let type: TypeReference
    /// Position of the field's named type in ``SchemaIndex/types``.
    let namedTypeIndex: Int
    public let arguments: [IndexedInputValue]

    init(_ field: GraphQLField, _ indexByName: [String: Int]) {
        name = field.name
        type = field.type
        namedTypeIndex = indexByName[field.type.namedType] ?? -1
        arguments = field.arguments.map(IndexedInputValue.init)
    }

    /// The argument with this name.
    @inline(__always)
    public func argument(named name: String) -> IndexedInputValue? {
        for argument in arguments where argument.name == name { return argument }
        return nil
    }
}

/// An argument or input field.
public final class IndexedInputValue: Sendable {
    public let name: String
    public let type: TypeReference
    public let defaultValue: Value?
    /// Non-null without a default value (graphql-js `isRequiredArgument`).
    public let isRequired: Bool

    init(_ argument: GraphQLArgument) {
        name = argument.name
        type = argument.type
        defaultValue = argument.defaultValue
        isRequired = argument.isRequired
    }
}

/// A directive: where it may appear, its arguments, whether it repeats.
public final class IndexedDirective: Sendable {
    public let name: String
    public let locations: [DirectiveLocation]
    public let arguments: [IndexedInputValue]
    public let argumentNames: [String]
    public let isRepeatable: Bool

    init(_ directive: GraphQLDirective) {
        name = directive.name
        locations = directive.locations
        arguments = directive.arguments.map(IndexedInputValue.init)
        argumentNames = directive.arguments.map(\.name)
        isRepeatable = directive.isRepeatable
    }

    /// The argument with this name.
    public func argument(named name: String) -> IndexedInputValue? {
        for argument in arguments where argument.name == name { return argument }
        return nil
    }
}
