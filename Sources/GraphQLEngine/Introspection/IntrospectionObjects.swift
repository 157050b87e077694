/// The values introspection resolvers pass down: thin wrappers over the schema model.

/// `__Schema`.
final class SchemaObject: Sendable {
    let schema: GraphQLSchema
    init(_ schema: GraphQLSchema) { self.schema = schema }

    func root(_ name: KeyPath<GraphQLSchema, String?> & Sendable) -> FieldValue {
        guard let n = schema[keyPath: name], let t = schema.type(named: n) else { return .null }
        return .object(TypeObject(.named(n), t, schema))
    }
}

/// `__Type`: a named type, or a list / non-null wrapper.
final class TypeObject: Sendable {
    let reference: TypeReference
    /// The named type when `reference` is `.named`.
    let named: GraphQLNamedType?
    let schema: GraphQLSchema

    init(_ reference: TypeReference, _ named: GraphQLNamedType?, _ schema: GraphQLSchema) {
        self.reference = reference
        self.named = named
        self.schema = schema
    }

    var kind: String {
        switch reference {
        case .list: "LIST"
        case .nonNull: "NON_NULL"
        case .named: named?.kind ?? "SCALAR"
        }
    }

    func typeObject(_ ref: TypeReference) -> FieldValue {
        if case let .named(n) = ref { return .object(TypeObject(ref, schema.type(named: n), schema)) }
        return .object(TypeObject(ref, nil, schema))
    }
}

extension FieldObject {
    func typeObject(_ ref: TypeReference) -> FieldValue { TypeObject(ref, nil, schema).typeObject(ref) }
}

extension InputValueObject {
    func typeObject(_ ref: TypeReference) -> FieldValue { TypeObject(ref, nil, schema).typeObject(ref) }
}

/// `__Field`.
final class FieldObject: Sendable {
    let field: GraphQLField
    let schema: GraphQLSchema
    init(_ field: GraphQLField, _ schema: GraphQLSchema) {
        self.field = field
        self.schema = schema
    }
}

/// `__InputValue`.
final class InputValueObject: Sendable {
    let argument: GraphQLArgument
    let schema: GraphQLSchema
    init(_ argument: GraphQLArgument, _ schema: GraphQLSchema) {
        self.argument = argument
        self.schema = schema
    }

    /// The default value as graphql-js shows it: `print(astFromValue(coerced default, type))`.
    var printedDefault: String? { schema.printDefaultValue(argument) }
}

/// `__EnumValue`.
final class EnumValueObject: Sendable {
    let value: GraphQLEnumValue
    init(_ value: GraphQLEnumValue) { self.value = value }
}

/// `__Directive`.
final class DirectiveObject: Sendable {
    let directive: GraphQLDirective
    let schema: GraphQLSchema
    init(_ directive: GraphQLDirective, _ schema: GraphQLSchema) {
        self.directive = directive
        self.schema = schema
    }
}
