import Testing
@testable import GraphQLEngine

/// Unit tests of `UniqueArgumentNamesRule`: each case of
/// `__Corpus__/validation/cases/UniqueArgumentNames.graphql`, validated with this rule alone. The expected
/// errors, stated in full, are those graphql-js 16.6's `UniqueArgumentNamesRule` alone reports
/// (written by `__Corpus__/validation/gen_rule_tests.js`).
@Suite("UniqueArgumentNamesRule")
struct UniqueArgumentNamesRuleTests {
    @Test("no-arguments-field")
    func noArgumentsField() {
        expectErrors(UniqueArgumentNamesRule.self, #"""
            { field }
            """#, [])
    }

    @Test("no-arguments-directive")
    func noArgumentsDirective() {
        expectErrors(UniqueArgumentNamesRule.self, #"""
            { field @directive }
            """#, [])
    }

    @Test("one-argument")
    func oneArgument() {
        expectErrors(UniqueArgumentNamesRule.self, #"""
            { field(arg: "value") }
            """#, [])
    }

    @Test("one-argument-directive")
    func oneArgumentDirective() {
        expectErrors(UniqueArgumentNamesRule.self, #"""
            { field @directive(arg: "value") }
            """#, [])
    }

    @Test("same-arg-two-fields")
    func sameArgTwoFields() {
        expectErrors(UniqueArgumentNamesRule.self, #"""
            { one: field(arg: "value") two: field(arg: "value") }
            """#, [])
    }

    @Test("same-arg-field-and-directive")
    func sameArgFieldAndDirective() {
        expectErrors(UniqueArgumentNamesRule.self, #"""
            { field(arg: "value") @directive(arg: "value") }
            """#, [])
    }

    @Test("same-arg-two-directives")
    func sameArgTwoDirectives() {
        expectErrors(UniqueArgumentNamesRule.self, #"""
            { field @directive1(arg: "value") @directive2(arg: "value") }
            """#, [])
    }

    @Test("multiple-arguments")
    func multipleArguments() {
        expectErrors(UniqueArgumentNamesRule.self, #"""
            { field(arg1: "value", arg2: "value", arg3: "value") }
            """#, [])
    }

    @Test("duplicate-field-args")
    func duplicateFieldArgs() {
        expectErrors(UniqueArgumentNamesRule.self, #"""
            { field(arg1: "value", arg1: "value") }
            """#, [
                .init(#"There can be only one argument named "arg1"."#, at: (1, 9), (1, 24)),
            ])
    }

    @Test("many-duplicate-field-args")
    func manyDuplicateFieldArgs() {
        expectErrors(UniqueArgumentNamesRule.self, #"""
            { field(arg1: "value", arg1: "value", arg1: "value") }
            """#, [
                .init(#"There can be only one argument named "arg1"."#, at: (1, 9), (1, 24), (1, 39)),
            ])
    }

    @Test("duplicate-directive-args")
    func duplicateDirectiveArgs() {
        expectErrors(UniqueArgumentNamesRule.self, #"""
            { field @directive(arg1: "value", arg1: "value") }
            """#, [
                .init(#"There can be only one argument named "arg1"."#, at: (1, 20), (1, 35)),
            ])
    }

    @Test("many-duplicate-directive-args")
    func manyDuplicateDirectiveArgs() {
        expectErrors(UniqueArgumentNamesRule.self, #"""
            { field @directive(arg1: "value", arg1: "value", arg1: "value") }
            """#, [
                .init(#"There can be only one argument named "arg1"."#, at: (1, 20), (1, 35), (1, 50)),
            ])
    }

    @Test("known-field-duplicates")
    func knownFieldDuplicates() {
        expectErrors(UniqueArgumentNamesRule.self, #"""
            { dog { isAtLocation(x: 1, y: 2, x: 3, y: 4) } }
            """#, [
                .init(#"There can be only one argument named "x"."#, at: (1, 22), (1, 34)),
                .init(#"There can be only one argument named "y"."#, at: (1, 28), (1, 40)),
            ])
    }

    @Test("known-directive-duplicates")
    func knownDirectiveDuplicates() {
        expectErrors(UniqueArgumentNamesRule.self, #"""
            { dog @include(if: true, if: false) { name } }
            """#, [
                .init(#"There can be only one argument named "if"."#, at: (1, 16), (1, 26)),
            ])
    }

    @Test("duplicates-in-nested-field")
    func duplicatesInNestedField() {
        expectErrors(UniqueArgumentNamesRule.self, #"""
            { human(id: 1, id: 2) { name(surname: true, surname: false) } }
            """#, [
                .init(#"There can be only one argument named "id"."#, at: (1, 9), (1, 16)),
                .init(#"There can be only one argument named "surname"."#, at: (1, 30), (1, 45)),
            ])
    }
}
