import Testing
@testable import GraphQLEngine

/// `GraphQLValue.inspected`: values in error messages as graphql-js' `inspect` shows them
/// (the execution corpus checks the same against graphql-js itself).
@Suite("GraphQLValue inspect")
struct GraphQLValueTests {
    @Test("lists show at most 10 items, then how many more")
    func listLength() {
        let ten = GraphQLValue.list((0..<10).map { .int($0) })
        #expect(ten.inspected == "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]")
        let eleven = GraphQLValue.list((0..<11).map { .int($0) })
        #expect(eleven.inspected.hasSuffix(", 9, ... 1 more item]"))
        let many = GraphQLValue.list((0..<25).map { .string("s\($0)") })
        #expect(many.inspected.hasSuffix(#", "s9", ... 15 more items]"#))
    }

    @Test("lists and objects nested deeper than two levels are cut, empty ones are not")
    func depth() {
        let value: GraphQLValue = .object(["a": .object(["b": .object(["c": .int(1)]), "l": .list([.list([])]),
                                                         "e": .object([:]), "n": .list([])])])
        #expect(value.inspected == "{ a: { b: [Object], l: [Array], e: {}, n: [] } }")
        let lists: GraphQLValue = .list([.list([.list([.int(1)]), .int(2)])])
        #expect(lists.inspected == "[[[Array], 2]]")
    }

    @Test("integer-like keys come first, ascending, as JavaScript orders an object's keys")
    func keyOrder() {
        let value: GraphQLValue = .object(["b": .int(1), "10": .null, "a": .bool(true), "2": .string("x"), "01": .double(1.5)])
        #expect(value.inspected == #"{ 2: "x", 10: null, b: 1, a: true, 01: 1.5 }"#)
    }
}
