/// Entry points that turn SDL into a ``GraphQLSchema``.

/// Builds a schema from an SDL document: checks the document with the SDL rules, builds the types
/// (applying every `extend` in the document), then validates the schema (graphql-js
/// `buildASTSchema` followed by `validateSchema`).
/// - Throws: ``SchemaBuildError`` with the SDL rules' errors, else a directive-argument error met
///   while building, else the schema validation errors.
public func buildSchema(_ document: Document) throws(SchemaBuildError) -> GraphQLSchema {
    let schema = try buildASTSchema(document)
    let errors = validateSchema(schema)
    if !errors.isEmpty { throw SchemaBuildError(errors: errors) }
    return schema
}

/// Builds a schema from an SDL document without the type validation rules (graphql-js
/// `buildASTSchema`, which runs only the SDL rules). Run ``validateSchema(_:)`` before executing.
/// - Throws: ``SchemaBuildError`` with the SDL rules' errors or a directive-argument error.
public func buildASTSchema(_ document: Document) throws(SchemaBuildError) -> GraphQLSchema {
    let sdlErrors = SDLValidator.validate(document)
    if !sdlErrors.isEmpty { throw SchemaBuildError(errors: sdlErrors) }
    do {
        return try SchemaBuilder(document: document).buildNew()
    } catch {
        throw SchemaBuildError(errors: [error])
    }
}

/// Adds the definitions and extensions of an SDL document to a schema, then validates the result
/// (graphql-js `extendSchema` followed by `validateSchema`).
/// - Throws: ``SchemaBuildError`` as ``buildSchema(_:)`` does.
public func extendSchema(_ schema: GraphQLSchema, _ document: Document) throws(SchemaBuildError) -> GraphQLSchema {
    let sdlErrors = SDLValidator.validate(document, extending: schema)
    if !sdlErrors.isEmpty { throw SchemaBuildError(errors: sdlErrors) }
    let extended: GraphQLSchema
    do {
        extended = try SchemaBuilder(document: document).extend(schema)
    } catch {
        throw SchemaBuildError(errors: [error])
    }
    let errors = validateSchema(extended)
    if !errors.isEmpty { throw SchemaBuildError(errors: errors) }
    return extended
}

extension GraphQLSchema {
    /// Builds and validates a schema from a parsed SDL document; see ``buildSchema(_:)``.
    public init(document: Document) throws(SchemaBuildError) {
        self = try buildSchema(document)
    }

    /// Builds and validates a schema from a parsed SDL document; see ``buildSchema(_:)``.
    public init(sdl document: Document) throws(SchemaBuildError) {
        self = try buildSchema(document)
    }
}
