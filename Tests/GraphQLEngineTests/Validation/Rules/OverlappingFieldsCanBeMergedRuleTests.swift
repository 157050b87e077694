import Testing
@testable import GraphQLEngine

/// Unit tests of `OverlappingFieldsCanBeMergedRule`: each case of
/// `__Corpus__/validation/cases/OverlappingFieldsCanBeMerged.graphql`, validated with this rule alone. The expected
/// errors, stated in full, are those graphql-js 16.6's `OverlappingFieldsCanBeMergedRule` alone reports
/// (written by `__Corpus__/validation/gen_rule_tests.js`).
@Suite("OverlappingFieldsCanBeMergedRule")
struct OverlappingFieldsCanBeMergedRuleTests {
    @Test("unique-fields")
    func uniqueFields() {
        expectErrors(OverlappingFieldsCanBeMergedRule.self, #"""
            fragment uniqueFields on Dog { name nickname }
            { dog { ...uniqueFields } }
            """#, [])
    }

    @Test("identical-fields")
    func identicalFields() {
        expectErrors(OverlappingFieldsCanBeMergedRule.self, #"""
            fragment mergeIdenticalFields on Dog { name name }
            { dog { ...mergeIdenticalFields } }
            """#, [])
    }

    @Test("identical-fields-with-args")
    func identicalFieldsWithArgs() {
        expectErrors(OverlappingFieldsCanBeMergedRule.self, #"""
            fragment mergeIdenticalFieldsWithIdenticalArgs on Dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: SIT) }
            { dog { ...mergeIdenticalFieldsWithIdenticalArgs } }
            """#, [])
    }

    @Test("identical-fields-with-directives")
    func identicalFieldsWithDirectives() {
        expectErrors(OverlappingFieldsCanBeMergedRule.self, #"""
            fragment mergeSameFieldsWithSameDirectives on Dog { name @include(if: true) name @include(if: true) }
            { dog { ...mergeSameFieldsWithSameDirectives } }
            """#, [])
    }

    @Test("different-args-different-aliases")
    func differentArgsDifferentAliases() {
        expectErrors(OverlappingFieldsCanBeMergedRule.self, #"""
            fragment differentArgsWithDifferentAliases on Dog { knowsSit: doesKnowCommand(dogCommand: SIT) knowsDown: doesKnowCommand(dogCommand: DOWN) }
            { dog { ...differentArgsWithDifferentAliases } }
            """#, [])
    }

    @Test("different-directives-different-aliases")
    func differentDirectivesDifferentAliases() {
        expectErrors(OverlappingFieldsCanBeMergedRule.self, #"""
            fragment differentDirectivesWithDifferentAliases on Dog { nameIfTrue: name @include(if: true) nameIfFalse: name @include(if: false) }
            { dog { ...differentDirectivesWithDifferentAliases } }
            """#, [])
    }

    @Test("different-skip-include-directives-accepted")
    func differentSkipIncludeDirectivesAccepted() {
        expectErrors(OverlappingFieldsCanBeMergedRule.self, #"""
            fragment differentDirectivesWithDifferentAliases on Dog { name @include(if: true) name @include(if: false) }
            { dog { ...differentDirectivesWithDifferentAliases } }
            """#, [])
    }

    @Test("same-alias-different-fields")
    func sameAliasDifferentFields() {
        expectErrors(OverlappingFieldsCanBeMergedRule.self, #"""
            fragment sameAliasesWithDifferentFieldTargets on Dog { fido: name fido: nickname }
            { dog { ...sameAliasesWithDifferentFieldTargets } }
            """#, [
                .init(#"Fields "fido" conflict because "name" and "nickname" are different fields. Use different aliases on the fields to fetch both if this was intentional."#, at: (1, 56), (1, 67)),
            ])
    }

    @Test("same-alias-allowed-on-non-overlapping-fields")
    func sameAliasAllowedOnNonOverlappingFields() {
        expectErrors(OverlappingFieldsCanBeMergedRule.self, #"""
            fragment sameAliasesWithDifferentFieldTargets on Pet { ... on Dog { name } ... on Cat { name: nickname } }
            { pet { ...sameAliasesWithDifferentFieldTargets } }
            """#, [])
    }

    @Test("alias-masking-direct-field")
    func aliasMaskingDirectField() {
        expectErrors(OverlappingFieldsCanBeMergedRule.self, #"""
            fragment aliasMaskingDirectFieldAccess on Dog { name: nickname name }
            { dog { ...aliasMaskingDirectFieldAccess } }
            """#, [
                .init(#"Fields "name" conflict because "nickname" and "name" are different fields. Use different aliases on the fields to fetch both if this was intentional."#, at: (1, 49), (1, 64)),
            ])
    }

    @Test("different-args-second-adds")
    func differentArgsSecondAdds() {
        expectErrors(OverlappingFieldsCanBeMergedRule.self, #"""
            fragment conflictingArgs on Dog { doesKnowCommand doesKnowCommand(dogCommand: HEEL) }
            { dog { ...conflictingArgs } }
            """#, [
                .init(#"Fields "doesKnowCommand" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional."#, at: (1, 35), (1, 51)),
            ])
    }

    @Test("different-args-second-missing")
    func differentArgsSecondMissing() {
        expectErrors(OverlappingFieldsCanBeMergedRule.self, #"""
            fragment conflictingArgs on Dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand }
            { dog { ...conflictingArgs } }
            """#, [
                .init(#"Fields "doesKnowCommand" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional."#, at: (1, 35), (1, 68)),
            ])
    }

    @Test("conflicting-arg-values")
    func conflictingArgValues() {
        expectErrors(OverlappingFieldsCanBeMergedRule.self, #"""
            fragment conflictingArgs on Dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: HEEL) }
            { dog { ...conflictingArgs } }
            """#, [
                .init(#"Fields "doesKnowCommand" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional."#, at: (1, 35), (1, 68)),
            ])
    }

    @Test("conflicting-arg-names")
    func conflictingArgNames() {
        expectErrors(OverlappingFieldsCanBeMergedRule.self, #"""
            fragment conflictingArgs on Dog { isAtLocation(x: 0) isAtLocation(y: 0) }
            { dog { ...conflictingArgs } }
            """#, [
                .init(#"Fields "isAtLocation" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional."#, at: (1, 35), (1, 54)),
            ])
    }

    @Test("args-in-different-order-ok")
    func argsInDifferentOrderOk() {
        expectErrors(OverlappingFieldsCanBeMergedRule.self, #"""
            { dog { isAtLocation(x: 0, y: 1) isAtLocation(y: 1, x: 0) } }
            """#, [])
    }

    @Test("object-args-in-different-order-ok")
    func objectArgsInDifferentOrderOk() {
        expectErrors(OverlappingFieldsCanBeMergedRule.self, #"""
            { complicatedArgs { complexArgField(complexArg: { requiredField: true, intField: 1 }) complexArgField(complexArg: { intField: 1, requiredField: true }) } }
            """#, [])
    }

    @Test("object-args-differ")
    func objectArgsDiffer() {
        expectErrors(OverlappingFieldsCanBeMergedRule.self, #"""
            { complicatedArgs { complexArgField(complexArg: { requiredField: true, intField: 1 }) complexArgField(complexArg: { intField: 2, requiredField: true }) } }
            """#, [
                .init(#"Fields "complexArgField" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional."#, at: (1, 21), (1, 87)),
            ])
    }

    @Test("list-args-order-matters")
    func listArgsOrderMatters() {
        expectErrors(OverlappingFieldsCanBeMergedRule.self, #"""
            { complicatedArgs { stringListArgField(stringListArg: ["a", "b"]) stringListArgField(stringListArg: ["b", "a"]) } }
            """#, [
                .init(#"Fields "stringListArgField" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional."#, at: (1, 21), (1, 67)),
            ])
    }

    @Test("variable-vs-literal")
    func variableVsLiteral() {
        expectErrors(OverlappingFieldsCanBeMergedRule.self, #"""
            query ($x: Int) { dog { isAtLocation(x: $x) isAtLocation(x: 1) } }
            """#, [
                .init(#"Fields "isAtLocation" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional."#, at: (1, 25), (1, 45)),
            ])
    }

    @Test("different-variables")
    func differentVariables() {
        expectErrors(OverlappingFieldsCanBeMergedRule.self, #"""
            query ($x: Int, $y: Int) { dog { isAtLocation(x: $x) isAtLocation(x: $y) } }
            """#, [
                .init(#"Fields "isAtLocation" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional."#, at: (1, 34), (1, 54)),
            ])
    }

    @Test("int-vs-float-literal")
    func intVsFloatLiteral() {
        expectErrors(OverlappingFieldsCanBeMergedRule.self, #"""
            { complicatedArgs { floatArgField(floatArg: 1) floatArgField(floatArg: 1.0) } }
            """#, [
                .init(#"Fields "floatArgField" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional."#, at: (1, 21), (1, 48)),
            ])
    }

    @Test("block-vs-plain-string")
    func blockVsPlainString() {
        expectErrors(OverlappingFieldsCanBeMergedRule.self, #"""
            { complicatedArgs { stringArgField(stringArg: "a") stringArgField(stringArg: """a""") } }
            """#, [
                .init(#"Fields "stringArgField" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional."#, at: (1, 21), (1, 52)),
            ])
    }

    @Test("same-string-different-escapes")
    func sameStringDifferentEscapes() {
        expectErrors(OverlappingFieldsCanBeMergedRule.self, #"""
            { complicatedArgs { stringArgField(stringArg: "a") stringArgField(stringArg: "\u0061") } }
            """#, [])
    }

    @Test("different-parent-types-ok")
    func differentParentTypesOk() {
        expectErrors(OverlappingFieldsCanBeMergedRule.self, #"""
            fragment conflictingArgs on Pet { ... on Dog { name(surname: true) } ... on Cat { name } }
            { pet { ...conflictingArgs } }
            """#, [])
    }

    @Test("many-conflicts-encountered-order")
    func manyConflictsEncounteredOrder() {
        expectErrors(OverlappingFieldsCanBeMergedRule.self, #"""
            { f1 { ...A ...B } f2 { ...B ...A } f3 { ...A ...B x: c } }
            fragment A on Type { x: a }
            fragment B on Type { x: b }
            """#, [
                .init(#"Fields "x" conflict because "a" and "b" are different fields. Use different aliases on the fields to fetch both if this was intentional."#, at: (2, 22), (3, 22)),
                .init(#"Fields "x" conflict because "c" and "a" are different fields. Use different aliases on the fields to fetch both if this was intentional."#, at: (1, 52), (2, 22)),
                .init(#"Fields "x" conflict because "c" and "b" are different fields. Use different aliases on the fields to fetch both if this was intentional."#, at: (1, 52), (3, 22)),
            ])
    }

    @Test("in-fragments")
    func inFragments() {
        expectErrors(OverlappingFieldsCanBeMergedRule.self, #"""
            { ...A ...B }
            fragment A on Type { x: a }
            fragment B on Type { x: b }
            """#, [
                .init(#"Fields "x" conflict because "a" and "b" are different fields. Use different aliases on the fields to fetch both if this was intentional."#, at: (2, 22), (3, 22)),
            ])
    }

    @Test("harness-in-fragments")
    func harnessInFragments() {
        expectErrors(OverlappingFieldsCanBeMergedRule.self, #"""
            { dog { ...A ...B } }
            fragment A on Dog { x: name }
            fragment B on Dog { x: nickname }
            """#, [
                .init(#"Fields "x" conflict because "name" and "nickname" are different fields. Use different aliases on the fields to fetch both if this was intentional."#, at: (2, 21), (3, 21)),
            ])
    }

    @Test("deep-conflict")
    func deepConflict() {
        expectErrors(OverlappingFieldsCanBeMergedRule.self, #"""
            { field { x: a } field { x: b } }
            """#, [
                .init(#"Fields "field" conflict because subfields "x" conflict because "a" and "b" are different fields. Use different aliases on the fields to fetch both if this was intentional."#, at: (1, 3), (1, 11), (1, 18), (1, 26)),
            ])
    }

    @Test("harness-deep-conflict")
    func harnessDeepConflict() {
        expectErrors(OverlappingFieldsCanBeMergedRule.self, #"""
            { dog { mother { x: name } mother { x: nickname } } }
            """#, [
                .init(#"Fields "mother" conflict because subfields "x" conflict because "name" and "nickname" are different fields. Use different aliases on the fields to fetch both if this was intentional."#, at: (1, 9), (1, 18), (1, 28), (1, 37)),
            ])
    }

    @Test("deep-conflict-multiple-issues")
    func deepConflictMultipleIssues() {
        expectErrors(OverlappingFieldsCanBeMergedRule.self, #"""
            { dog { mother { x: name y: barks } mother { x: nickname y: barkVolume } } }
            """#, [
                .init(#"Fields "mother" conflict because subfields "x" conflict because "name" and "nickname" are different fields and subfields "y" conflict because "barks" and "barkVolume" are different fields. Use different aliases on the fields to fetch both if this was intentional."#, at: (1, 9), (1, 18), (1, 26), (1, 37), (1, 46), (1, 58)),
            ])
    }

    @Test("very-deep-conflict")
    func veryDeepConflict() {
        expectErrors(OverlappingFieldsCanBeMergedRule.self, #"""
            { dog { mother { father { x: name } } mother { father { x: nickname } } } }
            """#, [
                .init(#"Fields "mother" conflict because subfields "father" conflict because subfields "x" conflict because "name" and "nickname" are different fields. Use different aliases on the fields to fetch both if this was intentional."#, at: (1, 9), (1, 18), (1, 27), (1, 39), (1, 48), (1, 57)),
            ])
    }

    @Test("deep-conflict-to-nearest-common-ancestor")
    func deepConflictToNearestCommonAncestor() {
        expectErrors(OverlappingFieldsCanBeMergedRule.self, #"""
            { dog { mother { father { x: name } father { x: nickname } } mother { father { y: name } } } }
            """#, [
                .init(#"Fields "father" conflict because subfields "x" conflict because "name" and "nickname" are different fields. Use different aliases on the fields to fetch both if this was intentional."#, at: (1, 18), (1, 27), (1, 37), (1, 46)),
            ])
    }

    @Test("deep-conflict-in-fragments")
    func deepConflictInFragments() {
        expectErrors(OverlappingFieldsCanBeMergedRule.self, #"""
            { dog { mother { ...F } mother { ...G } } }
            fragment F on Dog { x: name }
            fragment G on Dog { x: barks }
            """#, [
                .init(#"Fields "mother" conflict because subfields "x" conflict because "name" and "barks" are different fields. Use different aliases on the fields to fetch both if this was intentional."#, at: (1, 9), (2, 21), (1, 25), (3, 21)),
            ])
    }

    @Test("deep-conflict-to-nearest-common-ancestor-in-fragments")
    func deepConflictToNearestCommonAncestorInFragments() {
        expectErrors(OverlappingFieldsCanBeMergedRule.self, #"""
            { dog { ...F } }
            fragment F on Dog { mother { father { ...G } father { ...H } } mother { father { y: name } } }
            fragment G on Dog { x: name }
            fragment H on Dog { x: nickname }
            """#, [
                .init(#"Fields "father" conflict because subfields "x" conflict because "name" and "nickname" are different fields. Use different aliases on the fields to fetch both if this was intentional."#, at: (2, 30), (3, 21), (2, 46), (4, 21)),
            ])
    }

    @Test("conflicting-return-types-on-interfaces")
    func conflictingReturnTypesOnInterfaces() {
        expectErrors(OverlappingFieldsCanBeMergedRule.self, #"""
            { someBox { ... on IntBox { scalar } ... on NonNullStringBox1 { scalar } } }
            """#, [
                .init(#"Fields "scalar" conflict because they return conflicting types "Int" and "String!". Use different aliases on the fields to fetch both if this was intentional."#, at: (1, 29), (1, 65)),
            ])
    }

    @Test("compatible-return-shapes-different-types")
    func compatibleReturnShapesDifferentTypes() {
        expectErrors(OverlappingFieldsCanBeMergedRule.self, #"""
            { someBox { ... on IntBox { deepBox { unrelatedField } } ... on StringBox { deepBox { unrelatedField } } } }
            """#, [])
    }

    @Test("disallows-differing-return-types-despite-no-overlap")
    func disallowsDifferingReturnTypesDespiteNoOverlap() {
        expectErrors(OverlappingFieldsCanBeMergedRule.self, #"""
            { someBox { ... on IntBox { scalar } ... on StringBox { scalar } } }
            """#, [
                .init(#"Fields "scalar" conflict because they return conflicting types "Int" and "String". Use different aliases on the fields to fetch both if this was intentional."#, at: (1, 29), (1, 57)),
            ])
    }

    @Test("reports-deep-return-type-conflicts")
    func reportsDeepReturnTypeConflicts() {
        expectErrors(OverlappingFieldsCanBeMergedRule.self, #"""
            { someBox { ... on IntBox { deepBox { scalar } } ... on StringBox { deepBox { scalar } } } }
            """#, [
                .init(#"Fields "deepBox" conflict because subfields "scalar" conflict because they return conflicting types "Int" and "String". Use different aliases on the fields to fetch both if this was intentional."#, at: (1, 29), (1, 39), (1, 69), (1, 79)),
            ])
    }

    @Test("nonnull-and-nullable-conflict")
    func nonnullAndNullableConflict() {
        expectErrors(OverlappingFieldsCanBeMergedRule.self, #"""
            { someBox { ... on NonNullStringBox1 { scalar } ... on StringBox { scalar } } }
            """#, [
                .init(#"Fields "scalar" conflict because they return conflicting types "String!" and "String". Use different aliases on the fields to fetch both if this was intentional."#, at: (1, 40), (1, 68)),
            ])
    }

    @Test("list-and-nonlist-conflict")
    func listAndNonlistConflict() {
        expectErrors(OverlappingFieldsCanBeMergedRule.self, #"""
            { someBox { ... on IntBox { box: listStringBox { scalar } } ... on StringBox { box: stringBox { scalar } } } }
            """#, [
                .init(#"Fields "box" conflict because they return conflicting types "[StringBox]" and "StringBox". Use different aliases on the fields to fetch both if this was intentional."#, at: (1, 29), (1, 80)),
            ])
    }

    @Test("list-and-nonlist-reverse")
    func listAndNonlistReverse() {
        expectErrors(OverlappingFieldsCanBeMergedRule.self, #"""
            { someBox { ... on IntBox { box: stringBox { scalar } } ... on StringBox { box: listStringBox { scalar } } } }
            """#, [
                .init(#"Fields "box" conflict because they return conflicting types "StringBox" and "[StringBox]". Use different aliases on the fields to fetch both if this was intentional."#, at: (1, 29), (1, 76)),
            ])
    }

    @Test("compatible-nonnull-on-two-interfaces")
    func compatibleNonnullOnTwoInterfaces() {
        expectErrors(OverlappingFieldsCanBeMergedRule.self, #"""
            { someBox { ... on NonNullStringBox1 { scalar } ... on NonNullStringBox2 { scalar } } }
            """#, [])
    }

    @Test("different-fields-same-type-deep")
    func differentFieldsSameTypeDeep() {
        expectErrors(OverlappingFieldsCanBeMergedRule.self, #"""
            { someBox { ... on IntBox { box: stringBox { val: scalar val: unrelatedField } } ... on StringBox { box: stringBox { val: scalar } } } }
            """#, [
                .init(#"Fields "val" conflict because "scalar" and "unrelatedField" are different fields. Use different aliases on the fields to fetch both if this was intentional."#, at: (1, 46), (1, 58)),
            ])
    }

    @Test("same-wrapped-scalar-return-ok")
    func sameWrappedScalarReturnOk() {
        expectErrors(OverlappingFieldsCanBeMergedRule.self, #"""
            { someBox { ... on NonNullStringBox1Impl { scalar } ... on NonNullStringBox2Impl { scalar } } }
            """#, [])
    }

    @Test("typename-ok-on-different-types")
    func typenameOkOnDifferentTypes() {
        expectErrors(OverlappingFieldsCanBeMergedRule.self, #"""
            { someBox { ... on IntBox { __typename } ... on StringBox { __typename } } }
            """#, [])
    }

    @Test("typename-alias-conflict")
    func typenameAliasConflict() {
        expectErrors(OverlappingFieldsCanBeMergedRule.self, #"""
            { dog { name: __typename name } }
            """#, [
                .init(#"Fields "name" conflict because "__typename" and "name" are different fields. Use different aliases on the fields to fetch both if this was intentional."#, at: (1, 9), (1, 26)),
            ])
    }

    @Test("unknown-types-ignored")
    func unknownTypesIgnored() {
        expectErrors(OverlappingFieldsCanBeMergedRule.self, #"""
            { someBox { ...on UnknownType { scalar } ...on NonNullStringBox2 { scalar } } }
            """#, [])
    }

    @Test("edge-node-deep")
    func edgeNodeDeep() {
        expectErrors(OverlappingFieldsCanBeMergedRule.self, #"""
            { connection { ...edgeID edges { node { id: name } } } }
            fragment edgeID on Connection { edges { node { id } } }
            """#, [
                .init(#"Fields "edges" conflict because subfields "node" conflict because subfields "id" conflict because "name" and "id" are different fields. Use different aliases on the fields to fetch both if this was intentional."#, at: (1, 26), (1, 34), (1, 41), (2, 33), (2, 41), (2, 48)),
            ])
    }

    @Test("self-referencing-fragment-ok")
    func selfReferencingFragmentOk() {
        expectErrors(OverlappingFieldsCanBeMergedRule.self, #"""
            { dog { ...F } }
            fragment F on Dog { name ...F }
            """#, [])
    }

    @Test("spread-twice-with-conflict")
    func spreadTwiceWithConflict() {
        expectErrors(OverlappingFieldsCanBeMergedRule.self, #"""
            { dog { ...A ...A x: barks } }
            fragment A on Dog { x: name }
            """#, [
                .init(#"Fields "x" conflict because "barks" and "name" are different fields. Use different aliases on the fields to fetch both if this was intentional."#, at: (1, 19), (2, 21)),
            ])
    }

    @Test("fragment-spread-in-two-fields")
    func fragmentSpreadInTwoFields() {
        expectErrors(OverlappingFieldsCanBeMergedRule.self, #"""
            { a: dog { ...F } a: dog { ...G } }
            fragment F on Dog { x: name }
            fragment G on Dog { x: nickname }
            """#, [
                .init(#"Fields "a" conflict because subfields "x" conflict because "name" and "nickname" are different fields. Use different aliases on the fields to fetch both if this was intentional."#, at: (1, 3), (2, 21), (1, 19), (3, 21)),
            ])
    }

    @Test("nested-fragments-chain")
    func nestedFragmentsChain() {
        expectErrors(OverlappingFieldsCanBeMergedRule.self, #"""
            { dog { ...A } }
            fragment A on Dog { ...B x: name }
            fragment B on Dog { ...C }
            fragment C on Dog { x: nickname }
            """#, [])
    }

    @Test("mutually-exclusive-then-not")
    func mutuallyExclusiveThenNot() {
        expectErrors(OverlappingFieldsCanBeMergedRule.self, #"""
            { catOrDog { ... on Dog { ...F } ... on Cat { ...F } } }
            fragment F on Pet { x: name }
            """#, [])
    }

    @Test("root-conflict")
    func rootConflict() {
        expectErrors(OverlappingFieldsCanBeMergedRule.self, #"""
            { dog: cat { name } dog { name } }
            """#, [
                .init(#"Fields "dog" conflict because "cat" and "dog" are different fields. Use different aliases on the fields to fetch both if this was intentional."#, at: (1, 3), (1, 21)),
            ])
    }

    @Test("conflict-with-unknown-field")
    func conflictWithUnknownField() {
        expectErrors(OverlappingFieldsCanBeMergedRule.self, #"""
            { dog { x: unknown x: name } }
            """#, [
                .init(#"Fields "x" conflict because "unknown" and "name" are different fields. Use different aliases on the fields to fetch both if this was intentional."#, at: (1, 9), (1, 20)),
            ])
    }

    @Test("three-way-conflict")
    func threeWayConflict() {
        expectErrors(OverlappingFieldsCanBeMergedRule.self, #"""
            { dog { x: name x: nickname x: barks } }
            """#, [
                .init(#"Fields "x" conflict because "name" and "nickname" are different fields. Use different aliases on the fields to fetch both if this was intentional."#, at: (1, 9), (1, 17)),
                .init(#"Fields "x" conflict because "name" and "barks" are different fields. Use different aliases on the fields to fetch both if this was intentional."#, at: (1, 9), (1, 29)),
                .init(#"Fields "x" conflict because "nickname" and "barks" are different fields. Use different aliases on the fields to fetch both if this was intentional."#, at: (1, 17), (1, 29)),
            ])
    }

    @Test("field-and-fragment-then-fragments")
    func fieldAndFragmentThenFragments() {
        expectErrors(OverlappingFieldsCanBeMergedRule.self, #"""
            { dog { x: name ...A ...B } }
            fragment A on Dog { x: nickname }
            fragment B on Dog { x: barkVolume }
            """#, [
                .init(#"Fields "x" conflict because "name" and "nickname" are different fields. Use different aliases on the fields to fetch both if this was intentional."#, at: (1, 9), (2, 21)),
                .init(#"Fields "x" conflict because "nickname" and "barkVolume" are different fields. Use different aliases on the fields to fetch both if this was intentional."#, at: (2, 21), (3, 21)),
                .init(#"Fields "x" conflict because "name" and "barkVolume" are different fields. Use different aliases on the fields to fetch both if this was intentional."#, at: (1, 9), (3, 21)),
            ])
    }

    @Test("subselection-vs-leaf")
    func subselectionVsLeaf() {
        expectErrors(OverlappingFieldsCanBeMergedRule.self, #"""
            { dog { mother: name mother { name } } }
            """#, [
                .init(#"Fields "mother" conflict because "name" and "mother" are different fields. Use different aliases on the fields to fetch both if this was intentional."#, at: (1, 9), (1, 22)),
            ])
    }

    @Test("meta-field-args")
    func metaFieldArgs() {
        expectErrors(OverlappingFieldsCanBeMergedRule.self, #"""
            { __type(name: "Dog") { name } __type(name: "Cat") { name } }
            """#, [
                .init(#"Fields "__type" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional."#, at: (1, 3), (1, 32)),
            ])
    }

    @Test("different-directive-args-same-field-ok")
    func differentDirectiveArgsSameFieldOk() {
        expectErrors(OverlappingFieldsCanBeMergedRule.self, #"""
            { dog { name @skip(if: true) name @skip(if: false) } }
            """#, [])
    }

    @Test("nested-object-arg-key-order")
    func nestedObjectArgKeyOrder() {
        expectErrors(OverlappingFieldsCanBeMergedRule.self, #"""
            { complicatedArgs { complexArgField(complexArg: { requiredField: true, nested: { intField: 1, requiredField: false } }) complexArgField(complexArg: { nested: { requiredField: false, intField: 1 }, requiredField: true }) } }
            """#, [])
    }

    @Test("enum-vs-string-arg")
    func enumVsStringArg() {
        expectErrors(OverlappingFieldsCanBeMergedRule.self, #"""
            { complicatedArgs { enumArgField(enumArg: BROWN) enumArgField(enumArg: "BROWN") } }
            """#, [
                .init(#"Fields "enumArgField" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional."#, at: (1, 21), (1, 50)),
            ])
    }

    @Test("fragment-on-unknown-type-conflicts")
    func fragmentOnUnknownTypeConflicts() {
        expectErrors(OverlappingFieldsCanBeMergedRule.self, #"""
            { dog { ...F ...G } }
            fragment F on Unknown { x: name }
            fragment G on Unknown2 { x: nickname }
            """#, [
                .init(#"Fields "x" conflict because "name" and "nickname" are different fields. Use different aliases on the fields to fetch both if this was intentional."#, at: (2, 25), (3, 26)),
            ])
    }

    @Test("mutation-root-conflict")
    func mutationRootConflict() {
        expectErrors(OverlappingFieldsCanBeMergedRule.self, #"""
            mutation { a: touch a: setName(name: "x") { name } }
            """#, [
                .init(#"Fields "a" conflict because "touch" and "setName" are different fields. Use different aliases on the fields to fetch both if this was intentional."#, at: (1, 12), (1, 21)),
            ])
    }
}
