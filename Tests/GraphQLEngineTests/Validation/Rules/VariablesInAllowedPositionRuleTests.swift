import Testing
@testable import GraphQLEngine

/// Unit tests of `VariablesInAllowedPositionRule`: each case of
/// `__Corpus__/validation/cases/VariablesInAllowedPosition.graphql`, validated with this rule alone. The expected
/// errors, stated in full, are those graphql-js 16.6's `VariablesInAllowedPositionRule` alone reports
/// (written by `__Corpus__/validation/gen_rule_tests.js`).
@Suite("VariablesInAllowedPositionRule")
struct VariablesInAllowedPositionRuleTests {
    @Test("boolean-to-boolean")
    func booleanToBoolean() {
        expectErrors(VariablesInAllowedPositionRule.self, #"""
            query Query($booleanArg: Boolean) { complicatedArgs { booleanArgField(booleanArg: $booleanArg) } }
            """#, [])
    }

    @Test("boolean-to-boolean-in-fragment")
    func booleanToBooleanInFragment() {
        expectErrors(VariablesInAllowedPositionRule.self, #"""
            fragment booleanArgFrag on ComplicatedArgs { booleanArgField(booleanArg: $booleanArg) }
            query Query($booleanArg: Boolean) { complicatedArgs { ...booleanArgFrag } }
            """#, [])
    }

    @Test("nonnull-to-nullable")
    func nonnullToNullable() {
        expectErrors(VariablesInAllowedPositionRule.self, #"""
            query Query($nonNullBooleanArg: Boolean!) { complicatedArgs { booleanArgField(booleanArg: $nonNullBooleanArg) } }
            """#, [])
    }

    @Test("nonnull-in-fragment")
    func nonnullInFragment() {
        expectErrors(VariablesInAllowedPositionRule.self, #"""
            fragment booleanArgFrag on ComplicatedArgs { booleanArgField(booleanArg: $nonNullBooleanArg) }
            query Query($nonNullBooleanArg: Boolean!) { complicatedArgs { ...booleanArgFrag } }
            """#, [])
    }

    @Test("list-to-list")
    func listToList() {
        expectErrors(VariablesInAllowedPositionRule.self, #"""
            query Query($stringListVar: [String]) { complicatedArgs { stringListArgField(stringListArg: $stringListVar) } }
            """#, [])
    }

    @Test("nonnull-list-to-list")
    func nonnullListToList() {
        expectErrors(VariablesInAllowedPositionRule.self, #"""
            query Query($stringListVar: [String!]) { complicatedArgs { stringListArgField(stringListArg: $stringListVar) } }
            """#, [])
    }

    @Test("item-to-list-item")
    func itemToListItem() {
        expectErrors(VariablesInAllowedPositionRule.self, #"""
            query Query($stringVar: String) { complicatedArgs { stringListArgField(stringListArg: [$stringVar]) } }
            """#, [])
    }

    @Test("nonnull-item-to-list-item")
    func nonnullItemToListItem() {
        expectErrors(VariablesInAllowedPositionRule.self, #"""
            query Query($stringVar: String!) { complicatedArgs { stringListArgField(stringListArg: [$stringVar]) } }
            """#, [])
    }

    @Test("input-to-input")
    func inputToInput() {
        expectErrors(VariablesInAllowedPositionRule.self, #"""
            query Query($complexVar: ComplexInput) { complicatedArgs { complexArgField(complexArg: $complexVar) } }
            """#, [])
    }

    @Test("input-field-position")
    func inputFieldPosition() {
        expectErrors(VariablesInAllowedPositionRule.self, #"""
            query Query($boolVar: Boolean = false) { complicatedArgs { complexArgField(complexArg: {requiredArg: $boolVar}) } }
            """#, [])
    }

    @Test("nonnull-to-directive")
    func nonnullToDirective() {
        expectErrors(VariablesInAllowedPositionRule.self, #"""
            query Query($boolVar: Boolean!) { dog @include(if: $boolVar) { name } }
            """#, [])
    }

    @Test("nullable-with-default-to-directive")
    func nullableWithDefaultToDirective() {
        expectErrors(VariablesInAllowedPositionRule.self, #"""
            query Query($boolVar: Boolean = false) { dog @include(if: $boolVar) { name } }
            """#, [])
    }

    @Test("int-to-nonnull-int")
    func intToNonnullInt() {
        expectErrors(VariablesInAllowedPositionRule.self, #"""
            query Query($intArg: Int) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $intArg) } }
            """#, [
                .init(#"Variable "$intArg" of type "Int" used in position expecting type "Int!"."#, at: (1, 13), (1, 81)),
            ])
    }

    @Test("int-to-nonnull-int-in-fragment")
    func intToNonnullIntInFragment() {
        expectErrors(VariablesInAllowedPositionRule.self, #"""
            fragment nonNullIntArgFieldFrag on ComplicatedArgs { nonNullIntArgField(nonNullIntArg: $intArg) }
            query Query($intArg: Int) { complicatedArgs { ...nonNullIntArgFieldFrag } }
            """#, [
                .init(#"Variable "$intArg" of type "Int" used in position expecting type "Int!"."#, at: (2, 13), (1, 88)),
            ])
    }

    @Test("int-to-nonnull-int-in-nested-fragment")
    func intToNonnullIntInNestedFragment() {
        expectErrors(VariablesInAllowedPositionRule.self, #"""
            fragment outerFrag on ComplicatedArgs { ...nonNullIntArgFieldFrag }
            fragment nonNullIntArgFieldFrag on ComplicatedArgs { nonNullIntArgField(nonNullIntArg: $intArg) }
            query Query($intArg: Int) { complicatedArgs { ...outerFrag } }
            """#, [
                .init(#"Variable "$intArg" of type "Int" used in position expecting type "Int!"."#, at: (3, 13), (2, 88)),
            ])
    }

    @Test("string-over-boolean")
    func stringOverBoolean() {
        expectErrors(VariablesInAllowedPositionRule.self, #"""
            query Query($stringVar: String) { complicatedArgs { booleanArgField(booleanArg: $stringVar) } }
            """#, [
                .init(#"Variable "$stringVar" of type "String" used in position expecting type "Boolean"."#, at: (1, 13), (1, 81)),
            ])
    }

    @Test("string-to-list")
    func stringToList() {
        expectErrors(VariablesInAllowedPositionRule.self, #"""
            query Query($stringVar: String) { complicatedArgs { stringListArgField(stringListArg: $stringVar) } }
            """#, [
                .init(#"Variable "$stringVar" of type "String" used in position expecting type "[String]"."#, at: (1, 13), (1, 87)),
            ])
    }

    @Test("boolean-to-nonnull-directive")
    func booleanToNonnullDirective() {
        expectErrors(VariablesInAllowedPositionRule.self, #"""
            query Query($boolVar: Boolean) { dog @include(if: $boolVar) { name } }
            """#, [
                .init(#"Variable "$boolVar" of type "Boolean" used in position expecting type "Boolean!"."#, at: (1, 13), (1, 51)),
            ])
    }

    @Test("string-to-nonnull-directive")
    func stringToNonnullDirective() {
        expectErrors(VariablesInAllowedPositionRule.self, #"""
            query Query($stringVar: String) { dog @include(if: $stringVar) { name } }
            """#, [
                .init(#"Variable "$stringVar" of type "String" used in position expecting type "Boolean!"."#, at: (1, 13), (1, 52)),
            ])
    }

    @Test("list-to-nonnull-list")
    func listToNonnullList() {
        expectErrors(VariablesInAllowedPositionRule.self, #"""
            query Query($stringListVar: [String]) { complicatedArgs { stringListNonNullArgField(stringListNonNullArg: $stringListVar) } }
            """#, [
                .init(#"Variable "$stringListVar" of type "[String]" used in position expecting type "[String!]"."#, at: (1, 13), (1, 107)),
            ])
    }

    @Test("nullable-with-null-default-to-nonnull")
    func nullableWithNullDefaultToNonnull() {
        expectErrors(VariablesInAllowedPositionRule.self, #"""
            query Query($intVar: Int = null) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $intVar) } }
            """#, [
                .init(#"Variable "$intVar" of type "Int" used in position expecting type "Int!"."#, at: (1, 13), (1, 88)),
            ])
    }

    @Test("nullable-with-default-to-nonnull")
    func nullableWithDefaultToNonnull() {
        expectErrors(VariablesInAllowedPositionRule.self, #"""
            query Query($intVar: Int = 1) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $intVar) } }
            """#, [])
    }

    @Test("nullable-to-nonnull-with-location-default")
    func nullableToNonnullWithLocationDefault() {
        expectErrors(VariablesInAllowedPositionRule.self, #"""
            query Query($intVar: Int) { complicatedArgs { nonNullFieldWithDefault(arg: $intVar) } }
            """#, [])
    }

    @Test("nullable-boolean-to-location-default")
    func nullableBooleanToLocationDefault() {
        expectErrors(VariablesInAllowedPositionRule.self, #"""
            query Query($boolVar: Boolean) { complicatedArgs { complexArgField(complexArg: { requiredField: true, nonNullField: $boolVar }) } }
            """#, [])
    }

    @Test("nullable-boolean-to-required-input-field")
    func nullableBooleanToRequiredInputField() {
        expectErrors(VariablesInAllowedPositionRule.self, #"""
            query Query($boolVar: Boolean) { complicatedArgs { complexArgField(complexArg: { requiredField: $boolVar }) } }
            """#, [
                .init(#"Variable "$boolVar" of type "Boolean" used in position expecting type "Boolean!"."#, at: (1, 13), (1, 97)),
            ])
    }

    @Test("interface-variables-ignored-as-non-input")
    func interfaceVariablesIgnoredAsNonInput() {
        expectErrors(VariablesInAllowedPositionRule.self, #"""
            query Query($pet: Pet) { dog { name } }
            """#, [])
    }

    @Test("list-of-lists")
    func listOfLists() {
        expectErrors(VariablesInAllowedPositionRule.self, #"""
            query Q($a: [[Int]], $b: [[Int!]], $c: [Int!]) { complicatedArgs { x: listOfListsArgField(listArg: $a) y: listOfListsArgField(listArg: $b) z: listOfListsArgField(listArg: [$c]) } }
            """#, [
                .init(#"Variable "$a" of type "[[Int]]" used in position expecting type "[[Int!]]"."#, at: (1, 9), (1, 100)),
            ])
    }

    @Test("same-variable-two-positions")
    func sameVariableTwoPositions() {
        expectErrors(VariablesInAllowedPositionRule.self, #"""
            query Q($a: Int) { complicatedArgs { intArgField(intArg: $a) nonNullIntArgField(nonNullIntArg: $a) } }
            """#, [
                .init(#"Variable "$a" of type "Int" used in position expecting type "Int!"."#, at: (1, 9), (1, 96)),
            ])
    }

    @Test("id-and-string-not-interchangeable")
    func idAndStringNotInterchangeable() {
        expectErrors(VariablesInAllowedPositionRule.self, #"""
            query Q($a: String, $b: ID) { complicatedArgs { idArgField(idArg: $a) stringArgField(stringArg: $b) } }
            """#, [
                .init(#"Variable "$a" of type "String" used in position expecting type "ID"."#, at: (1, 9), (1, 67)),
                .init(#"Variable "$b" of type "ID" used in position expecting type "String"."#, at: (1, 21), (1, 97)),
            ])
    }

    @Test("undefined-variable-ignored")
    func undefinedVariableIgnored() {
        expectErrors(VariablesInAllowedPositionRule.self, #"""
            query Q { complicatedArgs { nonNullIntArgField(nonNullIntArg: $undefined) } }
            """#, [])
    }

    @Test("unknown-type-variable-ignored")
    func unknownTypeVariableIgnored() {
        expectErrors(VariablesInAllowedPositionRule.self, #"""
            query Q($a: Unknown) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $a) } }
            """#, [])
    }

    @Test("variable-in-unknown-argument-ignored")
    func variableInUnknownArgumentIgnored() {
        expectErrors(VariablesInAllowedPositionRule.self, #"""
            query Q($a: Int) { complicatedArgs { intArgField(unknown: $a) } }
            """#, [])
    }

    @Test("fragment-defined-before")
    func fragmentDefinedBefore() {
        expectErrors(VariablesInAllowedPositionRule.self, #"""
            fragment F on Dog { isAtLocation(x: $s) }
            query Q($s: String) { dog { ...F } }
            """#, [
                .init(#"Variable "$s" of type "String" used in position expecting type "Int"."#, at: (2, 9), (1, 37)),
            ])
    }

    @Test("two-operations-one-fragment")
    func twoOperationsOneFragment() {
        expectErrors(VariablesInAllowedPositionRule.self, #"""
            fragment F on ComplicatedArgs { nonNullIntArgField(nonNullIntArg: $a) }
            query A($a: Int!) { complicatedArgs { ...F } }
            query B($a: Int) { complicatedArgs { ...F } }
            """#, [
                .init(#"Variable "$a" of type "Int" used in position expecting type "Int!"."#, at: (3, 9), (1, 67)),
            ])
    }

    @Test("nonnull-list-of-nullable-items")
    func nonnullListOfNullableItems() {
        expectErrors(VariablesInAllowedPositionRule.self, #"""
            query Q($a: [String]!) { complicatedArgs { stringListNonNullArgField(stringListNonNullArg: $a) } }
            """#, [
                .init(#"Variable "$a" of type "[String]!" used in position expecting type "[String!]"."#, at: (1, 9), (1, 92)),
            ])
    }

    @Test("enum-variable")
    func enumVariable() {
        expectErrors(VariablesInAllowedPositionRule.self, #"""
            query Q($a: FurColor, $b: DogCommand) { complicatedArgs { enumArgField(enumArg: $b) } dog { doesKnowCommand(dogCommand: $a) } }
            """#, [
                .init(#"Variable "$b" of type "DogCommand" used in position expecting type "FurColor"."#, at: (1, 23), (1, 81)),
                .init(#"Variable "$a" of type "FurColor" used in position expecting type "DogCommand"."#, at: (1, 9), (1, 121)),
            ])
    }

    @Test("duplicate-variable-last-wins")
    func duplicateVariableLastWins() {
        expectErrors(VariablesInAllowedPositionRule.self, #"""
            query Q($a: Int!, $a: String) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $a) } }
            """#, [
                .init(#"Variable "$a" of type "String" used in position expecting type "Int!"."#, at: (1, 19), (1, 85)),
            ])
    }
}
