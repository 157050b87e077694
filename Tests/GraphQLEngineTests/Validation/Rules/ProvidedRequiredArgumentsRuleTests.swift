import Testing
@testable import GraphQLEngine

/// Unit tests of `ProvidedRequiredArgumentsRule`: each case of
/// `__Corpus__/validation/cases/ProvidedRequiredArguments.graphql`, validated with this rule alone. The expected
/// errors, stated in full, are those graphql-js 16.6's `ProvidedRequiredArgumentsRule` alone reports
/// (written by `__Corpus__/validation/gen_rule_tests.js`).
@Suite("ProvidedRequiredArgumentsRule")
struct ProvidedRequiredArgumentsRuleTests {
    @Test("unknown-args-ignored")
    func unknownArgsIgnored() {
        expectErrors(ProvidedRequiredArgumentsRule.self, #"""
            { dog { isHouseTrained(unknownArgument: true) } }
            """#, [])
    }

    @Test("optional-arg-omitted")
    func optionalArgOmitted() {
        expectErrors(ProvidedRequiredArgumentsRule.self, #"""
            { dog { isHouseTrained } }
            """#, [])
    }

    @Test("no-arg-on-optional")
    func noArgOnOptional() {
        expectErrors(ProvidedRequiredArgumentsRule.self, #"""
            { complicatedArgs { multipleOpts } }
            """#, [])
    }

    @Test("multiple-args")
    func multipleArgs() {
        expectErrors(ProvidedRequiredArgumentsRule.self, #"""
            { complicatedArgs { multipleReqs(req1: 1, req2: 2) } }
            """#, [])
    }

    @Test("multiple-args-reverse")
    func multipleArgsReverse() {
        expectErrors(ProvidedRequiredArgumentsRule.self, #"""
            { complicatedArgs { multipleReqs(req2: 2, req1: 1) } }
            """#, [])
    }

    @Test("required-and-optional")
    func requiredAndOptional() {
        expectErrors(ProvidedRequiredArgumentsRule.self, #"""
            { complicatedArgs { multipleOptAndReq(req1: 3, req2: 4, opt1: 5) } }
            """#, [])
    }

    @Test("missing-one")
    func missingOne() {
        expectErrors(ProvidedRequiredArgumentsRule.self, #"""
            { complicatedArgs { multipleReqs(req2: 2) } }
            """#, [
                .init(#"Field "multipleReqs" argument "req1" of type "Int!" is required, but it was not provided."#, at: (1, 21)),
            ])
    }

    @Test("missing-all")
    func missingAll() {
        expectErrors(ProvidedRequiredArgumentsRule.self, #"""
            { complicatedArgs { multipleReqs } }
            """#, [
                .init(#"Field "multipleReqs" argument "req1" of type "Int!" is required, but it was not provided."#, at: (1, 21)),
                .init(#"Field "multipleReqs" argument "req2" of type "Int!" is required, but it was not provided."#, at: (1, 21)),
            ])
    }

    @Test("missing-with-unknown")
    func missingWithUnknown() {
        expectErrors(ProvidedRequiredArgumentsRule.self, #"""
            { complicatedArgs { multipleReqs(req1: "one") } }
            """#, [
                .init(#"Field "multipleReqs" argument "req2" of type "Int!" is required, but it was not provided."#, at: (1, 21)),
            ])
    }

    @Test("nonnull-with-default-ok")
    func nonnullWithDefaultOk() {
        expectErrors(ProvidedRequiredArgumentsRule.self, #"""
            { complicatedArgs { nonNullFieldWithDefault } }
            """#, [])
    }

    @Test("null-provided-counts")
    func nullProvidedCounts() {
        expectErrors(ProvidedRequiredArgumentsRule.self, #"""
            { complicatedArgs { multipleReqs(req1: null, req2: null) } }
            """#, [])
    }

    @Test("directive-ok")
    func directiveOk() {
        expectErrors(ProvidedRequiredArgumentsRule.self, #"""
            { dog @include(if: true) { name } human @skip(if: false) { name } }
            """#, [])
    }

    @Test("directive-missing")
    func directiveMissing() {
        expectErrors(ProvidedRequiredArgumentsRule.self, #"""
            { dog @include { name @skip } }
            """#, [
                .init(#"Directive "@include" argument "if" of type "Boolean!" is required, but it was not provided."#, at: (1, 7)),
                .init(#"Directive "@skip" argument "if" of type "Boolean!" is required, but it was not provided."#, at: (1, 23)),
            ])
    }

    @Test("custom-directive-missing")
    func customDirectiveMissing() {
        expectErrors(ProvidedRequiredArgumentsRule.self, #"""
            { dog @requiredArg { name } }
            """#, [
                .init(#"Directive "@requiredArg" argument "arg" of type "Int!" is required, but it was not provided."#, at: (1, 7)),
            ])
    }

    @Test("custom-directive-opt-only")
    func customDirectiveOptOnly() {
        expectErrors(ProvidedRequiredArgumentsRule.self, #"""
            { dog @requiredArg(opt: "y") { name } }
            """#, [
                .init(#"Directive "@requiredArg" argument "arg" of type "Int!" is required, but it was not provided."#, at: (1, 7)),
            ])
    }

    @Test("document-directive-missing")
    func documentDirectiveMissing() {
        expectErrors(ProvidedRequiredArgumentsRule.self, #"""
            directive @local(a: Int!, b: [String]!, c: Int! = 1, d: Int) on FIELD
            { dog @local { name } }
            """#, [
                .init(#"Directive "@local" argument "a" of type "Int!" is required, but it was not provided."#, at: (2, 7)),
                .init(#"Directive "@local" argument "b" of type "[String]!" is required, but it was not provided."#, at: (2, 7)),
            ])
    }

    @Test("mutation-required")
    func mutationRequired() {
        expectErrors(ProvidedRequiredArgumentsRule.self, #"""
            mutation { setName { name } }
            """#, [
                .init(#"Field "setName" argument "name" of type "String!" is required, but it was not provided."#, at: (1, 12)),
            ])
    }

    @Test("nested-missing")
    func nestedMissing() {
        expectErrors(ProvidedRequiredArgumentsRule.self, #"""
            { human { pets { ... on Dog { doesKnowCommand isAtLocation } } } complicatedArgs { multipleOptAndReq(opt1: 1) } }
            """#, [
                .init(#"Field "multipleOptAndReq" argument "req1" of type "Int!" is required, but it was not provided."#, at: (1, 84)),
                .init(#"Field "multipleOptAndReq" argument "req2" of type "Int!" is required, but it was not provided."#, at: (1, 84)),
            ])
    }

    @Test("on-spread")
    func onSpread() {
        expectErrors(ProvidedRequiredArgumentsRule.self, #"""
            { dog { ...F @requiredArg } }
            fragment F on Dog { name }
            """#, [
                .init(#"Directive "@requiredArg" argument "arg" of type "Int!" is required, but it was not provided."#, at: (1, 14)),
            ])
    }
}
