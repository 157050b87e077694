import Testing
@testable import GraphQLEngine

/// Unit tests of `NoUndefinedVariablesRule`: each case of
/// `__Corpus__/validation/cases/NoUndefinedVariables.graphql`, validated with this rule alone. The expected
/// errors, stated in full, are those graphql-js 16.6's `NoUndefinedVariablesRule` alone reports
/// (written by `__Corpus__/validation/gen_rule_tests.js`).
@Suite("NoUndefinedVariablesRule")
struct NoUndefinedVariablesRuleTests {
    @Test("all-defined")
    func allDefined() {
        expectErrors(NoUndefinedVariablesRule.self, #"""
            query Foo($a: String, $b: String, $c: String) { field(a: $a, b: $b, c: $c) }
            """#, [])
    }

    @Test("all-defined-deeply")
    func allDefinedDeeply() {
        expectErrors(NoUndefinedVariablesRule.self, #"""
            query Foo($a: String, $b: String, $c: String) { field(a: $a) { field(b: $b) { field(c: $c) } } }
            """#, [])
    }

    @Test("in-inline-fragments")
    func inInlineFragments() {
        expectErrors(NoUndefinedVariablesRule.self, #"""
            query Foo($a: String, $b: String, $c: String) {
              ... on Type { field(a: $a) { field(b: $b) { ... on Type { field(c: $c) } } } }
            }
            """#, [])
    }

    @Test("in-fragments")
    func inFragments() {
        expectErrors(NoUndefinedVariablesRule.self, #"""
            query Foo($a: String, $b: String, $c: String) { ...FragA }
            fragment FragA on Type { field(a: $a) { ...FragB } }
            fragment FragB on Type { field(b: $b) { ...FragC } }
            fragment FragC on Type { field(c: $c) }
            """#, [])
    }

    @Test("not-defined")
    func notDefined() {
        expectErrors(NoUndefinedVariablesRule.self, #"""
            query Foo($a: String, $b: String, $c: String) { field(a: $a, b: $b, c: $c, d: $d) }
            """#, [
                .init(#"Variable "$d" is not defined by operation "Foo"."#, at: (1, 79), (1, 1)),
            ])
    }

    @Test("not-defined-anonymous")
    func notDefinedAnonymous() {
        expectErrors(NoUndefinedVariablesRule.self, #"""
            { field(a: $a) }
            """#, [
                .init(#"Variable "$a" is not defined."#, at: (1, 12), (1, 1)),
            ])
    }

    @Test("multiple-not-defined")
    func multipleNotDefined() {
        expectErrors(NoUndefinedVariablesRule.self, #"""
            query Foo($b: String) { field(a: $a, b: $b, c: $c) }
            """#, [
                .init(#"Variable "$a" is not defined by operation "Foo"."#, at: (1, 34), (1, 1)),
                .init(#"Variable "$c" is not defined by operation "Foo"."#, at: (1, 48), (1, 1)),
            ])
    }

    @Test("in-fragment")
    func inFragment() {
        expectErrors(NoUndefinedVariablesRule.self, #"""
            { ...FragA }
            fragment FragA on Type { field(a: $a) }
            """#, [
                .init(#"Variable "$a" is not defined."#, at: (2, 35), (1, 1)),
            ])
    }

    @Test("in-fragments-deep")
    func inFragmentsDeep() {
        expectErrors(NoUndefinedVariablesRule.self, #"""
            query Foo($a: String, $b: String) { ...FragA }
            fragment FragA on Type { field(a: $a) { ...FragB } }
            fragment FragB on Type { field(b: $b) { ...FragC } }
            fragment FragC on Type { field(c: $c) }
            """#, [
                .init(#"Variable "$c" is not defined by operation "Foo"."#, at: (4, 35), (1, 1)),
            ])
    }

    @Test("multiple-operations-one-fragment")
    func multipleOperationsOneFragment() {
        expectErrors(NoUndefinedVariablesRule.self, #"""
            query Foo($a: String) { ...FragAB }
            query Bar($a: String) { ...FragAB }
            fragment FragAB on Type { field(a: $a, b: $b) }
            """#, [
                .init(#"Variable "$b" is not defined by operation "Foo"."#, at: (3, 43), (1, 1)),
                .init(#"Variable "$b" is not defined by operation "Bar"."#, at: (3, 43), (2, 1)),
            ])
    }

    @Test("multiple-operations-multiple-fragments")
    func multipleOperationsMultipleFragments() {
        expectErrors(NoUndefinedVariablesRule.self, #"""
            query Foo($b: String) { ...FragA }
            query Bar($a: String) { ...FragB }
            fragment FragA on Type { field(a: $a) }
            fragment FragB on Type { field(b: $b) }
            """#, [
                .init(#"Variable "$a" is not defined by operation "Foo"."#, at: (3, 35), (1, 1)),
                .init(#"Variable "$b" is not defined by operation "Bar"."#, at: (4, 35), (2, 1)),
            ])
    }

    @Test("in-directives")
    func inDirectives() {
        expectErrors(NoUndefinedVariablesRule.self, #"""
            query Foo @withArgs(a: $q) { dog @include(if: $inc) { name @skip(if: $skip) } }
            """#, [
                .init(#"Variable "$q" is not defined by operation "Foo"."#, at: (1, 24), (1, 1)),
                .init(#"Variable "$inc" is not defined by operation "Foo"."#, at: (1, 47), (1, 1)),
                .init(#"Variable "$skip" is not defined by operation "Foo"."#, at: (1, 70), (1, 1)),
            ])
    }

    @Test("repeated-use")
    func repeatedUse() {
        expectErrors(NoUndefinedVariablesRule.self, #"""
            { dog { isAtLocation(x: $x, y: $x) } }
            """#, [
                .init(#"Variable "$x" is not defined."#, at: (1, 25), (1, 1)),
                .init(#"Variable "$x" is not defined."#, at: (1, 32), (1, 1)),
            ])
    }

    @Test("fragment-before-operation")
    func fragmentBeforeOperation() {
        expectErrors(NoUndefinedVariablesRule.self, #"""
            fragment F on Dog { isAtLocation(x: $x) }
            query Q { dog { ...F } }
            """#, [
                .init(#"Variable "$x" is not defined by operation "Q"."#, at: (1, 37), (2, 1)),
            ])
    }

    @Test("variable-in-default-of-other-variable-not-counted")
    func variableInDefaultOfOtherVariableNotCounted() {
        expectErrors(NoUndefinedVariablesRule.self, #"""
            query Q($a: Int) { dog { isAtLocation(x: $a, y: $b) } }
            """#, [
                .init(#"Variable "$b" is not defined by operation "Q"."#, at: (1, 49), (1, 1)),
            ])
    }

    @Test("in-object-and-list")
    func inObjectAndList() {
        expectErrors(NoUndefinedVariablesRule.self, #"""
            { complicatedArgs { complexArgField(complexArg: { requiredField: $r, stringListField: [$s, "x"] }) } }
            """#, [
                .init(#"Variable "$r" is not defined."#, at: (1, 66), (1, 1)),
                .init(#"Variable "$s" is not defined."#, at: (1, 88), (1, 1)),
            ])
    }

    @Test("fragment-reached-twice")
    func fragmentReachedTwice() {
        expectErrors(NoUndefinedVariablesRule.self, #"""
            query A { ...F }
            query B { ...F }
            fragment F on QueryRoot { dog { isAtLocation(x: $x) } }
            """#, [
                .init(#"Variable "$x" is not defined by operation "A"."#, at: (3, 49), (1, 1)),
                .init(#"Variable "$x" is not defined by operation "B"."#, at: (3, 49), (2, 1)),
            ])
    }
}
