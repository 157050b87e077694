import ArgumentParser
import Foundation
import GraphQLEngine

/// `gql execute`: runs a query against a schema whose fields resolve from a JSON root value
/// (each field reads its parent's same-named key; interfaces and unions resolve by the object's
/// `"__typename"`) and prints the response JSON.
struct ExecuteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "execute",
        abstract: "Execute a query against a JSON root value and print the response."
    )

    @Option(help: "The schema in SDL.") var schema: String
    @Option(help: "The query document.") var query: String
    @Option(help: "The root value as JSON.") var data: String?
    @Option(help: "The variables as a JSON object.") var variables: String?
    @Option(help: "The operation to run.") var operation: String?

    func run() throws {
        guard let schemaSource = ParseCommand.readSource(schema), let querySource = ParseCommand.readSource(query) else {
            FileHandle.standardError.write(Data("gql execute: cannot read \(schema) or \(query)\n".utf8))
            throw ExitCode(2)
        }
        let builtSchema: GraphQLSchema
        do {
            builtSchema = try GraphQLSchema(sdl: schemaSource.body, sourceName: schemaSource.name)
        } catch {
            print(GraphQLError.errorsDocument(error.errors))
            throw ExitCode(1)
        }
        let root = try ExecuteCommand.readJSON(data) ?? .object([:])
        var inputs = GraphQLObjectValue()
        if case let .object(o)? = try ExecuteCommand.readJSON(variables) { inputs = o }
        let document: Document
        do {
            document = try Parser.parse(querySource)
        } catch {
            print(GraphQLError.errorsDocument([error]))
            return
        }
        let errors = GraphQLEngine.validate(schema: builtSchema, document: document)
        if !errors.isEmpty {
            print(GraphQLError.errorsDocument(errors))
            return
        }
        // Every field resolves from JSON at hand, so execution never suspends.
        let executor = Executor<Void>(schema: builtSchema)
        switch executor.prepare(document: document, operationName: operation, variables: inputs) {
        case let .finished(result):
            print(result.json)
        case let .prepared(prepared):
            guard let result = executor.executeSynchronously(prepared, root: root, context: ()) else {
                throw ValidationError("execution suspended, which JSON data never does")
            }
            print(result.json)
        }
    }

    /// Parses a JSON file, or returns nil when no path is given.
    static func readJSON(_ path: String?) throws -> GraphQLValue? {
        guard let path else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else {
            FileHandle.standardError.write(Data("gql: cannot read \(path)\n".utf8))
            throw ExitCode(2)
        }
        return try JSONReader.parse(bytes: Array(data))
    }
}
