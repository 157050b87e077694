/// What a resolver knows about the field it resolves; built once per planned field and shared.
public final class ResolveInfo: Sendable {
    /// The field's name in the schema.
    public let fieldName: String
    /// The key the field's value gets in the response (its alias, else its name).
    public let responseKey: String
    /// The object type whose field this is.
    public let parentTypeName: String
    /// The field's declared type.
    public let returnType: TypeReference
    /// Every field node merged into this field, in document order.
    public let fieldNodes: [Field]
    /// The schema being executed.
    public let schema: GraphQLSchema

    init(fieldName: String, responseKey: String, parentTypeName: String, returnType: TypeReference,
         fieldNodes: [Field], schema: GraphQLSchema) {
        self.fieldName = fieldName
        self.responseKey = responseKey
        self.parentTypeName = parentTypeName
        self.returnType = returnType
        self.fieldNodes = fieldNodes
        self.schema = schema
    }
}

/// A field resolver with its types erased: `source` is the parent's value (a domain object, or a
/// ``GraphQLValue`` for JSON data), `arguments` the coerced arguments and `context` the request
/// context. ``Resolvers`` builds these from typed closures.
public typealias AnyFieldResolver = @Sendable (_ source: any Sendable, _ arguments: GraphQLObjectValue,
                                               _ context: any Sendable, _ info: ResolveInfo) throws -> FieldValue

/// Names the object type of a value returned for an interface or union field, or nil.
public typealias AnyTypeResolver = @Sendable (_ value: any Sendable, _ context: any Sendable) -> String?

/// Produces a subscription's source event stream (spec: CreateSourceEventStream).
public typealias AnySubscriptionResolver = @Sendable (_ source: any Sendable, _ arguments: GraphQLObjectValue,
                                                      _ context: any Sendable, _ info: ResolveInfo) async throws
    -> AsyncThrowingStream<FieldValue, any Error>

/// A value whose fields the default resolver can read by name, for domain objects that do not
/// bind a resolver per field.
public protocol GraphQLFieldReadable: Sendable {
    /// The value of the field `name`, or nil for null.
    func graphQLField(_ name: String) -> FieldValue?
}
