import Testing
@testable import GraphQLEngine

/// Executor behaviour with bound resolvers: null propagation, error paths, serial mutations,
/// concurrent siblings, abstract types and argument coercion.
@Suite("Executor")
struct ExecutorTests {
    static let sdl = """
    type Query { a: A, an: A!, list: [A], strictList: [A!], strictItems: [A!]!, n: Int }
    type A { x: Int, nx: Int!, b: A, nb: A!, items: [A!] }
    """

    /// Resolvers where `x` and `nx` read a JSON parent but `nx` fails for parents marked "boom".
    static func failing() -> Resolvers<Void> {
        var r = Resolvers<Void>()
        r.field("A", "nx") { source, _, _, _ in
            guard case let .object(o) = source as! GraphQLValue, o["boom"] == nil else {
                throw GraphQLError("nx failed")
            }
            return .value(o["nx"] ?? .null)
        }
        return r
    }

    @Test("non-null errors propagate to the nearest nullable parent at every depth")
    func nullPropagationDepths() async throws {
        let data = #"{"a":{"nb":{"nb":{"boom":true}}},"n":1}"#
        let result = try await run(Self.sdl, "{ a { nb { nb { nx } } } n }", resolvers: Self.failing(), context: (),
                                   root: try JSONReader.parse(data))
        #expect(result.json == #"{"errors":[{"message":"nx failed","locations":[{"line":1,"column":17}],"path":["a","nb","nb","nx"]}],"data":{"a":null,"n":1}}"#)
    }

