import Testing
@testable import GraphQLEngine

/// Depth, alias and cost limits checked before execution, and the execution deadline.
@Suite("Query limits")
struct QueryLimitsTests {
    static let sdl = """
    type Query { node: Node, nodes(first: Int): [Node] }
    type Node { id: ID, child: Node, children(first: Int): [Node] }
    """

    @Test("a query deeper than the maximum is refused before execution")
    func depth() async throws {
        let result = try await run(Self.sdl, "{ node { child { child { id } } } }", data: "{}", options: ExecutionOptions(maxDepth: 3))
        #expect(result.json == #"{"errors":[{"message":"Query is too deep: 4 levels, the maximum is 3.","extensions":{"code":"QUERY_TOO_COMPLEX"}}]}"#)
        let ok = try await run(Self.sdl, "{ node { child { id } } }", data: "{}", options: ExecutionOptions(maxDepth: 3))
        #expect(ok.json == #"{"data":{"node":null}}"#)
    }

    @Test("fragments count toward depth and aliases, once per place they are spread")
    func fragmentsCount() async throws {
        let query = "{ a: node { ...F } b: node { ...F } } fragment F on Node { c: child { d: id } }"
        let result = try await run(Self.sdl, query, data: "{}", options: ExecutionOptions(maxDepth: 2, maxAliases: 3))
        #expect(result.errors.map(\.message) == ["Query is too deep: 3 levels, the maximum is 2.",
                                                  "Query has too many aliases: 6, the maximum is 3."])
    }

    @Test("cost weighs list fields by their first argument, else the default size")
    func cost() async throws {
        // nodes(first: 5): 1 + 5 × (id 1 + children 1 + 10 × id 1) = 61
        let query = "{ nodes(first: 5) { id children { id } } }"
        let refused = try await run(Self.sdl, query, data: "{}", options: ExecutionOptions(maxCost: 60))
        #expect(refused.json == #"{"errors":[{"message":"Query is too costly: an estimated cost of 61, the maximum is 60.","extensions":{"code":"QUERY_TOO_COMPLEX"}}]}"#)
        let allowed = try await run(Self.sdl, query, data: "{}", options: ExecutionOptions(maxCost: 61))
        #expect(allowed.errors.isEmpty)
    }

    @Test("a list's first given by a variable counts with the variable's value, else its default")
    func costWithVariables() async throws {
        // nodes(first: $n): 1 + n × (id 1 + children 1 + m × id 1) with children(first: $m)
        let query = "query($n: Int, $m: Int = 3) { nodes(first: $n) { id children(first: $m) { id } } }"
        let options = ExecutionOptions(maxCost: 30)
        let big = try await run(Self.sdl, query, data: "{}", variables: ["n": .int(6)], options: options)
        #expect(big.errors.map(\.message) == ["Query is too costly: an estimated cost of 31, the maximum is 30."])
        let small = try await run(Self.sdl, query, data: "{}", variables: ["n": .int(5)], options: options)
        #expect(small.errors.isEmpty)
        let wide = try await run(Self.sdl, query, data: "{}", variables: ["n": .int(2), "m": .int(20)], options: options)
        #expect(wide.errors.map(\.message) == ["Query is too costly: an estimated cost of 45, the maximum is 30."])
        // Without a value nor a default, the list counts with the default size: 1 + 10 × 5.
        let unset = try await run(Self.sdl, query, data: "{}", options: options)
        #expect(unset.errors.map(\.message) == ["Query is too costly: an estimated cost of 51, the maximum is 30."])
    }

    @Test("execution stops at the deadline with a TIMEOUT error")
    func deadline() async throws {
        var r = Resolvers<Void>()
        r.field("Query", "node") { _, _, _, _ in
            .async {
                try await Task.sleep(for: .milliseconds(200))
                return .value(.object(["id": .string("late")]))
            }
        }
        r.field("Node", "child") { _, _, _, _ in .async { .null } }
        let result = try await run(Self.sdl, "{ node { id child { id } } }", resolvers: r, context: (),
                                   options: ExecutionOptions(timeout: .milliseconds(50)))
        #expect(result.json == #"{"errors":[{"message":"Execution stopped: the deadline of 50 ms passed.","extensions":{"code":"TIMEOUT"}}],"data":null}"#)
    }
}
