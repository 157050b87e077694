import Testing
@testable import GraphQLEngine

/// Unit tests of `ValuesOfCorrectTypeRule`: each case of
/// `__Corpus__/validation/cases/ValuesOfCorrectType.graphql`, validated with this rule alone. The expected
/// errors, stated in full, are those graphql-js 16.6's `ValuesOfCorrectTypeRule` alone reports
/// (written by `__Corpus__/validation/gen_rule_tests.js`).
@Suite("ValuesOfCorrectTypeRule")
struct ValuesOfCorrectTypeRuleTests {
    @Test("good-int")
    func goodInt() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"""
            { complicatedArgs { intArgField(intArg: 2) } }
            """#, [])
    }

    @Test("good-negative-int")
    func goodNegativeInt() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"""
            { complicatedArgs { intArgField(intArg: -2) } }
            """#, [])
    }

    @Test("good-boolean")
    func goodBoolean() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"""
            { complicatedArgs { booleanArgField(booleanArg: true) } }
            """#, [])
    }

    @Test("good-string")
    func goodString() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"""
            { complicatedArgs { stringArgField(stringArg: "foo") } }
            """#, [])
    }

    @Test("good-float-from-int")
    func goodFloatFromInt() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"""
            { complicatedArgs { floatArgField(floatArg: 1) } }
            """#, [])
    }

    @Test("good-id")
    func goodId() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"""
            { complicatedArgs { idArgField(idArg: "someIdString") a: idArgField(idArg: 1) } }
            """#, [])
    }

    @Test("good-enum")
    func goodEnum() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"""
            { dog { doesKnowCommand(dogCommand: SIT) } }
            """#, [])
    }

    @Test("enum-with-undefined-value")
    func enumWithUndefinedValue() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"""
            { complicatedArgs { enumArgField(enumArg: UNKNOWN) } }
            """#, [])
    }

    @Test("null-for-nullable")
    func nullForNullable() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"""
            { complicatedArgs { intArgField(intArg: null) } dog { isHouseTrained(atOtherHomes: null) } }
            """#, [])
    }

    @Test("int-into-string")
    func intIntoString() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"""
            { complicatedArgs { stringArgField(stringArg: 1) } }
            """#, [
                .init(#"String cannot represent a non string value: 1"#, at: (1, 47)),
            ])
    }

    @Test("float-into-string")
    func floatIntoString() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"""
            { complicatedArgs { stringArgField(stringArg: 1.0) } }
            """#, [
                .init(#"String cannot represent a non string value: 1.0"#, at: (1, 47)),
            ])
    }

    @Test("boolean-into-string")
    func booleanIntoString() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"""
            { complicatedArgs { stringArgField(stringArg: true) } }
            """#, [
                .init(#"String cannot represent a non string value: true"#, at: (1, 47)),
            ])
    }

    @Test("unquoted-into-string")
    func unquotedIntoString() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"""
            { complicatedArgs { stringArgField(stringArg: BAR) } }
            """#, [
                .init(#"String cannot represent a non string value: BAR"#, at: (1, 47)),
            ])
    }

    @Test("string-into-int")
    func stringIntoInt() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"""
            { complicatedArgs { intArgField(intArg: "3") } }
            """#, [
                .init(#"Int cannot represent non-integer value: "3""#, at: (1, 41)),
            ])
    }

    @Test("bigint-into-int")
    func bigintIntoInt() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"""
            { complicatedArgs { intArgField(intArg: 829384293849283498239482938) } }
            """#, [
                .init(#"Int cannot represent non 32-bit signed integer value: 829384293849283498239482938"#, at: (1, 41)),
            ])
    }

    @Test("int32-bounds")
    func int32Bounds() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"""
            { complicatedArgs { a: intArgField(intArg: 2147483647) b: intArgField(intArg: -2147483648) c: intArgField(intArg: 2147483648) d: intArgField(intArg: -2147483649) } }
            """#, [
                .init(#"Int cannot represent non 32-bit signed integer value: 2147483648"#, at: (1, 115)),
                .init(#"Int cannot represent non 32-bit signed integer value: -2147483649"#, at: (1, 150)),
            ])
    }

    @Test("unquoted-into-int")
    func unquotedIntoInt() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"""
            { complicatedArgs { intArgField(intArg: FOO) } }
            """#, [
                .init(#"Int cannot represent non-integer value: FOO"#, at: (1, 41)),
            ])
    }

    @Test("float-into-int")
    func floatIntoInt() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"""
            { complicatedArgs { intArgField(intArg: 3.0) a: intArgField(intArg: 3.333) } }
            """#, [
                .init(#"Int cannot represent non-integer value: 3.0"#, at: (1, 41)),
                .init(#"Int cannot represent non-integer value: 3.333"#, at: (1, 69)),
            ])
    }

    @Test("string-into-float")
    func stringIntoFloat() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"""
            { complicatedArgs { floatArgField(floatArg: "3.333") } }
            """#, [
                .init(#"Float cannot represent non numeric value: "3.333""#, at: (1, 45)),
            ])
    }

    @Test("boolean-into-float")
    func booleanIntoFloat() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"""
            { complicatedArgs { floatArgField(floatArg: true) } }
            """#, [
                .init(#"Float cannot represent non numeric value: true"#, at: (1, 45)),
            ])
    }

    @Test("unquoted-into-float")
    func unquotedIntoFloat() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"""
            { complicatedArgs { floatArgField(floatArg: FOO) } }
            """#, [
                .init(#"Float cannot represent non numeric value: FOO"#, at: (1, 45)),
            ])
    }

    @Test("int-into-boolean")
    func intIntoBoolean() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"""
            { complicatedArgs { booleanArgField(booleanArg: 2) } }
            """#, [
                .init(#"Boolean cannot represent a non boolean value: 2"#, at: (1, 49)),
            ])
    }

    @Test("float-and-string-into-boolean")
    func floatAndStringIntoBoolean() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"""
            { complicatedArgs { booleanArgField(booleanArg: 1.0) a: booleanArgField(booleanArg: "true") b: booleanArgField(booleanArg: TRUE) } }
            """#, [
                .init(#"Boolean cannot represent a non boolean value: 1.0"#, at: (1, 49)),
                .init(#"Boolean cannot represent a non boolean value: "true""#, at: (1, 85)),
                .init(#"Boolean cannot represent a non boolean value: TRUE"#, at: (1, 124)),
            ])
    }

    @Test("float-into-id")
    func floatIntoId() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"""
            { complicatedArgs { idArgField(idArg: 1.0) a: idArgField(idArg: true) b: idArgField(idArg: SOMETHING) } }
            """#, [
                .init(#"ID cannot represent a non-string and non-integer value: 1.0"#, at: (1, 39)),
                .init(#"ID cannot represent a non-string and non-integer value: true"#, at: (1, 65)),
                .init(#"ID cannot represent a non-string and non-integer value: SOMETHING"#, at: (1, 92)),
            ])
    }

    @Test("int-into-enum")
    func intIntoEnum() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"""
            { dog { doesKnowCommand(dogCommand: 2) } }
            """#, [
                .init(#"Enum "DogCommand" cannot represent non-enum value: 2."#, at: (1, 37)),
            ])
    }

    @Test("float-into-enum")
    func floatIntoEnum() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"""
            { dog { doesKnowCommand(dogCommand: 1.0) } }
            """#, [
                .init(#"Enum "DogCommand" cannot represent non-enum value: 1.0."#, at: (1, 37)),
            ])
    }

    @Test("string-into-enum")
    func stringIntoEnum() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"""
            { dog { doesKnowCommand(dogCommand: "SIT") } }
            """#, [
                .init(#"Enum "DogCommand" cannot represent non-enum value: "SIT". Did you mean the enum value "SIT"?"#, at: (1, 37)),
            ])
    }

    @Test("boolean-into-enum")
    func booleanIntoEnum() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"""
            { dog { doesKnowCommand(dogCommand: true) } }
            """#, [
                .init(#"Enum "DogCommand" cannot represent non-enum value: true."#, at: (1, 37)),
            ])
    }

    @Test("unknown-enum-value")
    func unknownEnumValue() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"""
            { dog { doesKnowCommand(dogCommand: JUGGLE) } }
            """#, [
                .init(#"Value "JUGGLE" does not exist in "DogCommand" enum."#, at: (1, 37)),
            ])
    }

    @Test("different-case-enum")
    func differentCaseEnum() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"""
            { dog { doesKnowCommand(dogCommand: sit) } }
            """#, [
                .init(#"Value "sit" does not exist in "DogCommand" enum. Did you mean the enum value "SIT"?"#, at: (1, 37)),
            ])
    }

    @Test("enum-suggestions")
    func enumSuggestions() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"""
            { complicatedArgs { enumArgField(enumArg: SPOTED) a: enumArgField(enumArg: "BROWN") } }
            """#, [
                .init(#"Value "SPOTED" does not exist in "FurColor" enum. Did you mean the enum value "SPOTTED"?"#, at: (1, 43)),
                .init(#"Enum "FurColor" cannot represent non-enum value: "BROWN". Did you mean the enum value "BROWN"?"#, at: (1, 76)),
            ])
    }

    @Test("good-list")
    func goodList() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"""
            { complicatedArgs { stringListArgField(stringListArg: ["one", null, "two"]) } }
            """#, [])
    }

    @Test("empty-list")
    func emptyList() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"""
            { complicatedArgs { stringListArgField(stringListArg: []) } }
            """#, [])
    }

    @Test("null-list")
    func nullList() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"""
            { complicatedArgs { stringListArgField(stringListArg: null) } }
            """#, [])
    }

    @Test("single-value-into-list")
    func singleValueIntoList() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"""
            { complicatedArgs { stringListArgField(stringListArg: "one") } }
            """#, [])
    }

    @Test("incorrect-item-type")
    func incorrectItemType() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"""
            { complicatedArgs { stringListArgField(stringListArg: ["one", 2]) } }
            """#, [
                .init(#"String cannot represent a non string value: 2"#, at: (1, 63)),
            ])
    }

    @Test("single-value-of-incorrect-type")
    func singleValueOfIncorrectType() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"""
            { complicatedArgs { stringListArgField(stringListArg: 1) } }
            """#, [
                .init(#"String cannot represent a non string value: 1"#, at: (1, 55)),
            ])
    }

    @Test("null-in-non-null-list")
    func nullInNonNullList() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"""
            { complicatedArgs { stringListNonNullArgField(stringListNonNullArg: ["a", null, 3]) } }
            """#, [
                .init(#"Expected value of type "String!", found null."#, at: (1, 75)),
                .init(#"String cannot represent a non string value: 3"#, at: (1, 81)),
            ])
    }

    @Test("list-of-lists")
    func listOfLists() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"""
            { complicatedArgs { a: listOfListsArgField(listArg: [[1, 2], 3, [null], ["x"]]) } }
            """#, [
                .init(#"Expected value of type "Int!", found null."#, at: (1, 66)),
                .init(#"Int cannot represent non-integer value: "x""#, at: (1, 74)),
            ])
    }

    @Test("list-into-scalar")
    func listIntoScalar() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"""
            { complicatedArgs { intArgField(intArg: [1, 2]) a: stringArgField(stringArg: ["x"]) } }
            """#, [
                .init(#"Int cannot represent non-integer value: [1, 2]"#, at: (1, 41)),
                .init(#"String cannot represent a non string value: ["x"]"#, at: (1, 78)),
            ])
    }

    @Test("object-into-scalar")
    func objectIntoScalar() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"""
            { complicatedArgs { intArgField(intArg: {a: 1}) } }
            """#, [
                .init(#"Int cannot represent non-integer value: {a: 1}"#, at: (1, 41)),
            ])
    }

    @Test("list-into-enum")
    func listIntoEnum() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"""
            { dog { doesKnowCommand(dogCommand: [SIT]) } }
            """#, [
                .init(#"Enum "DogCommand" cannot represent non-enum value: [SIT]. Did you mean the enum value "SIT"?"#, at: (1, 37)),
            ])
    }

    @Test("object-into-list-item")
    func objectIntoListItem() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"""
            { complicatedArgs { stringListArgField(stringListArg: [{a: 1}, [2]]) } }
            """#, [
                .init(#"String cannot represent a non string value: {a: 1}"#, at: (1, 56)),
                .init(#"String cannot represent a non string value: [2]"#, at: (1, 64)),
            ])
    }

    @Test("nonnull-arg-null")
    func nonnullArgNull() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"""
            { complicatedArgs { nonNullIntArgField(nonNullIntArg: null) } }
            """#, [
                .init(#"Expected value of type "Int!", found null."#, at: (1, 55)),
            ])
    }

    @Test("nonnull-arg-wrong")
    func nonnullArgWrong() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"""
            { complicatedArgs { multipleReqs(req2: "two", req1: "one") } }
            """#, [
                .init(#"Int cannot represent non-integer value: "two""#, at: (1, 40)),
                .init(#"Int cannot represent non-integer value: "one""#, at: (1, 53)),
            ])
    }

    @Test("nonnull-default-null")
    func nonnullDefaultNull() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"""
            { complicatedArgs { nonNullFieldWithDefault(arg: null) } }
            """#, [
                .init(#"Expected value of type "Int!", found null."#, at: (1, 50)),
            ])
    }

    @Test("complex-input-good")
    func complexInputGood() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"""
            { complicatedArgs { complexArgField(complexArg: { requiredField: true, intField: 4 }) } }
            """#, [])
    }

    @Test("complex-input-missing-required")
    func complexInputMissingRequired() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"""
            { complicatedArgs { complexArgField(complexArg: { intField: 4 }) } }
            """#, [
                .init(#"Field "ComplexInput.requiredField" of required type "Boolean!" was not provided."#, at: (1, 49)),
            ])
    }

    @Test("complex-input-partial-wrong")
    func complexInputPartialWrong() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"""
            { complicatedArgs { complexArgField(complexArg: { stringListField: ["one", 2], requiredField: true }) } }
            """#, [
                .init(#"String cannot represent a non string value: 2"#, at: (1, 76)),
            ])
    }

    @Test("complex-input-unknown-field")
    func complexInputUnknownField() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"""
            { complicatedArgs { complexArgField(complexArg: { requiredField: true, invalidField: "value" }) } }
            """#, [
                .init(#"Field "invalidField" is not defined by type "ComplexInput". Did you mean "intField"?"#, at: (1, 72)),
            ])
    }

    @Test("complex-input-suggestion")
    func complexInputSuggestion() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"""
            { complicatedArgs { complexArgField(complexArg: { requiredField: true, intfield: 4, strngField: "x" }) } }
            """#, [
                .init(#"Field "intfield" is not defined by type "ComplexInput". Did you mean "intField" or "stringField"?"#, at: (1, 72)),
                .init(#"Field "strngField" is not defined by type "ComplexInput". Did you mean "stringField", "intField", or "stringListField"?"#, at: (1, 85)),
            ])
    }

    @Test("complex-input-nested")
    func complexInputNested() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"""
            { complicatedArgs { complexArgField(complexArg: { requiredField: true, nested: { nested: { intField: "x" } } }) } }
            """#, [
                .init(#"Field "ComplexInput.requiredField" of required type "Boolean!" was not provided."#, at: (1, 80)),
                .init(#"Field "ComplexInput.requiredField" of required type "Boolean!" was not provided."#, at: (1, 90)),
                .init(#"Int cannot represent non-integer value: "x""#, at: (1, 102)),
            ])
    }

    @Test("complex-input-required-null")
    func complexInputRequiredNull() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"""
            { complicatedArgs { complexArgField(complexArg: { requiredField: null }) } }
            """#, [
                .init(#"Expected value of type "Boolean!", found null."#, at: (1, 66)),
            ])
    }

    @Test("object-into-enum")
    func objectIntoEnum() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"""
            { dog { doesKnowCommand(dogCommand: {a: 1}) } }
            """#, [
                .init(#"Enum "DogCommand" cannot represent non-enum value: {a: 1}."#, at: (1, 37)),
            ])
    }

    @Test("custom-scalar-anything")
    func customScalarAnything() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"""
            { complicatedArgs { jsonArgField(jsonArg: {a: [1, "x", {b: null}], c: ENUM}) } }
            """#, [])
    }

    @Test("directive-arg-wrong")
    func directiveArgWrong() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"""
            { dog @include(if: "yes") { name @skip(if: 1) } }
            """#, [
                .init(#"Boolean cannot represent a non boolean value: "yes""#, at: (1, 20)),
                .init(#"Boolean cannot represent a non boolean value: 1"#, at: (1, 44)),
            ])
    }

    @Test("directive-arg-null")
    func directiveArgNull() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"""
            { dog @include(if: null) { name } }
            """#, [
                .init(#"Expected value of type "Boolean!", found null."#, at: (1, 20)),
            ])
    }

    @Test("variable-default-wrong")
    func variableDefaultWrong() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"""
            query Q($a: Int = "one", $b: String = 4, $c: ComplexInput = { intField: 1 }, $d: [Int] = ["x"]) { dog { name } }
            """#, [
                .init(#"Int cannot represent non-integer value: "one""#, at: (1, 19)),
                .init(#"String cannot represent a non string value: 4"#, at: (1, 39)),
                .init(#"Field "ComplexInput.requiredField" of required type "Boolean!" was not provided."#, at: (1, 61)),
                .init(#"Int cannot represent non-integer value: "x""#, at: (1, 91)),
            ])
    }

    @Test("variable-default-null-nonnull")
    func variableDefaultNullNonnull() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"""
            query Q($a: Int! = null, $b: [Int!] = [null]) { dog { name } }
            """#, [
                .init(#"Expected value of type "Int!", found null."#, at: (1, 20)),
                .init(#"Expected value of type "Int!", found null."#, at: (1, 40)),
            ])
    }

    @Test("variable-default-good")
    func variableDefaultGood() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"""
            query Q($a: Int = 1, $b: String = "x", $c: ComplexInput = { requiredField: false }, $d: [Int] = 1) { dog { name } }
            """#, [])
    }

    @Test("unknown-argument-value-not-checked")
    func unknownArgumentValueNotChecked() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"""
            { dog { isHouseTrained(atOther: { a: [1, null] }) } }
            """#, [])
    }

    @Test("variables-are-not-checked")
    func variablesAreNotChecked() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"""
            query Q($x: String) { complicatedArgs { intArgField(intArg: $x) } }
            """#, [])
    }

    @Test("block-string-into-int")
    func blockStringIntoInt() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"""
            { complicatedArgs { intArgField(intArg: """3""") } }
            """#, [
                .init(#"Int cannot represent non-integer value: """3""""#, at: (1, 41)),
            ])
    }

    @Test("unicode-string-into-int")
    func unicodeStringIntoInt() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"""
            { complicatedArgs { intArgField(intArg: "\u00e9") } }
            """#, [
                .init(#"Int cannot represent non-integer value: "é""#, at: (1, 41)),
            ])
    }

    @Test("float-exponent-into-int")
    func floatExponentIntoInt() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"""
            { complicatedArgs { intArgField(intArg: 1e3) } }
            """#, [
                .init(#"Int cannot represent non-integer value: 1e3"#, at: (1, 41)),
            ])
    }

    @Test("list-nested-object-wrong")
    func listNestedObjectWrong() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"""
            { complicatedArgs { complexArgField(complexArg: { requiredField: true, stringListField: [1, {x: 1}] }) } }
            """#, [
                .init(#"String cannot represent a non string value: 1"#, at: (1, 90)),
                .init(#"String cannot represent a non string value: {x: 1}"#, at: (1, 93)),
            ])
    }

    @Test("sdl-default-values-unchecked")
    func sdlDefaultValuesUnchecked() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"""
            type T { f(a: Int = "x"): String }
            { dog { name } }
            """#, [])
    }

    @Test("sdl-directive-arg-checked")
    func sdlDirectiveArgChecked() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"""
            type T @deprecated(reason: 3) { f: String }
            { dog { name } }
            """#, [
                .init(#"String cannot represent a non string value: 3"#, at: (1, 28)),
            ])
    }
}
