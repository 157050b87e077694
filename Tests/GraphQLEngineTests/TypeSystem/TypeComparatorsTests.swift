import Testing
@testable import GraphQLEngine

/// graphql-js `typeComparators`: subtyping of wrapped types and overlap of composite types.
@Suite("Type comparators")
struct TypeComparatorsTests {
    let schema: GraphQLSchema

    init() throws {
        schema = try GraphQLSchema(sdl: """
            interface Node { id: ID }
            interface Named { name: String }
            type A implements Node { id: ID }
            type B implements Node & Named { id: ID name: String }
            type C { c: Int }
            union AC = A | C
            union BC = B | C
            type Query { n: Node a: AC b: BC named: Named }
            """)
    }

    @Test("subtypes", arguments: [
        (TypeReference.named("A"), TypeReference.named("Node"), true),
        (.nonNull(.named("A")), .named("Node"), true),
        (.named("A"), .nonNull(.named("Node")), false),
        (.list(.named("B")), .list(.named("Named")), true),
        (.list(.named("B")), .named("Named"), false),
        (.named("B"), .list(.named("Named")), false),
        (.named("C"), .named("AC"), true),
        (.named("C"), .named("Node"), false),
        (.named("Node"), .named("A"), false),
        (.nonNull(.list(.nonNull(.named("A")))), .list(.named("Node")), true),
        (.named("Int"), .named("Int"), true),
    ])
    func subtypes(sub: TypeReference, sup: TypeReference, expected: Bool) {
        #expect(isTypeSubTypeOf(schema, maybeSubType: sub, superType: sup) == expected)
    }

    @Test("overlap", arguments: [
        ("A", "A", true), ("A", "B", false), ("Node", "A", true), ("A", "Node", true), ("Node", "C", false),
        ("AC", "BC", true), ("AC", "Named", false), ("BC", "Named", true), ("Node", "Named", true), ("C", "AC", true),
    ])
    func overlap(a: String, b: String, expected: Bool) {
        #expect(doTypesOverlap(schema, a, b) == expected)
    }

    @Test("type references print and unwrap")
    func typeReference() {
        let t = TypeReference.nonNull(.list(.nonNull(.named("Int"))))
        #expect(t.description == "[Int!]!")
        #expect(t.namedType == "Int")
        #expect(t.isNonNull && t.isList)
        #expect(t.nullable == .list(.nonNull(.named("Int"))))
        #expect(t.listItem == .nonNull(.named("Int")))
        #expect(TypeReference.named("A").listItem == nil)
        #expect(isEqualType(t, .nonNull(.list(.nonNull(.named("Int"))))))
        #expect(!isEqualType(t, .list(.nonNull(.named("Int")))))
    }
}
