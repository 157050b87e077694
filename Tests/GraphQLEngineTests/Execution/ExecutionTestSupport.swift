import Synchronization
import Testing
@testable import GraphQLEngine

/// Runs `query` against `sdl` with `resolvers`, after checking the document is valid.
func run<Context: Sendable>(_ sdl: String, _ query: String, resolvers: Resolvers<Context>,
                            context: Context, root: any Sendable = GraphQLValue.null,
                            variables: GraphQLObjectValue = [:], options: ExecutionOptions = ExecutionOptions()) async throws
    -> ExecutionResult {
    let schema = try GraphQLSchema(sdl: sdl)
    let document = try Parser.parse(Source(query))
    let errors = validate(schema: schema, document: document)
    #expect(errors.isEmpty, "invalid test document: \(errors)")
    let executor = Executor(schema: schema, resolvers: resolvers, options: options)
    return await executor.execute(document: document, variables: variables, root: root, context: context)
}

/// Runs `query` with JSON root data and no context.
func run(_ sdl: String, _ query: String, data: String, variables: GraphQLObjectValue = [:],
         options: ExecutionOptions = ExecutionOptions()) async throws -> ExecutionResult {
    try await run(sdl, query, resolvers: Resolvers<Void>(), context: (), root: try JSONReader.parse(data),
                  variables: variables, options: options)
}

/// An append-only log shared by resolvers, for observing order.
final class EventLog: Sendable {
    private let events = Mutex<[String]>([])
    func append(_ event: String) { events.withLock { $0.append(event) } }
    var all: [String] { events.withLock { $0 } }
}
