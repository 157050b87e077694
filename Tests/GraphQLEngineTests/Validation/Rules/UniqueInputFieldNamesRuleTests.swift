import Testing
@testable import GraphQLEngine

/// Unit tests of `UniqueInputFieldNamesRule`: each case of
/// `__Corpus__/validation/cases/UniqueInputFieldNames.graphql`, validated with this rule alone. The expected
/// errors, stated in full, are those graphql-js 16.6's `UniqueInputFieldNamesRule` alone reports
/// (written by `__Corpus__/validation/gen_rule_tests.js`).
@Suite("UniqueInputFieldNamesRule")
struct UniqueInputFieldNamesRuleTests {
    @Test("no-fields")
    func noFields() {
        expectErrors(UniqueInputFieldNamesRule.self, #"""
            { field(arg: {}) }
            """#, [])
    }

    @Test("one-field")
    func oneField() {
        expectErrors(UniqueInputFieldNamesRule.self, #"""
            { field(arg: { f: true }) }
            """#, [])
    }

    @Test("multiple-fields")
    func multipleFields() {
        expectErrors(UniqueInputFieldNamesRule.self, #"""
            { field(arg: { f1: "value", f2: "value", f3: "value" }) }
            """#, [])
    }

    @Test("nested")
    func nested() {
        expectErrors(UniqueInputFieldNamesRule.self, #"""
            { field(arg: { deep: { deep: { id: 1 }, id: 1 }, id: 1 }) }
            """#, [])
    }

    @Test("duplicate")
    func duplicate() {
        expectErrors(UniqueInputFieldNamesRule.self, #"""
            { field(arg: { f1: "value", f1: "value" }) }
            """#, [
                .init(#"There can be only one input field named "f1"."#, at: (1, 16), (1, 29)),
            ])
    }

    @Test("many-duplicates")
    func manyDuplicates() {
        expectErrors(UniqueInputFieldNamesRule.self, #"""
            { field(arg: { f1: "value", f1: "value", f1: "value" }) }
            """#, [
                .init(#"There can be only one input field named "f1"."#, at: (1, 16), (1, 29)),
                .init(#"There can be only one input field named "f1"."#, at: (1, 16), (1, 42)),
            ])
    }

    @Test("nested-duplicate")
    func nestedDuplicate() {
        expectErrors(UniqueInputFieldNamesRule.self, #"""
            { field(arg: { f1: {f2: "value", f2: "value" }}) }
            """#, [
                .init(#"There can be only one input field named "f2"."#, at: (1, 21), (1, 34)),
            ])
    }

    @Test("same-name-at-different-levels")
    func sameNameAtDifferentLevels() {
        expectErrors(UniqueInputFieldNamesRule.self, #"""
            { field(arg: { f: { f: { f: 1 } } }) }
            """#, [])
    }

    @Test("in-list")
    func inList() {
        expectErrors(UniqueInputFieldNamesRule.self, #"""
            { field(arg: [{ a: 1, a: 2 }, { a: 1 }, { b: 1, b: 2 }]) }
            """#, [
                .init(#"There can be only one input field named "a"."#, at: (1, 17), (1, 23)),
                .init(#"There can be only one input field named "b"."#, at: (1, 43), (1, 49)),
            ])
    }

    @Test("known-input-duplicate")
    func knownInputDuplicate() {
        expectErrors(UniqueInputFieldNamesRule.self, #"""
            { complicatedArgs { complexArgField(complexArg: { requiredField: true, requiredField: false }) } }
            """#, [
                .init(#"There can be only one input field named "requiredField"."#, at: (1, 51), (1, 72)),
            ])
    }

    @Test("known-input-nested-duplicate")
    func knownInputNestedDuplicate() {
        expectErrors(UniqueInputFieldNamesRule.self, #"""
            { complicatedArgs { complexArgField(complexArg: { requiredField: true, nested: { requiredField: true, intField: 1, intField: 2 } }) } }
            """#, [
                .init(#"There can be only one input field named "intField"."#, at: (1, 103), (1, 116)),
            ])
    }

    @Test("in-variable-default")
    func inVariableDefault() {
        expectErrors(UniqueInputFieldNamesRule.self, #"""
            query Q($c: ComplexInput = { requiredField: true, requiredField: true }) { complicatedArgs { complexArgField(complexArg: $c) } }
            """#, [
                .init(#"There can be only one input field named "requiredField"."#, at: (1, 30), (1, 51)),
            ])
    }

    @Test("in-directive")
    func inDirective() {
        expectErrors(UniqueInputFieldNamesRule.self, #"""
            { dog @withArgs(input: { requiredField: true, requiredField: false }) { name } }
            """#, [
                .init(#"There can be only one input field named "requiredField"."#, at: (1, 26), (1, 47)),
            ])
    }

    @Test("in-custom-scalar")
    func inCustomScalar() {
        expectErrors(UniqueInputFieldNamesRule.self, #"""
            { complicatedArgs { jsonArgField(jsonArg: { a: 1, a: 2 }) } }
            """#, [
                .init(#"There can be only one input field named "a"."#, at: (1, 45), (1, 51)),
            ])
    }

    @Test("in-sdl-default")
    func inSdlDefault() {
        expectErrors(UniqueInputFieldNamesRule.self, #"""
            type T { f(a: In = { x: 1, x: 2 }): String }
            { dog { name } }
            """#, [
                .init(#"There can be only one input field named "x"."#, at: (1, 22), (1, 28)),
            ])
    }
}
