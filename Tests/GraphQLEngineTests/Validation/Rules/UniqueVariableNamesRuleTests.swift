import Testing
@testable import GraphQLEngine

/// Unit tests of `UniqueVariableNamesRule`: each case of
/// `__Corpus__/validation/cases/UniqueVariableNames.graphql`, validated with this rule alone. The expected
/// errors, stated in full, are those graphql-js 16.6's `UniqueVariableNamesRule` alone reports
/// (written by `__Corpus__/validation/gen_rule_tests.js`).
@Suite("UniqueVariableNamesRule")
struct UniqueVariableNamesRuleTests {
    @Test("unique")
    func unique() {
        expectErrors(UniqueVariableNamesRule.self, #"""
            query A($x: Int, $y: String) { __typename }
            query B($x: String, $y: Int) { __typename }
            """#, [])
    }

    @Test("duplicates")
    func duplicates() {
        expectErrors(UniqueVariableNamesRule.self, #"""
            query A($x: Int, $x: Int, $x: String) { __typename }
            query B($x: String, $x: Int) { __typename }
            query C($x: Int, $x: Int) { __typename }
            """#, [
                .init(#"There can be only one variable named "$x"."#, at: (1, 10), (1, 19), (1, 28)),
                .init(#"There can be only one variable named "$x"."#, at: (2, 10), (2, 22)),
                .init(#"There can be only one variable named "$x"."#, at: (3, 10), (3, 19)),
            ])
    }

    @Test("interleaved")
    func interleaved() {
        expectErrors(UniqueVariableNamesRule.self, #"""
            query A($x: Int, $y: Int, $x: Int, $y: Int, $z: Int) { __typename }
            """#, [
                .init(#"There can be only one variable named "$x"."#, at: (1, 10), (1, 28)),
                .init(#"There can be only one variable named "$y"."#, at: (1, 19), (1, 37)),
            ])
    }

    @Test("no-variables")
    func noVariables() {
        expectErrors(UniqueVariableNamesRule.self, #"""
            { __typename }
            """#, [])
    }

    @Test("one-variable")
    func oneVariable() {
        expectErrors(UniqueVariableNamesRule.self, #"""
            query ($a: Int) { dog { isAtLocation(x: $a) } }
            """#, [])
    }

    @Test("duplicate-used")
    func duplicateUsed() {
        expectErrors(UniqueVariableNamesRule.self, #"""
            query ($a: Int, $a: Int) { dog { isAtLocation(x: $a) } }
            """#, [
                .init(#"There can be only one variable named "$a"."#, at: (1, 9), (1, 18)),
            ])
    }

    @Test("duplicate-different-types")
    func duplicateDifferentTypes() {
        expectErrors(UniqueVariableNamesRule.self, #"""
            query ($a: Int, $a: String!) { dog { name } }
            """#, [
                .init(#"There can be only one variable named "$a"."#, at: (1, 9), (1, 18)),
            ])
    }

    @Test("duplicate-with-defaults")
    func duplicateWithDefaults() {
        expectErrors(UniqueVariableNamesRule.self, #"""
            query ($a: Int = 1, $a: Int = 2) { dog { isAtLocation(x: $a) } }
            """#, [
                .init(#"There can be only one variable named "$a"."#, at: (1, 9), (1, 22)),
            ])
    }

    @Test("mutation-duplicates")
    func mutationDuplicates() {
        expectErrors(UniqueVariableNamesRule.self, #"""
            mutation ($n: String!, $n: String!) { setName(name: $n) { name } }
            """#, [
                .init(#"There can be only one variable named "$n"."#, at: (1, 12), (1, 25)),
            ])
    }

    @Test("subscription-duplicates")
    func subscriptionDuplicates() {
        expectErrors(UniqueVariableNamesRule.self, #"""
            subscription S($a: Int, $b: Int, $a: Int, $b: Int) { newMessage { body } }
            """#, [
                .init(#"There can be only one variable named "$a"."#, at: (1, 17), (1, 35)),
                .init(#"There can be only one variable named "$b"."#, at: (1, 26), (1, 44)),
            ])
    }

    @Test("case-sensitive")
    func caseSensitive() {
        expectErrors(UniqueVariableNamesRule.self, #"""
            query ($a: Int, $A: Int) { dog { isAtLocation(x: $a, y: $A) } }
            """#, [])
    }
}
