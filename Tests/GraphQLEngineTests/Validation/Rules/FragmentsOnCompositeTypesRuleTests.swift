import Testing
@testable import GraphQLEngine

/// Unit tests of `FragmentsOnCompositeTypesRule`: each case of
/// `__Corpus__/validation/cases/FragmentsOnCompositeTypes.graphql`, validated with this rule alone. The expected
/// errors, stated in full, are those graphql-js 16.6's `FragmentsOnCompositeTypesRule` alone reports
/// (written by `__Corpus__/validation/gen_rule_tests.js`).
@Suite("FragmentsOnCompositeTypesRule")
struct FragmentsOnCompositeTypesRuleTests {
    @Test("object")
    func object() {
        expectErrors(FragmentsOnCompositeTypesRule.self, #"""
            fragment validFragment on Dog { barks }
            { dog { ...validFragment } }
            """#, [])
    }

    @Test("interface")
    func interface() {
        expectErrors(FragmentsOnCompositeTypesRule.self, #"""
            fragment validFragment on Pet { name }
            { dog { ...validFragment } }
            """#, [])
    }

    @Test("inline-object")
    func inlineObject() {
        expectErrors(FragmentsOnCompositeTypesRule.self, #"""
            fragment validFragment on Pet { ... on Dog { barks } }
            { dog { ...validFragment } }
            """#, [])
    }

    @Test("inline-no-condition")
    func inlineNoCondition() {
        expectErrors(FragmentsOnCompositeTypesRule.self, #"""
            fragment validFragment on Pet { ... { name } }
            { dog { ...validFragment } }
            """#, [])
    }

    @Test("union")
    func union() {
        expectErrors(FragmentsOnCompositeTypesRule.self, #"""
            fragment validFragment on CatOrDog { __typename }
            { dog { ...validFragment } }
            """#, [])
    }

    @Test("scalar-fragment")
    func scalarFragment() {
        expectErrors(FragmentsOnCompositeTypesRule.self, #"""
            fragment scalarFragment on Boolean { bad }
            { dog { ...scalarFragment } }
            """#, [
                .init(#"Fragment "scalarFragment" cannot condition on non composite type "Boolean"."#, at: (1, 28)),
            ])
    }

    @Test("enum-fragment")
    func enumFragment() {
        expectErrors(FragmentsOnCompositeTypesRule.self, #"""
            fragment scalarFragment on FurColor { bad }
            { dog { ...scalarFragment } }
            """#, [
                .init(#"Fragment "scalarFragment" cannot condition on non composite type "FurColor"."#, at: (1, 28)),
            ])
    }

    @Test("input-fragment")
    func inputFragment() {
        expectErrors(FragmentsOnCompositeTypesRule.self, #"""
            fragment inputFragment on ComplexInput { stringField }
            { dog { ...inputFragment } }
            """#, [
                .init(#"Fragment "inputFragment" cannot condition on non composite type "ComplexInput"."#, at: (1, 27)),
            ])
    }

    @Test("inline-scalar")
    func inlineScalar() {
        expectErrors(FragmentsOnCompositeTypesRule.self, #"""
            fragment invalidFragment on Pet { ... on String { barks } }
            { dog { ...invalidFragment } }
            """#, [
                .init(#"Fragment cannot condition on non composite type "String"."#, at: (1, 42)),
            ])
    }

    @Test("inline-unknown-type")
    func inlineUnknownType() {
        expectErrors(FragmentsOnCompositeTypesRule.self, #"""
            { dog { ... on Unknown { barks } } }
            """#, [])
    }

    @Test("inline-input-in-query")
    func inlineInputInQuery() {
        expectErrors(FragmentsOnCompositeTypesRule.self, #"""
            { dog { ... on ComplexInput { name } } }
            """#, [
                .init(#"Fragment cannot condition on non composite type "ComplexInput"."#, at: (1, 16)),
            ])
    }

    @Test("custom-scalar-fragment")
    func customScalarFragment() {
        expectErrors(FragmentsOnCompositeTypesRule.self, #"""
            fragment J on Json { x }
            { dog { ...J } }
            """#, [
                .init(#"Fragment "J" cannot condition on non composite type "Json"."#, at: (1, 15)),
            ])
    }

    @Test("nested-inline-scalar")
    func nestedInlineScalar() {
        expectErrors(FragmentsOnCompositeTypesRule.self, #"""
            { human { pets { ... on Int { name } } } }
            """#, [
                .init(#"Fragment cannot condition on non composite type "Int"."#, at: (1, 25)),
            ])
    }
}
