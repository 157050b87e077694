import Testing
@testable import GraphQLEngine

/// Unit tests of `UniqueFragmentNamesRule`: each case of
/// `__Corpus__/validation/cases/UniqueFragmentNames.graphql`, validated with this rule alone. The expected
/// errors, stated in full, are those graphql-js 16.6's `UniqueFragmentNamesRule` alone reports
/// (written by `__Corpus__/validation/gen_rule_tests.js`).
@Suite("UniqueFragmentNamesRule")
struct UniqueFragmentNamesRuleTests {
    @Test("no-fragments")
    func noFragments() {
        expectErrors(UniqueFragmentNamesRule.self, #"""
            { dog { name } }
            """#, [])
    }

    @Test("one-fragment")
    func oneFragment() {
        expectErrors(UniqueFragmentNamesRule.self, #"""
            { dog { ...fragA } }
            fragment fragA on Dog { name }
            """#, [])
    }

    @Test("many-fragments")
    func manyFragments() {
        expectErrors(UniqueFragmentNamesRule.self, #"""
            { dog { ...fragA ...fragB ...fragC } }
            fragment fragA on Dog { name }
            fragment fragB on Dog { nickname }
            fragment fragC on Dog { barkVolume }
            """#, [])
    }

    @Test("inline-fragments-always-unique")
    func inlineFragmentsAlwaysUnique() {
        expectErrors(UniqueFragmentNamesRule.self, #"""
            { dog { ...on Dog { name } ...on Dog { nickname } } }
            """#, [])
    }

    @Test("fragment-and-operation-same-name")
    func fragmentAndOperationSameName() {
        expectErrors(UniqueFragmentNamesRule.self, #"""
            query Foo { dog { ...Foo } }
            fragment Foo on Dog { name }
            """#, [])
    }

    @Test("duplicate")
    func duplicate() {
        expectErrors(UniqueFragmentNamesRule.self, #"""
            { dog { ...fragA } }
            fragment fragA on Dog { name }
            fragment fragA on Dog { barks }
            """#, [
                .init(#"There can be only one fragment named "fragA"."#, at: (2, 10), (3, 10)),
            ])
    }

    @Test("duplicate-unused")
    func duplicateUnused() {
        expectErrors(UniqueFragmentNamesRule.self, #"""
            fragment fragA on Dog { name }
            fragment fragA on Dog { barks }
            """#, [
                .init(#"There can be only one fragment named "fragA"."#, at: (1, 10), (2, 10)),
            ])
    }

    @Test("triple")
    func triple() {
        expectErrors(UniqueFragmentNamesRule.self, #"""
            { dog { ...fragA } }
            fragment fragA on Dog { name }
            fragment fragA on Dog { barks }
            fragment fragA on Dog { nickname }
            """#, [
                .init(#"There can be only one fragment named "fragA"."#, at: (2, 10), (3, 10)),
                .init(#"There can be only one fragment named "fragA"."#, at: (2, 10), (4, 10)),
            ])
    }

    @Test("two-duplicates")
    func twoDuplicates() {
        expectErrors(UniqueFragmentNamesRule.self, #"""
            { dog { ...A ...B } }
            fragment A on Dog { name }
            fragment B on Dog { name }
            fragment A on Dog { name }
            fragment B on Dog { name }
            """#, [
                .init(#"There can be only one fragment named "A"."#, at: (2, 10), (4, 10)),
                .init(#"There can be only one fragment named "B"."#, at: (3, 10), (5, 10)),
            ])
    }

    @Test("duplicate-different-types")
    func duplicateDifferentTypes() {
        expectErrors(UniqueFragmentNamesRule.self, #"""
            { dog { ...A } }
            fragment A on Dog { name }
            fragment A on Cat { name }
            """#, [
                .init(#"There can be only one fragment named "A"."#, at: (2, 10), (3, 10)),
            ])
    }

    @Test("duplicate-last-wins-for-spread")
    func duplicateLastWinsForSpread() {
        expectErrors(UniqueFragmentNamesRule.self, #"""
            { dog { ...A } }
            fragment A on Dog { name }
            fragment A on Human { name }
            """#, [
                .init(#"There can be only one fragment named "A"."#, at: (2, 10), (3, 10)),
            ])
    }
}
