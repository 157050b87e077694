import Testing
@testable import GraphQLEngine

/// OneOf input objects (spec: https://spec.graphql.org/draft/#sec-OneOf-Input-Objects), which the
/// differential oracle (graphql-js 16.6) predates. Wording follows graphql-js 17:
/// `ValuesOfCorrectTypeRule` checks literals, `VariablesInAllowedPositionRule` checks variables.
@Suite("OneOf input objects")
struct OneOfValidationTests {
    @Test("exactly one non-null literal field is valid")
    func exactlyOneField() {
        expectValid(ValuesOfCorrectTypeRule.self, #"{ oneOf { oneOfArgField(oneOfArg: { stringField: "abc" }) } }"#)
    }

    @Test("exactly one non-null variable is valid")
    func exactlyOneNonNullVariable() {
        expectErrors([ValuesOfCorrectTypeRule.self, VariablesInAllowedPositionRule.self], #"""
            query ($string: String!) { oneOf { oneOfArgField(oneOfArg: { stringField: $string }) } }
            """#, [])
    }

    @Test("a nullable variable for a OneOf field is rejected, even with a default")
    func nullableVariable() {
        expectErrors(VariablesInAllowedPositionRule.self, #"""
            query ($string: String, $int: Int = 3) {
              oneOf {
                a: oneOfArgField(oneOfArg: { stringField: $string })
                b: oneOfArgField(oneOfArg: { intField: $int })
              }
            }
            """#, [
                .init(#"Variable "$string" is of type "String" but must be non-nullable to be used for OneOf Input Object "OneOfInput"."#,
                      at: (1, 8), (3, 47)),
                .init(#"Variable "$int" is of type "Int" but must be non-nullable to be used for OneOf Input Object "OneOfInput"."#,
                      at: (1, 25), (4, 44)),
            ])
    }

    @Test("a nullable variable for the whole OneOf argument is allowed")
    func variableForWholeObject() {
        expectValid(VariablesInAllowedPositionRule.self,
                    #"query ($o: OneOfInput) { oneOf { oneOfArgField(oneOfArg: $o) } }"#)
    }

    @Test("two fields are rejected")
    func twoFields() {
        expectErrors(ValuesOfCorrectTypeRule.self,
                     #"{ oneOf { oneOfArgField(oneOfArg: { stringField: "abc", intField: 123 }) } }"#,
                     [.init(#"OneOf Input Object "OneOfInput" must specify exactly one key."#, at: (1, 35))])
    }

    @Test("no field is rejected")
    func noField() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"{ oneOf { oneOfArgField(oneOfArg: {}) } }"#,
                     [.init(#"OneOf Input Object "OneOfInput" must specify exactly one key."#, at: (1, 35))])
    }

    @Test("a null field is rejected")
    func nullField() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"{ oneOf { oneOfArgField(oneOfArg: { stringField: null }) } }"#,
                     [.init(#"Field "OneOfInput.stringField" must be non-null."#, at: (1, 35))])
    }

    @Test("a wrongly typed field is reported by the field's own check")
    func wrongType() {
        expectErrors(ValuesOfCorrectTypeRule.self, #"{ oneOf { oneOfArgField(oneOfArg: { intField: "x" }) } }"#,
                     [.init(#"Int cannot represent non-integer value: "x""#, at: (1, 47))])
    }

    @Test("a repeated key counts once")
    func repeatedKey() {
        expectErrors([ValuesOfCorrectTypeRule.self, UniqueInputFieldNamesRule.self],
                     #"{ oneOf { oneOfArgField(oneOfArg: { intField: 1, intField: 2 }) } }"#,
                     [.init(#"There can be only one input field named "intField"."#, at: (1, 37), (1, 50))])
    }
}
