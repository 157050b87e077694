import Testing
@testable import GraphQLEngine

/// Unit tests of `KnownTypeNamesRule`: each case of
/// `__Corpus__/validation/cases/KnownTypeNames.graphql`, validated with this rule alone. The expected
/// errors, stated in full, are those graphql-js 16.6's `KnownTypeNamesRule` alone reports
/// (written by `__Corpus__/validation/gen_rule_tests.js`).
@Suite("KnownTypeNamesRule")
struct KnownTypeNamesRuleTests {
    @Test("known-types")
    func knownTypes() {
        expectErrors(KnownTypeNamesRule.self, #"""
            query Foo($var: String, $required: [Int!]!, $introspectionType: __EnumValue) {
              user: human(id: 4) { pets { ... on Pet { name }, ...PetFields, ... { name } } }
            }
            fragment PetFields on Pet { name }
            """#, [])
    }

    @Test("unknown-variable-type")
    func unknownVariableType() {
        expectErrors(KnownTypeNamesRule.self, #"""
            query Foo($var: [JumbledUpLetters!]!) { dog { name } }
            """#, [
                .init(#"Unknown type "JumbledUpLetters"."#, at: (1, 18)),
            ])
    }

    @Test("unknown-fragment-type")
    func unknownFragmentType() {
        expectErrors(KnownTypeNamesRule.self, #"""
            { dog { ...F } }
            fragment F on Dogg { name }
            """#, [
                .init(#"Unknown type "Dogg". Did you mean "Dog"?"#, at: (2, 15)),
            ])
    }

    @Test("unknown-inline-type")
    func unknownInlineType() {
        expectErrors(KnownTypeNamesRule.self, #"""
            { pet { ... on Badger { name } } }
            """#, [
                .init(#"Unknown type "Badger". Did you mean "Edge"?"#, at: (1, 16)),
            ])
    }

    @Test("suggestions-case")
    func suggestionsCase() {
        expectErrors(KnownTypeNamesRule.self, #"""
            query Foo($var: string) { dog { name } }
            """#, [
                .init(#"Unknown type "string". Did you mean "String" or "StringBox"?"#, at: (1, 17)),
            ])
    }

    @Test("suggestions-many")
    func suggestionsMany() {
        expectErrors(KnownTypeNamesRule.self, #"""
            query Foo($var: Int, $b: Fur, $c: Dogs, $d: Cats) { dog { name } }
            """#, [
                .init(#"Unknown type "Fur"."#, at: (1, 26)),
                .init(#"Unknown type "Dogs". Did you mean "Dog"?"#, at: (1, 35)),
                .init(#"Unknown type "Cats". Did you mean "Cat"?"#, at: (1, 45)),
            ])
    }

    @Test("introspection-name-in-query")
    func introspectionNameInQuery() {
        expectErrors(KnownTypeNamesRule.self, #"""
            query Foo($var: __Typ) { dog { name } }
            """#, [
                .init(#"Unknown type "__Typ". Did you mean "__Type"?"#, at: (1, 17)),
            ])
    }

    @Test("unknown-in-sdl-with-standard")
    func unknownInSdlWithStandard() {
        expectErrors(KnownTypeNamesRule.self, #"""
            type T { a: Strin b: __Schema }
            { dog { name } }
            """#, [
                .init(#"Unknown type "Strin". Did you mean "String"?"#, at: (1, 13)),
            ])
    }

    @Test("sdl-defined-type-is-known")
    func sdlDefinedTypeIsKnown() {
        expectErrors(KnownTypeNamesRule.self, #"""
            type Custom { a: String }
            query Foo($c: Custom) { dog { name } }
            """#, [])
    }

    @Test("sdl-defined-type-suggested")
    func sdlDefinedTypeSuggested() {
        expectErrors(KnownTypeNamesRule.self, #"""
            type Custom { a: String }
            query Foo($c: Custo) { dog { name } }
            """#, [
                .init(#"Unknown type "Custo". Did you mean "Custom" or "Cat"?"#, at: (2, 15)),
            ])
    }

    @Test("several-unknowns-in-order")
    func severalUnknownsInOrder() {
        expectErrors(KnownTypeNamesRule.self, #"""
            query Foo($a: A, $b: B) { dog { ... on C { name } ...D } }
            fragment D on E { name }
            """#, [
                .init(#"Unknown type "A"."#, at: (1, 15)),
                .init(#"Unknown type "B"."#, at: (1, 22)),
                .init(#"Unknown type "C"."#, at: (1, 40)),
                .init(#"Unknown type "E"."#, at: (2, 15)),
            ])
    }

    @Test("unknown-nested-list")
    func unknownNestedList() {
        expectErrors(KnownTypeNamesRule.self, #"""
            query Foo($a: [[[Blah]!]]) { dog { name } }
            """#, [
                .init(#"Unknown type "Blah"."#, at: (1, 18)),
            ])
    }

    @Test("unknown-type-no-suggestion")
    func unknownTypeNoSuggestion() {
        expectErrors(KnownTypeNamesRule.self, #"""
            query Foo($a: Zzzzzzzzzzzzzz) { dog { name } }
            """#, [
                .init(#"Unknown type "Zzzzzzzzzzzzzz"."#, at: (1, 15)),
            ])
    }

    @Test("union-member-suggestion")
    func unionMemberSuggestion() {
        expectErrors(KnownTypeNamesRule.self, #"""
            { catOrDog { ... on Dgo { name } } }
            """#, [
                .init(#"Unknown type "Dgo". Did you mean "Dog" or "Edge"?"#, at: (1, 21)),
            ])
    }

    @Test("extension-uses-unknown")
    func extensionUsesUnknown() {
        expectErrors(KnownTypeNamesRule.self, #"""
            extend type QueryRoot { f: Unknwn }
            { dog { name } }
            """#, [
                .init(#"Unknown type "Unknwn"."#, at: (1, 28)),
            ])
    }
}
