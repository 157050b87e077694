import Testing
@testable import GraphQLEngine

/// The resolver registry: start-up checks and the default resolver on domain objects.
@Suite("Resolvers")
struct ResolversTests {
    static let sdl = "type Query { station: Station, count: Int } type Station { id: ID!, name: String }"

    @Test("check reports unbound fields and bindings the schema lacks")
    func check() throws {
        let schema = try GraphQLSchema(sdl: Self.sdl)
        var r = Resolvers<Void>()
        r.field("Query", "station") { _, _, _, _ in .null }
        r.field("Query", "missing") { _, _, _, _ in .null }
        r.field("Nope", "x") { _, _, _, _ in .null }
        r.resolveType("Station") { _, _ in nil }
        r.useDefaultResolvers(for: "Station")
        #expect(r.check(against: schema) == [
            "Field Query.count has no resolver.",
            "Resolvers are bound to Nope, which is not an object type of the schema.",
            "A resolver is bound to Query.missing, which the schema does not define.",
            "A type resolver is bound to Station, which is not an interface or union.",
        ])
    }

    @Test("the default resolver asks GraphQLFieldReadable domain objects")
    func readable() async throws {
        struct Station: GraphQLFieldReadable {
            func graphQLField(_ name: String) -> FieldValue? {
                name == "id" ? .string("s1") : nil
            }
        }
        var r = Resolvers<Void>()
        r.field("Query", "station") { _, _, _, _ in .object(Station()) }
        let result = try await run(Self.sdl, "{ station { id name } }", resolvers: r, context: ())
        #expect(result.json == #"{"data":{"station":{"id":"s1","name":null}}}"#)
    }

    @Test("a typed resolver given a parent of another type reports a field error")
    func sourceMismatch() async throws {
        var r = Resolvers<Void>()
        r.field("Query", "station") { _, _, _, _ in .object(42) }
        r.field("Station", "name", on: String.self) { s, _, _ in .string(s) }
        let result = try await run(Self.sdl, "{ station { name } }", resolvers: r, context: ())
        #expect(result.json == #"{"errors":[{"message":"Resolver Station.name expected a String parent, got Int.","locations":[{"line":1,"column":13}],"path":["station","name"]}],"data":{"station":{"name":null}}}"#)
    }
}
