import ArgumentParser
import Foundation
import GraphQLEngine

/// `gql validate --schema S.graphql --query Q.graphql`: validates the document against the schema
/// with every rule of the spec's Validation section and prints `{"errors":[…]}` — an empty list
/// when the document is valid. A syntax error in either file, or an invalid schema, is printed
/// the same way. Exits 0 in all these cases, 2 when a file cannot be read.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Validate a GraphQL document against a schema and print the errors as JSON."
    )

    @Option(help: "The schema in SDL; - reads standard input.")
    var schema: String

    @Option(help: "The document to validate; - reads standard input.")
    var query: String

    @Option(help: "Stop after this many errors (graphql-js' maxErrors).")
    var maxErrors: Int = 100

    func run() throws {
        guard let schemaSource = ParseCommand.readSource(schema) else {
            FileHandle.standardError.write(Data("gql validate: cannot read \(schema)\n".utf8))
            throw ExitCode(2)
        }
        guard let querySource = ParseCommand.readSource(query) else {
            FileHandle.standardError.write(Data("gql validate: cannot read \(query)\n".utf8))
            throw ExitCode(2)
        }
        print(GraphQLError.errorsDocument(errors(schemaSource, querySource)))
    }

    /// The schema's syntax or build errors if any, else the document's syntax error, else its
    /// validation errors.
    private func errors(_ schemaSource: Source, _ querySource: Source) -> [GraphQLError] {
        let built: GraphQLSchema
        do {
            built = try buildSchema(try Parser.parse(schemaSource))
        } catch let error as SchemaBuildError {
            return error.errors
        } catch let error as GraphQLError {
            return [error]
        } catch {
            return [GraphQLError("\(error)")]
        }
        let document: Document
        do {
            document = try Parser.parse(querySource)
        } catch {
            return [error]
        }
        return GraphQLEngine.validate(schema: built, document: document, options: ValidationOptions(maxErrors: maxErrors))
    }
}
