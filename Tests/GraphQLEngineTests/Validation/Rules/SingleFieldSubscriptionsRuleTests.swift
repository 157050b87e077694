import Testing
@testable import GraphQLEngine

/// Unit tests of `SingleFieldSubscriptionsRule`: each case of
/// `__Corpus__/validation/cases/SingleFieldSubscriptions.graphql`, validated with this rule alone. The expected
/// errors, stated in full, are those graphql-js 16.6's `SingleFieldSubscriptionsRule` alone reports
/// (written by `__Corpus__/validation/gen_rule_tests.js`).
@Suite("SingleFieldSubscriptionsRule")
struct SingleFieldSubscriptionsRuleTests {
    @Test("one-field")
    func oneField() {
        expectErrors(SingleFieldSubscriptionsRule.self, #"""
            subscription ImportantEmails { importantEmails }
            """#, [])
    }

    @Test("one-field-with-typename-query")
    func oneFieldWithTypenameQuery() {
        expectErrors(SingleFieldSubscriptionsRule.self, #"""
            query { __typename }
            """#, [])
    }

    @Test("one-field-via-fragment")
    func oneFieldViaFragment() {
        expectErrors(SingleFieldSubscriptionsRule.self, #"""
            subscription sub { ...newMessageFields }
            fragment newMessageFields on SubscriptionRoot { newMessage { body sender } }
            """#, [])
    }

    @Test("same-field-twice-aliased-same")
    func sameFieldTwiceAliasedSame() {
        expectErrors(SingleFieldSubscriptionsRule.self, #"""
            subscription { importantEmails importantEmails }
            """#, [])
    }

    @Test("two-fields")
    func twoFields() {
        expectErrors(SingleFieldSubscriptionsRule.self, #"""
            subscription ImportantEmails { importantEmails notImportantEmails }
            """#, [
                .init(#"Subscription "ImportantEmails" must select only one top level field."#, at: (1, 48)),
            ])
    }

    @Test("two-fields-anonymous")
    func twoFieldsAnonymous() {
        expectErrors(SingleFieldSubscriptionsRule.self, #"""
            subscription { importantEmails notImportantEmails }
            """#, [
                .init(#"Anonymous Subscription must select only one top level field."#, at: (1, 32)),
            ])
    }

    @Test("typename")
    func typename() {
        expectErrors(SingleFieldSubscriptionsRule.self, #"""
            subscription { __typename }
            """#, [
                .init(#"Anonymous Subscription must not select an introspection top level field."#, at: (1, 16)),
            ])
    }

    @Test("typename-named")
    func typenameNamed() {
        expectErrors(SingleFieldSubscriptionsRule.self, #"""
            subscription Named { __typename }
            """#, [
                .init(#"Subscription "Named" must not select an introspection top level field."#, at: (1, 22)),
            ])
    }

    @Test("typename-in-fragment")
    func typenameInFragment() {
        expectErrors(SingleFieldSubscriptionsRule.self, #"""
            subscription { ...F }
            fragment F on SubscriptionRoot { __typename }
            """#, [
                .init(#"Anonymous Subscription must not select an introspection top level field."#, at: (2, 34)),
            ])
    }

    @Test("three-fields-with-fragments")
    func threeFieldsWithFragments() {
        expectErrors(SingleFieldSubscriptionsRule.self, #"""
            subscription { importantEmails ...F ... { spamEmails } }
            fragment F on SubscriptionRoot { notImportantEmails deletedEmails }
            """#, [
                .init(#"Anonymous Subscription must select only one top level field."#, at: (2, 34), (2, 53), (1, 43)),
            ])
    }

    @Test("skip-literal")
    func skipLiteral() {
        expectErrors(SingleFieldSubscriptionsRule.self, #"""
            subscription { importantEmails notImportantEmails @skip(if: true) }
            """#, [])
    }

    @Test("include-false")
    func includeFalse() {
        expectErrors(SingleFieldSubscriptionsRule.self, #"""
            subscription { importantEmails notImportantEmails @include(if: false) }
            """#, [])
    }

    @Test("include-true")
    func includeTrue() {
        expectErrors(SingleFieldSubscriptionsRule.self, #"""
            subscription { importantEmails notImportantEmails @include(if: true) }
            """#, [
                .init(#"Anonymous Subscription must select only one top level field."#, at: (1, 32)),
            ])
    }

    @Test("fragment-on-other-type-ignored")
    func fragmentOnOtherTypeIgnored() {
        expectErrors(SingleFieldSubscriptionsRule.self, #"""
            subscription { importantEmails ... on QueryRoot { dog { name } } }
            """#, [])
    }

    @Test("aliases")
    func aliases() {
        expectErrors(SingleFieldSubscriptionsRule.self, #"""
            subscription { a: importantEmails b: importantEmails }
            """#, [
                .init(#"Anonymous Subscription must select only one top level field."#, at: (1, 35)),
            ])
    }

    @Test("schema-typename-and-field")
    func schemaTypenameAndField() {
        expectErrors(SingleFieldSubscriptionsRule.self, #"""
            subscription { importantEmails __typename }
            """#, [
                .init(#"Anonymous Subscription must select only one top level field."#, at: (1, 32)),
                .init(#"Anonymous Subscription must not select an introspection top level field."#, at: (1, 32)),
            ])
    }

    @Test("no-subscription-type")
    func noSubscriptionType() {
        expectErrors(SingleFieldSubscriptionsRule.self, #"""
            subscription { a b }
            """#, [], schema: ValidationHarness.schema(file: "nosubscription.graphql"))
    }

    @Test("mutation-with-many")
    func mutationWithMany() {
        expectErrors(SingleFieldSubscriptionsRule.self, #"""
            mutation { touch setName(name: "x") { name } }
            """#, [])
    }

    @Test("many-introspection")
    func manyIntrospection() {
        expectErrors(SingleFieldSubscriptionsRule.self, #"""
            subscription { __typename __schema { queryType { name } } }
            """#, [
                .init(#"Anonymous Subscription must select only one top level field."#, at: (1, 27)),
                .init(#"Anonymous Subscription must not select an introspection top level field."#, at: (1, 16)),
                .init(#"Anonymous Subscription must not select an introspection top level field."#, at: (1, 27)),
            ])
    }
}
