import GraphQLEngine

extension BenchPhase {
    /// `validate`: every rule of the spec's Validation section over the parsed query. Building the
    /// schema with its validation index (``DocumentValidator``) and parsing the query are untimed.
    static let validate = BenchPhase(name: "validate") { inputs in
        let schema = try GraphQLSchema(sdl: inputs.schema.body, sourceName: inputs.schema.name)
        let validator = DocumentValidator(schema: schema)
        let document = try Parser.parse(inputs.query)
        return {
            let errors = validator.validate(document)
            BenchSink.consume(errors.count)
        }
    }
}
