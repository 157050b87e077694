extension GraphQLSchema {
    /// Parses SDL text and builds a validated schema from it; see ``buildSchema(_:)``.
    /// - Throws: ``SchemaBuildError`` holding the syntax error, or the SDL and schema validation errors.
    public init(sdl: String, sourceName: String = "GraphQL request") throws(SchemaBuildError) {
        let document: Document
        do {
            document = try Parser.parse(Source(sdl, name: sourceName))
        } catch {
            throw SchemaBuildError(errors: [error])
        }
        self = try buildSchema(document)
    }
}
