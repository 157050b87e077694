import Testing
@testable import GraphQLEngine

/// Unit tests of `NoFragmentCyclesRule`: each case of
/// `__Corpus__/validation/cases/NoFragmentCycles.graphql`, validated with this rule alone. The expected
/// errors, stated in full, are those graphql-js 16.6's `NoFragmentCyclesRule` alone reports
/// (written by `__Corpus__/validation/gen_rule_tests.js`).
@Suite("NoFragmentCyclesRule")
struct NoFragmentCyclesRuleTests {
    @Test("single-reference")
    func singleReference() {
        expectErrors(NoFragmentCyclesRule.self, #"""
            { dog { ...fragA } }
            fragment fragA on Dog { ...fragB }
            fragment fragB on Dog { name }
            """#, [])
    }

    @Test("spread-twice-not-circular")
    func spreadTwiceNotCircular() {
        expectErrors(NoFragmentCyclesRule.self, #"""
            { dog { ...fragA } }
            fragment fragA on Dog { ...fragB, ...fragB }
            fragment fragB on Dog { name }
            """#, [])
    }

    @Test("spread-twice-indirectly")
    func spreadTwiceIndirectly() {
        expectErrors(NoFragmentCyclesRule.self, #"""
            { dog { ...fragA } }
            fragment fragA on Dog { ...fragB, ...fragC }
            fragment fragB on Dog { ...fragC }
            fragment fragC on Dog { name }
            """#, [])
    }

    @Test("double-spread-in-selection-sets")
    func doubleSpreadInSelectionSets() {
        expectErrors(NoFragmentCyclesRule.self, #"""
            { dog { ...nameFragment } }
            fragment nameFragment on Pet { ... on Dog { name } ... on Cat { name } }
            """#, [])
    }

    @Test("self-spread")
    func selfSpread() {
        expectErrors(NoFragmentCyclesRule.self, #"""
            { dog { ...fragA } }
            fragment fragA on Dog { ...fragA }
            """#, [
                .init(#"Cannot spread fragment "fragA" within itself."#, at: (2, 25)),
            ])
    }

    @Test("self-spread-in-inline")
    func selfSpreadInInline() {
        expectErrors(NoFragmentCyclesRule.self, #"""
            { dog { ...fragA } }
            fragment fragA on Pet { ... on Dog { ...fragA } }
            """#, [
                .init(#"Cannot spread fragment "fragA" within itself."#, at: (2, 38)),
            ])
    }

    @Test("two-cycle")
    func twoCycle() {
        expectErrors(NoFragmentCyclesRule.self, #"""
            { dog { ...fragA } }
            fragment fragA on Dog { ...fragB }
            fragment fragB on Dog { ...fragA }
            """#, [
                .init(#"Cannot spread fragment "fragA" within itself via "fragB"."#, at: (2, 25), (3, 25)),
            ])
    }

    @Test("two-cycle-reverse-order")
    func twoCycleReverseOrder() {
        expectErrors(NoFragmentCyclesRule.self, #"""
            { dog { ...fragB } }
            fragment fragB on Dog { ...fragA }
            fragment fragA on Dog { ...fragB }
            """#, [
                .init(#"Cannot spread fragment "fragB" within itself via "fragA"."#, at: (2, 25), (3, 25)),
            ])
    }

    @Test("two-cycle-in-inline")
    func twoCycleInInline() {
        expectErrors(NoFragmentCyclesRule.self, #"""
            { dog { ...fragA } }
            fragment fragA on Pet { ... on Dog { ...fragB } }
            fragment fragB on Pet { ... on Dog { ...fragA } }
            """#, [
                .init(#"Cannot spread fragment "fragA" within itself via "fragB"."#, at: (2, 38), (3, 38)),
            ])
    }

    @Test("deep-cycle")
    func deepCycle() {
        expectErrors(NoFragmentCyclesRule.self, #"""
            { dog { ...fragA } }
            fragment fragA on Dog { ...fragB }
            fragment fragB on Dog { ...fragC }
            fragment fragC on Dog { ...fragO }
            fragment fragX on Dog { ...fragY }
            fragment fragY on Dog { ...fragZ }
            fragment fragZ on Dog { ...fragO }
            fragment fragO on Dog { ...fragP }
            fragment fragP on Dog { ...fragA, ...fragX }
            """#, [
                .init(#"Cannot spread fragment "fragA" within itself via "fragB", "fragC", "fragO", "fragP"."#, at: (2, 25), (3, 25), (4, 25), (8, 25), (9, 25)),
                .init(#"Cannot spread fragment "fragO" within itself via "fragP", "fragX", "fragY", "fragZ"."#, at: (8, 25), (9, 35), (5, 25), (6, 25), (7, 25)),
            ])
    }

    @Test("multiple-cycles-from-one")
    func multipleCyclesFromOne() {
        expectErrors(NoFragmentCyclesRule.self, #"""
            { dog { ...fragA } }
            fragment fragA on Dog { ...fragB, ...fragC }
            fragment fragB on Dog { ...fragA }
            fragment fragC on Dog { ...fragA }
            """#, [
                .init(#"Cannot spread fragment "fragA" within itself via "fragB"."#, at: (2, 25), (3, 25)),
                .init(#"Cannot spread fragment "fragA" within itself via "fragC"."#, at: (2, 35), (4, 25)),
            ])
    }

    @Test("overlapping-cycles")
    func overlappingCycles() {
        expectErrors(NoFragmentCyclesRule.self, #"""
            { dog { ...fragA } }
            fragment fragA on Dog { ...fragC }
            fragment fragB on Dog { ...fragC }
            fragment fragC on Dog { ...fragA, ...fragB }
            """#, [
                .init(#"Cannot spread fragment "fragA" within itself via "fragC"."#, at: (2, 25), (4, 25)),
                .init(#"Cannot spread fragment "fragC" within itself via "fragB"."#, at: (4, 35), (3, 25)),
            ])
    }

    @Test("immediate-and-indirect")
    func immediateAndIndirect() {
        expectErrors(NoFragmentCyclesRule.self, #"""
            { dog { ...fragA } }
            fragment fragA on Dog { ...fragB }
            fragment fragB on Dog { ...fragB, ...fragC }
            fragment fragC on Dog { ...fragA, ...fragB }
            """#, [
                .init(#"Cannot spread fragment "fragB" within itself."#, at: (3, 25)),
                .init(#"Cannot spread fragment "fragA" within itself via "fragB", "fragC"."#, at: (2, 25), (3, 35), (4, 25)),
                .init(#"Cannot spread fragment "fragB" within itself via "fragC"."#, at: (3, 35), (4, 35)),
            ])
    }

    @Test("unknown-fragment-no-cycle")
    func unknownFragmentNoCycle() {
        expectErrors(NoFragmentCyclesRule.self, #"""
            { dog { ...fragA } }
            fragment fragA on Dog { ...nameFragment }
            """#, [])
    }

    @Test("nested-field-spreads-order")
    func nestedFieldSpreadsOrder() {
        expectErrors(NoFragmentCyclesRule.self, #"""
            { dog { ...A } }
            fragment A on Dog { mother { ...B } father { ...C } ...A }
            fragment B on Dog { ...A }
            fragment C on Dog { ...B }
            """#, [
                .init(#"Cannot spread fragment "A" within itself."#, at: (2, 53)),
                .init(#"Cannot spread fragment "A" within itself via "C", "B"."#, at: (2, 46), (4, 21), (3, 21)),
            ])
    }

    @Test("unused-cycle")
    func unusedCycle() {
        expectErrors(NoFragmentCyclesRule.self, #"""
            fragment X on Dog { ...Y }
            fragment Y on Dog { ...X }
            """#, [
                .init(#"Cannot spread fragment "X" within itself via "Y"."#, at: (1, 21), (2, 21)),
            ])
    }

    @Test("duplicate-name-first-definition-walked")
    func duplicateNameFirstDefinitionWalked() {
        expectErrors(NoFragmentCyclesRule.self, #"""
            { dog { ...A } }
            fragment A on Dog { ...B }
            fragment B on Dog { name }
            fragment A on Dog { ...A }
            """#, [])
    }

    @Test("duplicate-name-first-has-cycle")
    func duplicateNameFirstHasCycle() {
        expectErrors(NoFragmentCyclesRule.self, #"""
            { dog { ...A } }
            fragment A on Dog { ...A }
            fragment A on Dog { name }
            """#, [
                .init(#"Cannot spread fragment "A" within itself."#, at: (2, 21)),
            ])
    }

    @Test("duplicate-name-recursion-uses-last")
    func duplicateNameRecursionUsesLast() {
        expectErrors(NoFragmentCyclesRule.self, #"""
            { dog { ...B } }
            fragment B on Dog { ...A }
            fragment A on Dog { name }
            fragment A on Dog { ...B }
            """#, [
                .init(#"Cannot spread fragment "B" within itself via "A"."#, at: (2, 21), (4, 21)),
            ])
    }
}
