import Testing
@testable import GraphQLEngine

/// Unit tests of `LoneAnonymousOperationRule`: each case of
/// `__Corpus__/validation/cases/LoneAnonymousOperation.graphql`, validated with this rule alone. The expected
/// errors, stated in full, are those graphql-js 16.6's `LoneAnonymousOperationRule` alone reports
/// (written by `__Corpus__/validation/gen_rule_tests.js`).
@Suite("LoneAnonymousOperationRule")
struct LoneAnonymousOperationRuleTests {
    @Test("no-operations")
    func noOperations() {
        expectErrors(LoneAnonymousOperationRule.self, #"""
            fragment fragA on Dog { name }
            """#, [])
    }

    @Test("one-anonymous")
    func oneAnonymous() {
        expectErrors(LoneAnonymousOperationRule.self, #"""
            { dog { name } }
            """#, [])
    }

    @Test("multiple-named")
    func multipleNamed() {
        expectErrors(LoneAnonymousOperationRule.self, #"""
            query Foo { dog { name } }
            query Bar { dog { name } }
            """#, [])
    }

    @Test("anonymous-with-fragment")
    func anonymousWithFragment() {
        expectErrors(LoneAnonymousOperationRule.self, #"""
            { ...Foo }
            fragment Foo on QueryRoot { dog { name } }
            """#, [])
    }

    @Test("two-anonymous")
    func twoAnonymous() {
        expectErrors(LoneAnonymousOperationRule.self, #"""
            { dog { name } }
            { cat { name } }
            """#, [
                .init(#"This anonymous operation must be the only defined operation."#, at: (1, 1)),
                .init(#"This anonymous operation must be the only defined operation."#, at: (2, 1)),
            ])
    }

    @Test("anonymous-and-mutation")
    func anonymousAndMutation() {
        expectErrors(LoneAnonymousOperationRule.self, #"""
            { dog { name } }
            mutation Foo { touch }
            """#, [
                .init(#"This anonymous operation must be the only defined operation."#, at: (1, 1)),
            ])
    }

    @Test("anonymous-and-subscription")
    func anonymousAndSubscription() {
        expectErrors(LoneAnonymousOperationRule.self, #"""
            { dog { name } }
            subscription Foo { newMessage { body } }
            """#, [
                .init(#"This anonymous operation must be the only defined operation."#, at: (1, 1)),
            ])
    }

    @Test("named-then-anonymous")
    func namedThenAnonymous() {
        expectErrors(LoneAnonymousOperationRule.self, #"""
            query Foo { dog { name } }
            { dog { name } }
            """#, [
                .init(#"This anonymous operation must be the only defined operation."#, at: (2, 1)),
            ])
    }

    @Test("anonymous-query-keyword-twice")
    func anonymousQueryKeywordTwice() {
        expectErrors(LoneAnonymousOperationRule.self, #"""
            query { dog { name } }
            query { cat { name } }
            """#, [
                .init(#"This anonymous operation must be the only defined operation."#, at: (1, 1)),
                .init(#"This anonymous operation must be the only defined operation."#, at: (2, 1)),
            ])
    }

    @Test("three-anonymous")
    func threeAnonymous() {
        expectErrors(LoneAnonymousOperationRule.self, #"""
            { dog { name } }
            { dog { name } }
            { dog { name } }
            """#, [
                .init(#"This anonymous operation must be the only defined operation."#, at: (1, 1)),
                .init(#"This anonymous operation must be the only defined operation."#, at: (2, 1)),
                .init(#"This anonymous operation must be the only defined operation."#, at: (3, 1)),
            ])
    }

    @Test("anonymous-mutation-alone")
    func anonymousMutationAlone() {
        expectErrors(LoneAnonymousOperationRule.self, #"""
            mutation { touch }
            """#, [])
    }
}