    @Test("a non-null root field failing nulls data")
    func nullPropagationToRoot() async throws {
        let result = try await run(Self.sdl, "{ n an { nx } }", data: #"{"n":1,"an":{"nx":null}}"#)
        #expect(result.json == #"{"errors":[{"message":"Cannot return null for non-nullable field A.nx.","locations":[{"line":1,"column":10}],"path":["an","nx"]}],"data":null}"#)
    }

    @Test("a null item of a list of non-null nulls the list; paths carry list indices")
    func listsOfNonNull() async throws {
        let data = #"{"strictList":[{"x":1},null,{"x":3}],"list":[{"nx":1},{"nx":null}]}"#
        let result = try await run(Self.sdl, "{ strictList { x } list { nx } }", data: data)
        #expect(result.json == #"{"errors":[{"message":"Cannot return null for non-nullable field Query.strictList.","locations":[{"line":1,"column":3}],"path":["strictList",1]},{"message":"Cannot return null for non-nullable field A.nx.","locations":[{"line":1,"column":27}],"path":["list",1,"nx"]}],"data":{"strictList":null,"list":[{"nx":1},null]}}"#)
    }

    @Test("errors inside nested lists name every index on the way")
    func nestedListIndices() async throws {
        let data = #"{"list":[{"items":[{"nx":1}]},{"items":[{"nx":2},{"boom":true}]}]}"#
        let result = try await run(Self.sdl, "{ list { items { nx } } }", resolvers: Self.failing(), context: (),
                                   root: try JSONReader.parse(data))
        #expect(result.errors.map(\.path) == [[.key("list"), .index(1), .key("items"), .index(1), .key("nx")]])
        #expect(result.errors.map(\.message) == ["nx failed"])
        #expect(result.dataValue == .object(["list": .list([.object(["items": .list([.object(["nx": .int(1)])])]), .object(["items": .null])])]))
    }

    @Test("a non-null field that waits on async work propagates its null after it resumes")
    func asyncNullPropagation() async throws {
        var r = Resolvers<Void>()
        r.field("Query", "a") { _, _, _, _ in .value(.object(["x": .int(1)])) }
        r.field("A", "nb") { _, _, _, _ in .async { .null } }
        let result = try await run(Self.sdl, "{ a { x nb { x } } n }", resolvers: r, context: ())
        #expect(result.json == #"{"errors":[{"message":"Cannot return null for non-nullable field A.nb.","locations":[{"line":1,"column":9}],"path":["a","nb"]}],"data":{"a":null,"n":null}}"#)
    }

    @Test("root mutation fields run serially, in document order, even when they wait")
    func serialMutations() async throws {
        let sdl = "type Query { n: Int } type Mutation { step(name: String!, delayMs: Int!): String }"
        let log = EventLog()
        var r = Resolvers<EventLog>()
        r.field("Mutation", "step") { _, args, log, _ in
            guard case let .string(name)? = args["name"], case let .int(delay)? = args["delayMs"] else { return .null }
            return .async {
                log.append("start \(name)")
                try await Task.sleep(for: .milliseconds(delay))
                log.append("end \(name)")
                return .string(name)
            }
        }
        let result = try await run(sdl, #"mutation { a: step(name: "a", delayMs: 60) b: step(name: "b", delayMs: 1) c: step(name: "c", delayMs: 20) }"#,
                                   resolvers: r, context: log)
        #expect(result.json == #"{"data":{"a":"a","b":"b","c":"c"}}"#)
        #expect(log.all == ["start a", "end a", "start b", "end b", "start c", "end c"])
    }

    @Test("sibling query fields that wait run concurrently")
    func concurrentSiblings() async throws {
        let sdl = "type Query { a: Int, b: Int }"
        let log = EventLog()
        var r = Resolvers<EventLog>()
        for name in ["a", "b"] {
            r.field("Query", name) { _, _, log, _ in
                .async {
                    log.append("start")
                    // Each waits until both have started: serial execution would time out.
                    for _ in 0..<400 where log.all.filter({ $0 == "start" }).count < 2 {
                        try await Task.sleep(for: .milliseconds(5))
                    }
                    return .int(log.all.filter { $0 == "start" }.count)
                }
            }
        }
        let result = try await run(sdl, "{ a b }", resolvers: r, context: log)
        #expect(result.json == #"{"data":{"a":2,"b":2}}"#)
    }

    @Test("abstract types resolve by the type-resolver hook, by .object(typeName:) and by __typename")
    func abstractTypes() async throws {
        let sdl = """
        interface Animal { name: String } type Dog implements Animal { name: String, bark: String }
        type Cat implements Animal { name: String, meow: String } union Pet = Dog | Cat
        type Query { hooked: [Animal], tagged: Pet, json: Pet, bad: Animal }
        """
        struct Dog: Sendable { let name: String }
        var r = Resolvers<Void>()
        r.resolveType("Animal") { value, _ in value is Dog ? "Dog" : "Cat" }
        r.field("Query", "hooked") { _, _, _, _ in .list([.object(Dog(name: "rex")), .value(.object(["name": .string("tom")]))]) }
        r.field("Query", "tagged") { _, _, _, _ in .object(GraphQLValue.object(["meow": .string("purr")]), typeName: "Cat") }
        r.field("Query", "json") { _, _, _, _ in .value(.object(["__typename": .string("Dog"), "bark": .string("woof")])) }
        r.field("Query", "bad") { _, _, _, _ in .object(Dog(name: "x"), typeName: "Query") }
        r.field("Dog", "name", on: Dog.self) { dog, _, _ in .string(dog.name) }
        let query = """
        { hooked { __typename name } tagged { ... on Cat { meow } } json { ... on Dog { bark } } bad { name } }
        """
        let result = try await run(sdl, query, resolvers: r, context: ())
        #expect(result.json == #"{"errors":[{"message":"Runtime Object type \"Query\" is not a possible type for \"Animal\".","locations":[{"line":1,"column":90}],"path":["bad"]}],"data":{"hooked":[{"__typename":"Dog","name":"rex"},{"__typename":"Cat","name":"tom"}],"tagged":{"meow":"purr"},"json":{"bark":"woof"},"bad":null}}"#)
    }

    @Test("arguments reach resolvers coerced, with defaults, variables and input objects")
    func argumentCoercion() async throws {
        let sdl = """
        input In { a: Int = 7, b: [String!] }
        input One @oneOf { x: Int, y: String }
        type Query { echo(i: Int = 3, f: Float, l: [Int], in: In, one: One): String }
        """
        var r = Resolvers<Void>()
        r.field("Query", "echo") { _, args, _, _ in
            var json = JSONWriter()
            json.value(.object(args))
            return .string(String(decoding: json.bytes, as: UTF8.self))
        }
        let result = try await run(sdl, #"query Q($l: [Int], $y: String!) { a: echo(f: 2, l: $l, in: {b: "s"}) b: echo(i: 1, one: {y: $y}) }"#,
                                   resolvers: r, context: (), variables: ["l": .int(4), "y": .string("why")])
        #expect(result.json == #"{"data":{"a":"{\"i\":3,\"f\":2,\"l\":[4],\"in\":{\"a\":7,\"b\":[\"s\"]}}","b":"{\"i\":1,\"one\":{\"y\":\"why\"}}"}}"#)
    }

    @Test("@oneOf variables must set exactly one field, not to null")
    func oneOfVariables() async throws {
        let sdl = "input One @oneOf { x: Int, y: String } type Query { echo(one: One): String }"
        let query = "query Q($o: One) { echo(one: $o) }"
        let two = try await run(sdl, query, data: "{}", variables: ["o": .object(["x": .int(1), "y": .string("a")])])
        #expect(two.json == #"{"errors":[{"message":"Variable \"$o\" got invalid value { x: 1, y: \"a\" }; Exactly one key must be specified for OneOf type \"One\".","locations":[{"line":1,"column":9}]}]}"#)
        let null = try await run(sdl, query, data: "{}", variables: ["o": .object(["x": .null])])
        #expect(null.json == #"{"errors":[{"message":"Variable \"$o\" got invalid value null at \"o.x\"; Field \"x\" must be non-null.","locations":[{"line":1,"column":9}]}]}"#)
    }

    @Test("variable coercion failures are request errors without data")
    func variableFailures() async throws {
        let sdl = "type Query { f(n: Int!): Int }"
        let result = try await run(sdl, "query Q($n: Int!) { f(n: $n) }", data: "{}", variables: ["n": .string("x")])
        #expect(result.data == nil)
        #expect(result.json == #"{"errors":[{"message":"Variable \"$n\" got invalid value \"x\"; Int cannot represent non-integer value: \"x\"","locations":[{"line":1,"column":9}]}]}"#)
    }

    @Test("resolver errors of other types go through the error mapper")
    func errorMapper() async throws {
        struct Secret: Error {}
        var r = Resolvers<Void>()
        r.field("Query", "n") { _, _, _, _ in throw Secret() }
        let options = ExecutionOptions(errorMapper: { _ in GraphQLError("Internal server error", extensions: [(key: "code", value: "INTERNAL")]) })
        let result = try await run(Self.sdl, "{ n }", resolvers: r, context: (), options: options)
        #expect(result.json == #"{"errors":[{"message":"Internal server error","locations":[{"line":1,"column":3}],"path":["n"],"extensions":{"code":"INTERNAL"}}],"data":{"n":null}}"#)
    }
}
