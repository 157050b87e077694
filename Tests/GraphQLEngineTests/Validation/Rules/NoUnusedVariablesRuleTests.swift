import Testing
@testable import GraphQLEngine

/// Unit tests of `NoUnusedVariablesRule`: each case of
/// `__Corpus__/validation/cases/NoUnusedVariables.graphql`, validated with this rule alone. The expected
/// errors, stated in full, are those graphql-js 16.6's `NoUnusedVariablesRule` alone reports
/// (written by `__Corpus__/validation/gen_rule_tests.js`).
@Suite("NoUnusedVariablesRule")
struct NoUnusedVariablesRuleTests {
    @Test("all-used")
    func allUsed() {
        expectErrors(NoUnusedVariablesRule.self, #"""
            query ($a: String, $b: String, $c: String) { field(a: $a, b: $b, c: $c) }
            """#, [])
    }

    @Test("used-deeply")
    func usedDeeply() {
        expectErrors(NoUnusedVariablesRule.self, #"""
            query Foo($a: String, $b: String, $c: String) { field(a: $a) { field(b: $b) { field(c: $c) } } }
            """#, [])
    }

    @Test("used-in-fragments")
    func usedInFragments() {
        expectErrors(NoUnusedVariablesRule.self, #"""
            query Foo($a: String, $b: String, $c: String) { ...FragA }
            fragment FragA on Type { field(a: $a) { ...FragB } }
            fragment FragB on Type { field(b: $b) { ...FragC } }
            fragment FragC on Type { field(c: $c) }
            """#, [])
    }

    @Test("not-used")
    func notUsed() {
        expectErrors(NoUnusedVariablesRule.self, #"""
            query ($a: String, $b: String, $c: String) { field(a: $a, b: $b) }
            """#, [
                .init(#"Variable "$c" is never used."#, at: (1, 32)),
            ])
    }

    @Test("multiple-not-used")
    func multipleNotUsed() {
        expectErrors(NoUnusedVariablesRule.self, #"""
            query Foo($a: String, $b: String, $c: String) { field(b: $b) }
            """#, [
                .init(#"Variable "$a" is never used in operation "Foo"."#, at: (1, 11)),
                .init(#"Variable "$c" is never used in operation "Foo"."#, at: (1, 35)),
            ])
    }

    @Test("not-used-in-fragments")
    func notUsedInFragments() {
        expectErrors(NoUnusedVariablesRule.self, #"""
            query Foo($a: String, $b: String, $c: String) { ...FragA }
            fragment FragA on Type { field(a: $a) { ...FragB } }
            fragment FragB on Type { field(b: $b) { ...FragC } }
            fragment FragC on Type { field }
            """#, [
                .init(#"Variable "$c" is never used in operation "Foo"."#, at: (1, 35)),
            ])
    }

    @Test("used-by-unreferenced-fragment")
    func usedByUnreferencedFragment() {
        expectErrors(NoUnusedVariablesRule.self, #"""
            query Foo($b: String) { ...FragA }
            fragment FragA on Type { field(a: $a) }
            fragment FragB on Type { field(b: $b) }
            """#, [
                .init(#"Variable "$b" is never used in operation "Foo"."#, at: (1, 11)),
            ])
    }

    @Test("used-by-fragment-of-other-operation")
    func usedByFragmentOfOtherOperation() {
        expectErrors(NoUnusedVariablesRule.self, #"""
            query Foo($b: String) { ...FragA }
            query Bar($a: String) { ...FragB }
            fragment FragA on Type { field(a: $a) }
            fragment FragB on Type { field(b: $b) }
            """#, [
                .init(#"Variable "$b" is never used in operation "Foo"."#, at: (1, 11)),
                .init(#"Variable "$a" is never used in operation "Bar"."#, at: (2, 11)),
            ])
    }

    @Test("used-in-directive")
    func usedInDirective() {
        expectErrors(NoUnusedVariablesRule.self, #"""
            query ($inc: Boolean!) { dog @include(if: $inc) { name } }
            """#, [])
    }

    @Test("used-in-operation-directive")
    func usedInOperationDirective() {
        expectErrors(NoUnusedVariablesRule.self, #"""
            query Q($a: String) @withArgs(a: $a) { dog { name } }
            """#, [])
    }

    @Test("used-only-in-variable-directive-not-counted")
    func usedOnlyInVariableDirectiveNotCounted() {
        expectErrors(NoUnusedVariablesRule.self, #"""
            query Q($a: String, $b: String @withArgs(a: "x")) { dog { name } }
            """#, [
                .init(#"Variable "$a" is never used in operation "Q"."#, at: (1, 9)),
                .init(#"Variable "$b" is never used in operation "Q"."#, at: (1, 21)),
            ])
    }

    @Test("mutation-unused")
    func mutationUnused() {
        expectErrors(NoUnusedVariablesRule.self, #"""
            mutation M($n: String!, $unused: Int) { setName(name: $n) { name } }
            """#, [
                .init(#"Variable "$unused" is never used in operation "M"."#, at: (1, 25)),
            ])
    }

    @Test("duplicate-definitions-unused")
    func duplicateDefinitionsUnused() {
        expectErrors(NoUnusedVariablesRule.self, #"""
            query Q($a: Int, $a: Int) { dog { name } }
            """#, [
                .init(#"Variable "$a" is never used in operation "Q"."#, at: (1, 9)),
                .init(#"Variable "$a" is never used in operation "Q"."#, at: (1, 18)),
            ])
    }
}
