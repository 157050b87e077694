/// Prints a schema as SDL in graphql-js' `printSchema` form: the `schema { }` block only when a
/// description or non-conventional root names need it, then the schema's own directives, then its
/// types in type-map order, without the built-in scalars, built-in directives and introspection types.
public func printSchema(_ schema: GraphQLSchema) -> String {
    var parts: [String] = []
    if let definition = SchemaPrinter.schemaDefinition(schema) { parts.append(definition) }
    for directive in schema.directives where !directive.isSpecified {
        parts.append(SchemaPrinter.directive(directive, schema))
    }
    for type in schema.types where !type.isIntrospectionType {
        if case let .scalar(s) = type, s.isSpecified { continue }
        parts.append(SchemaPrinter.type(type, schema))
    }
    return parts.joined(separator: "\n\n")
}

/// The pieces of ``printSchema(_:)`` (graphql-js `utilities/printSchema.js`).
enum SchemaPrinter {
    static func schemaDefinition(_ schema: GraphQLSchema) -> String? {
        let conventional = (schema.queryTypeName ?? "Query") == "Query"
            && (schema.mutationTypeName ?? "Mutation") == "Mutation"
            && (schema.subscriptionTypeName ?? "Subscription") == "Subscription"
        if schema.description == nil && conventional { return nil }
        var lines: [String] = []
        if let q = schema.queryTypeName, schema.type(named: q) != nil { lines.append("  query: \(q)") }
        if let m = schema.mutationTypeName, schema.type(named: m) != nil { lines.append("  mutation: \(m)") }
        if let s = schema.subscriptionTypeName, schema.type(named: s) != nil { lines.append("  subscription: \(s)") }
        return description(schema.description) + "schema {\n" + lines.joined(separator: "\n") + "\n}"
    }

    static func type(_ type: GraphQLNamedType, _ schema: GraphQLSchema) -> String {
        switch type {
        case let .scalar(t):
            let specifiedBy = t.specifiedByURL.map { " @specifiedBy(url: \(SDLStrings.printString($0)))" } ?? ""
            return description(t.description) + "scalar \(t.name)" + specifiedBy
        case let .object(t):
            return description(t.description) + "type \(t.name)" + implements(t.interfaces) + fields(t.fields, schema)
        case let .interface(t):
            return description(t.description) + "interface \(t.name)" + implements(t.interfaces) + fields(t.fields, schema)
        case let .union(t):
            let members = t.possibleTypes.isEmpty ? "" : " = " + t.possibleTypes.joined(separator: " | ")
            return description(t.description) + "union \(t.name)" + members
        case let .enumType(t):
            let values = t.values.enumerated().map { i, value in
                description(value.description, indentation: "  ", firstInBlock: i == 0) + "  " + value.name
                    + deprecated(value.deprecationReason)
            }
            return description(t.description) + "enum \(t.name)" + block(values)
        case let .inputObject(t):
            let fields = t.fields.enumerated().map { i, field in
                description(field.description, indentation: "  ", firstInBlock: i == 0) + "  " + inputValue(field, schema)
            }
            return description(t.description) + "input \(t.name)" + (t.isOneOf ? " @oneOf" : "") + block(fields)
        }
    }

    static func directive(_ directive: GraphQLDirective, _ schema: GraphQLSchema) -> String {
        description(directive.description) + "directive @" + directive.name + arguments(directive.arguments, schema)
            + (directive.isRepeatable ? " repeatable" : "") + " on "
            + directive.locations.map(\.rawValue).joined(separator: " | ")
    }

    private static func implements(_ interfaces: [String]) -> String {
        interfaces.isEmpty ? "" : " implements " + interfaces.joined(separator: " & ")
    }

    private static func fields(_ fields: OrderedFields<GraphQLField>, _ schema: GraphQLSchema) -> String {
        block(fields.enumerated().map { i, field in
            description(field.description, indentation: "  ", firstInBlock: i == 0) + "  " + field.name
                + arguments(field.arguments, schema, indentation: "  ") + ": " + field.type.description
                + deprecated(field.deprecationReason)
        })
    }

    private static func block(_ items: [String]) -> String {
        items.isEmpty ? "" : " {\n" + items.joined(separator: "\n") + "\n}"
    }

    private static func arguments(_ arguments: [GraphQLArgument], _ schema: GraphQLSchema, indentation: String = "") -> String {
        if arguments.isEmpty { return "" }
        if arguments.allSatisfy({ ($0.description ?? "").isEmpty }) {
            return "(" + arguments.map { inputValue($0, schema) }.joined(separator: ", ") + ")"
        }
        let lines = arguments.enumerated().map { i, argument in
            description(argument.description, indentation: "  " + indentation, firstInBlock: i == 0)
                + "  " + indentation + inputValue(argument, schema)
        }
        return "(\n" + lines.joined(separator: "\n") + "\n" + indentation + ")"
    }

    private static func inputValue(_ argument: GraphQLArgument, _ schema: GraphQLSchema) -> String {
        var declaration = argument.name + ": " + argument.type.description
        if let defaultValue = schema.printDefaultValue(argument) { declaration += " = " + defaultValue }
        return declaration + deprecated(argument.deprecationReason)
    }

    private static func deprecated(_ reason: String?) -> String {
        guard let reason else { return "" }
        if reason == GraphQLDirective.defaultDeprecationReason { return " @deprecated" }
        return " @deprecated(reason: \(SDLStrings.printString(reason)))"
    }

    /// A description before a definition, as a block string when it reads back the same.
    static func description(_ text: String?, indentation: String = "", firstInBlock: Bool = true) -> String {
        guard let text else { return "" }
        let literal = BlockString.isPrintable(text) ? SDLStrings.printBlockString(text) : SDLStrings.printString(text)
        let prefix = !indentation.isEmpty && !firstInBlock ? "\n" + indentation : indentation
        return prefix + literal.replacing("\n", with: "\n" + indentation) + "\n"
    }
}
