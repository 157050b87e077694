import Testing
@testable import GraphQLEngine

/// Unit tests of `KnownFragmentNamesRule`: each case of
/// `__Corpus__/validation/cases/KnownFragmentNames.graphql`, validated with this rule alone. The expected
/// errors, stated in full, are those graphql-js 16.6's `KnownFragmentNamesRule` alone reports
/// (written by `__Corpus__/validation/gen_rule_tests.js`).
@Suite("KnownFragmentNamesRule")
struct KnownFragmentNamesRuleTests {
    @Test("known")
    func known() {
        expectErrors(KnownFragmentNamesRule.self, #"""
            { human(id: 4) { ...HumanFields1 ... on Human { ...HumanFields2 } ... { name } } }
            fragment HumanFields1 on Human { name ...HumanFields3 }
            fragment HumanFields2 on Human { name }
            fragment HumanFields3 on Human { name }
            """#, [])
    }

    @Test("unknown")
    func unknown() {
        expectErrors(KnownFragmentNamesRule.self, #"""
            { human(id: 4) { ...UnknownFragment1 ... on Human { ...UnknownFragment2 } } }
            fragment HumanFields on Human { name ...UnknownFragment3 }
            """#, [
                .init(#"Unknown fragment "UnknownFragment1"."#, at: (1, 21)),
                .init(#"Unknown fragment "UnknownFragment2"."#, at: (1, 56)),
                .init(#"Unknown fragment "UnknownFragment3"."#, at: (2, 41)),
            ])
    }

    @Test("unknown-with-directive")
    func unknownWithDirective() {
        expectErrors(KnownFragmentNamesRule.self, #"""
            { dog { ...Missing @include(if: true) } }
            """#, [
                .init(#"Unknown fragment "Missing"."#, at: (1, 12)),
            ])
    }

    @Test("unknown-in-root")
    func unknownInRoot() {
        expectErrors(KnownFragmentNamesRule.self, #"""
            { ...Nope }
            """#, [
                .init(#"Unknown fragment "Nope"."#, at: (1, 6)),
            ])
    }

    @Test("unknown-twice")
    func unknownTwice() {
        expectErrors(KnownFragmentNamesRule.self, #"""
            { dog { ...Nope ...Nope } }
            """#, [
                .init(#"Unknown fragment "Nope"."#, at: (1, 12)),
                .init(#"Unknown fragment "Nope"."#, at: (1, 20)),
            ])
    }

    @Test("defined-after-use")
    func definedAfterUse() {
        expectErrors(KnownFragmentNamesRule.self, #"""
            { dog { ...Later } }
            fragment Later on Dog { name }
            """#, [])
    }

    @Test("case-sensitive")
    func caseSensitive() {
        expectErrors(KnownFragmentNamesRule.self, #"""
            { dog { ...dogFields } }
            fragment DogFields on Dog { name }
            """#, [
                .init(#"Unknown fragment "dogFields"."#, at: (1, 12)),
            ])
    }

    @Test("unknown-in-nested-field")
    func unknownInNestedField() {
        expectErrors(KnownFragmentNamesRule.self, #"""
            { human { pets { ...PetStuff } } }
            """#, [
                .init(#"Unknown fragment "PetStuff"."#, at: (1, 21)),
            ])
    }

    @Test("unknown-in-mutation")
    func unknownInMutation() {
        expectErrors(KnownFragmentNamesRule.self, #"""
            mutation { setName(name: "x") { ...H } }
            """#, [
                .init(#"Unknown fragment "H"."#, at: (1, 36)),
            ])
    }

    @Test("unknown-in-subscription")
    func unknownInSubscription() {
        expectErrors(KnownFragmentNamesRule.self, #"""
            subscription { newMessage { ...M } }
            """#, [
                .init(#"Unknown fragment "M"."#, at: (1, 32)),
            ])
    }

    @Test("known-within-fragment-cycle-free")
    func knownWithinFragmentCycleFree() {
        expectErrors(KnownFragmentNamesRule.self, #"""
            { dog { ...A } }
            fragment A on Dog { ...B }
            fragment B on Dog { name }
            """#, [])
    }
}
