import Testing
@testable import GraphQLEngine

/// Unit tests of `KnownArgumentNamesRule`: each case of
/// `__Corpus__/validation/cases/KnownArgumentNames.graphql`, validated with this rule alone. The expected
/// errors, stated in full, are those graphql-js 16.6's `KnownArgumentNamesRule` alone reports
/// (written by `__Corpus__/validation/gen_rule_tests.js`).
@Suite("KnownArgumentNamesRule")
struct KnownArgumentNamesRuleTests {
    @Test("single-known")
    func singleKnown() {
        expectErrors(KnownArgumentNamesRule.self, #"""
            fragment argOnRequiredArg on Dog { doesKnowCommand(dogCommand: SIT) }
            { dog { ...argOnRequiredArg } }
            """#, [])
    }

    @Test("multiple-known")
    func multipleKnown() {
        expectErrors(KnownArgumentNamesRule.self, #"""
            fragment multipleArgs on ComplicatedArgs { multipleReqs(req1: 1, req2: 2) }
            { complicatedArgs { ...multipleArgs } }
            """#, [])
    }

    @Test("unknown-on-unknown-field-ignored")
    func unknownOnUnknownFieldIgnored() {
        expectErrors(KnownArgumentNamesRule.self, #"""
            fragment argOnUnknownField on Dog { unknownField(unknownArg: SIT) }
            { dog { ...argOnUnknownField } }
            """#, [])
    }

    @Test("reverse-order")
    func reverseOrder() {
        expectErrors(KnownArgumentNamesRule.self, #"""
            fragment multipleArgsReverseOrder on ComplicatedArgs { multipleReqs(req2: 2, req1: 1) }
            { complicatedArgs { ...multipleArgsReverseOrder } }
            """#, [])
    }

    @Test("no-args-on-optional")
    func noArgsOnOptional() {
        expectErrors(KnownArgumentNamesRule.self, #"""
            fragment noArgOnOptionalArg on Dog { isHouseTrained }
            { dog { ...noArgOnOptionalArg } }
            """#, [])
    }

    @Test("directive-args-known")
    func directiveArgsKnown() {
        expectErrors(KnownArgumentNamesRule.self, #"""
            { dog @skip(if: true) { name } }
            """#, [])
    }

    @Test("directive-args-unknown")
    func directiveArgsUnknown() {
        expectErrors(KnownArgumentNamesRule.self, #"""
            { dog @skip(unless: true) { name } }
            """#, [
                .init(#"Unknown argument "unless" on directive "@skip"."#, at: (1, 13)),
            ])
    }

    @Test("directive-args-misspelled")
    func directiveArgsMisspelled() {
        expectErrors(KnownArgumentNamesRule.self, #"""
            { dog @skip(iff: true) { name } }
            """#, [
                .init(#"Unknown argument "iff" on directive "@skip". Did you mean "if"?"#, at: (1, 13)),
            ])
    }

    @Test("unknown-directive-args-ignored")
    func unknownDirectiveArgsIgnored() {
        expectErrors(KnownArgumentNamesRule.self, #"""
            { dog @unknown(if: true) { name } }
            """#, [])
    }

    @Test("undirected-unknown-directive-falls-back-to-field")
    func undirectedUnknownDirectiveFallsBackToField() {
        expectErrors(KnownArgumentNamesRule.self, #"""
            { dog { doesKnowCommand(dogCommand: SIT) @unknown(dogCommand: 3) } }
            """#, [])
    }

    @Test("invalid-arg-name")
    func invalidArgName() {
        expectErrors(KnownArgumentNamesRule.self, #"""
            fragment invalidArgName on Dog { doesKnowCommand(unknown: true) }
            { dog { ...invalidArgName } }
            """#, [
                .init(#"Unknown argument "unknown" on field "Dog.doesKnowCommand"."#, at: (1, 50)),
            ])
    }

    @Test("misspelled-arg-name")
    func misspelledArgName() {
        expectErrors(KnownArgumentNamesRule.self, #"""
            fragment invalidArgName on Dog { doesKnowCommand(DogCommand: true) }
            { dog { ...invalidArgName } }
            """#, [
                .init(#"Unknown argument "DogCommand" on field "Dog.doesKnowCommand". Did you mean "dogCommand"?"#, at: (1, 50)),
            ])
    }

    @Test("unknown-args-amongst-known")
    func unknownArgsAmongstKnown() {
        expectErrors(KnownArgumentNamesRule.self, #"""
            fragment oneGoodArgOneInvalidArg on Dog { doesKnowCommand(whoKnows: 1, dogCommand: SIT, unknown: true) }
            { dog { ...oneGoodArgOneInvalidArg } }
            """#, [
                .init(#"Unknown argument "whoKnows" on field "Dog.doesKnowCommand"."#, at: (1, 59)),
                .init(#"Unknown argument "unknown" on field "Dog.doesKnowCommand"."#, at: (1, 89)),
            ])
    }

    @Test("deeply-unknown")
    func deeplyUnknown() {
        expectErrors(KnownArgumentNamesRule.self, #"""
            { dog { doesKnowCommand(unknown: true) } human { pets { ... on Dog { doesKnowCommand(unknown: true) } } } }
            """#, [
                .init(#"Unknown argument "unknown" on field "Dog.doesKnowCommand"."#, at: (1, 25)),
                .init(#"Unknown argument "unknown" on field "Dog.doesKnowCommand"."#, at: (1, 86)),
            ])
    }

    @Test("unknown-on-meta-field")
    func unknownOnMetaField() {
        expectErrors(KnownArgumentNamesRule.self, #"""
            { __typename(x: 1) __type(name: "Dog", nam: 2) { name } }
            """#, [
                .init(#"Unknown argument "x" on field "QueryRoot.__typename"."#, at: (1, 14)),
                .init(#"Unknown argument "nam" on field "QueryRoot.__type". Did you mean "name"?"#, at: (1, 40)),
            ])
    }

    @Test("document-defined-directive-args")
    func documentDefinedDirectiveArgs() {
        expectErrors(KnownArgumentNamesRule.self, #"""
            directive @local(a: Int) on FIELD
            { dog @local(a: 1, b: 2) { name } }
            """#, [
                .init(#"Unknown argument "b" on directive "@local". Did you mean "a"?"#, at: (2, 20)),
            ])
    }

    @Test("arg-suggestions-multiple")
    func argSuggestionsMultiple() {
        expectErrors(KnownArgumentNamesRule.self, #"""
            { complicatedArgs { multipleOptAndReq(req: 1, opt: 2, req1: 1, req2: 2) } }
            """#, [
                .init(#"Unknown argument "req" on field "ComplicatedArgs.multipleOptAndReq". Did you mean "req1" or "req2"?"#, at: (1, 39)),
                .init(#"Unknown argument "opt" on field "ComplicatedArgs.multipleOptAndReq". Did you mean "opt1" or "opt2"?"#, at: (1, 47)),
            ])
    }

    @Test("unknown-arg-on-directive-with-values")
    func unknownArgOnDirectiveWithValues() {
        expectErrors(KnownArgumentNamesRule.self, #"""
            { dog @withArgs(c: 1, input: { requiredField: true }) { name } }
            """#, [
                .init(#"Unknown argument "c" on directive "@withArgs". Did you mean "a" or "b"?"#, at: (1, 17)),
            ])
    }
}
