import ArgumentParser
import Foundation
import GraphQLEngine

/// `gql print-schema --schema S.graphql`: builds the schema from SDL and prints it in canonical
/// form (graphql-js `printSchema`). A syntax error or an invalid schema prints its errors as
/// `{"errors":[…]}` and exits 1; an unreadable file exits 2.
struct PrintSchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print-schema",
        abstract: "Build a schema from SDL and print it in canonical form (or its errors as JSON)."
    )

    @Option(help: "The schema in SDL; - reads standard input.")
    var schema: String

    func run() throws {
        guard let source = ParseCommand.readSource(schema) else {
            FileHandle.standardError.write(Data("gql print-schema: cannot read \(schema)\n".utf8))
            throw ExitCode(2)
        }
        let built: GraphQLSchema
        do {
            built = try buildSchema(try Parser.parse(source))
        } catch let error as SchemaBuildError {
            print(GraphQLError.errorsDocument(error.errors))
            throw ExitCode(1)
        } catch let error as GraphQLError {
            print(GraphQLError.errorsDocument([error]))
            throw ExitCode(1)
        }
        print(printSchema(built))
    }
}
