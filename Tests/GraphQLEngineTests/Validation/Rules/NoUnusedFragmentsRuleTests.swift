import Testing
@testable import GraphQLEngine

/// Unit tests of `NoUnusedFragmentsRule`: each case of
/// `__Corpus__/validation/cases/NoUnusedFragments.graphql`, validated with this rule alone. The expected
/// errors, stated in full, are those graphql-js 16.6's `NoUnusedFragmentsRule` alone reports
/// (written by `__Corpus__/validation/gen_rule_tests.js`).
@Suite("NoUnusedFragmentsRule")
struct NoUnusedFragmentsRuleTests {
    @Test("all-used")
    func allUsed() {
        expectErrors(NoUnusedFragmentsRule.self, #"""
            { human(id: 4) { ...HumanFields1 ... on Human { ...HumanFields2 } } }
            fragment HumanFields1 on Human { name ...HumanFields3 }
            fragment HumanFields2 on Human { name }
            fragment HumanFields3 on Human { name }
            """#, [])
    }

    @Test("used-by-multiple-operations")
    func usedByMultipleOperations() {
        expectErrors(NoUnusedFragmentsRule.self, #"""
            query Foo { human(id: 4) { ...HumanFields1 } }
            query Bar { human(id: 4) { ...HumanFields2 } }
            fragment HumanFields1 on Human { name ...HumanFields3 }
            fragment HumanFields2 on Human { name }
            fragment HumanFields3 on Human { name }
            """#, [])
    }

    @Test("unused")
    func unused() {
        expectErrors(NoUnusedFragmentsRule.self, #"""
            query Foo { human(id: 4) { ...HumanFields1 } }
            query Bar { human(id: 4) { ...HumanFields2 } }
            fragment HumanFields1 on Human { name ...HumanFields3 }
            fragment HumanFields2 on Human { name }
            fragment HumanFields3 on Human { name }
            fragment Unused1 on Human { name }
            fragment Unused2 on Human { name }
            """#, [
                .init(#"Fragment "Unused1" is never used."#, at: (6, 1)),
                .init(#"Fragment "Unused2" is never used."#, at: (7, 1)),
            ])
    }

    @Test("unused-with-references")
    func unusedWithReferences() {
        expectErrors(NoUnusedFragmentsRule.self, #"""
            query Foo { human(id: 4) { ...HumanFields1 } }
            query Bar { human(id: 4) { ...HumanFields2 } }
            fragment HumanFields1 on Human { name ...HumanFields3 }
            fragment HumanFields2 on Human { name }
            fragment HumanFields3 on Human { name }
            fragment Unused1 on Human { name ...Unused2 }
            fragment Unused2 on Human { name ...Unused1 }
            """#, [
                .init(#"Fragment "Unused1" is never used."#, at: (6, 1)),
                .init(#"Fragment "Unused2" is never used."#, at: (7, 1)),
            ])
    }

    @Test("unknown-fragment-with-unused")
    func unknownFragmentWithUnused() {
        expectErrors(NoUnusedFragmentsRule.self, #"""
            query Foo { human(id: 4) { ...bar } }
            fragment foo on Human { name }
            """#, [
                .init(#"Fragment "foo" is never used."#, at: (2, 1)),
            ])
    }

    @Test("no-operations")
    func noOperations() {
        expectErrors(NoUnusedFragmentsRule.self, #"""
            fragment A on Dog { name }
            fragment B on Dog { ...A }
            """#, [
                .init(#"Fragment "A" is never used."#, at: (1, 1)),
                .init(#"Fragment "B" is never used."#, at: (2, 1)),
            ])
    }

    @Test("cycle-used")
    func cycleUsed() {
        expectErrors(NoUnusedFragmentsRule.self, #"""
            { dog { ...A } }
            fragment A on Dog { ...B }
            fragment B on Dog { ...A }
            """#, [])
    }

    @Test("used-only-inside-unused")
    func usedOnlyInsideUnused() {
        expectErrors(NoUnusedFragmentsRule.self, #"""
            { dog { name } }
            fragment A on Dog { ...B }
            fragment B on Dog { name }
            """#, [
                .init(#"Fragment "A" is never used."#, at: (2, 1)),
                .init(#"Fragment "B" is never used."#, at: (3, 1)),
            ])
    }

    @Test("fragment-before-operation")
    func fragmentBeforeOperation() {
        expectErrors(NoUnusedFragmentsRule.self, #"""
            fragment F on Dog { name }
            fragment G on Dog { name }
            { dog { ...G } }
            """#, [
                .init(#"Fragment "F" is never used."#, at: (1, 1)),
            ])
    }

    @Test("deep-chain")
    func deepChain() {
        expectErrors(NoUnusedFragmentsRule.self, #"""
            { dog { ...A } }
            fragment A on Dog { ...B }
            fragment B on Dog { ...C }
            fragment C on Dog { name }
            fragment D on Dog { name }
            """#, [
                .init(#"Fragment "D" is never used."#, at: (5, 1)),
            ])
    }

    @Test("duplicate-name-unused")
    func duplicateNameUnused() {
        expectErrors(NoUnusedFragmentsRule.self, #"""
            { dog { name } }
            fragment A on Dog { name }
            fragment A on Dog { name }
            """#, [
                .init(#"Fragment "A" is never used."#, at: (2, 1)),
                .init(#"Fragment "A" is never used."#, at: (3, 1)),
            ])
    }
}
