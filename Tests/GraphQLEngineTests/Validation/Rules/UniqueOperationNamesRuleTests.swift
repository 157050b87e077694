import Testing
@testable import GraphQLEngine

/// Unit tests of `UniqueOperationNamesRule`: each case of
/// `__Corpus__/validation/cases/UniqueOperationNames.graphql`, validated with this rule alone. The expected
/// errors, stated in full, are those graphql-js 16.6's `UniqueOperationNamesRule` alone reports
/// (written by `__Corpus__/validation/gen_rule_tests.js`).
@Suite("UniqueOperationNamesRule")
struct UniqueOperationNamesRuleTests {
    @Test("anonymous")
    func anonymous() {
        expectErrors(UniqueOperationNamesRule.self, #"""
            { dog { name } }
            """#, [])
    }

    @Test("one-named")
    func oneNamed() {
        expectErrors(UniqueOperationNamesRule.self, #"""
            query Foo { dog { name } }
            """#, [])
    }

    @Test("multiple-distinct")
    func multipleDistinct() {
        expectErrors(UniqueOperationNamesRule.self, #"""
            query Foo { dog { name } }
            query Bar { dog { name } }
            """#, [])
    }

    @Test("operation-and-fragment-same-name")
    func operationAndFragmentSameName() {
        expectErrors(UniqueOperationNamesRule.self, #"""
            query Foo { dog { ...Foo } }
            fragment Foo on Dog { name }
            """#, [])
    }

    @Test("same-name-query-query")
    func sameNameQueryQuery() {
        expectErrors(UniqueOperationNamesRule.self, #"""
            query Foo { dog { name } }
            query Foo { dog { nickname } }
            """#, [
                .init(#"There can be only one operation named "Foo"."#, at: (1, 7), (2, 7)),
            ])
    }

    @Test("same-name-query-mutation")
    func sameNameQueryMutation() {
        expectErrors(UniqueOperationNamesRule.self, #"""
            query Foo { dog { name } }
            mutation Foo { touch }
            """#, [
                .init(#"There can be only one operation named "Foo"."#, at: (1, 7), (2, 10)),
            ])
    }

    @Test("same-name-query-subscription")
    func sameNameQuerySubscription() {
        expectErrors(UniqueOperationNamesRule.self, #"""
            query Foo { dog { name } }
            subscription Foo { newMessage { body } }
            """#, [
                .init(#"There can be only one operation named "Foo"."#, at: (1, 7), (2, 14)),
            ])
    }

    @Test("three-times")
    func threeTimes() {
        expectErrors(UniqueOperationNamesRule.self, #"""
            query Foo { dog { name } }
            query Foo { dog { name } }
            query Foo { dog { name } }
            """#, [
                .init(#"There can be only one operation named "Foo"."#, at: (1, 7), (2, 7)),
                .init(#"There can be only one operation named "Foo"."#, at: (1, 7), (3, 7)),
            ])
    }

    @Test("two-pairs")
    func twoPairs() {
        expectErrors(UniqueOperationNamesRule.self, #"""
            query A { dog { name } }
            query B { dog { name } }
            query A { dog { name } }
            query B { dog { name } }
            """#, [
                .init(#"There can be only one operation named "A"."#, at: (1, 7), (3, 7)),
                .init(#"There can be only one operation named "B"."#, at: (2, 7), (4, 7)),
            ])
    }

    @Test("different-kinds-distinct")
    func differentKindsDistinct() {
        expectErrors(UniqueOperationNamesRule.self, #"""
            query Foo { dog { name } }
            mutation Bar { touch }
            subscription Baz { newMessage { body } }
            """#, [])
    }

    @Test("duplicate-with-anonymous")
    func duplicateWithAnonymous() {
        expectErrors(UniqueOperationNamesRule.self, #"""
            query Foo { dog { name } }
            { dog { name } }
            query Foo { cat { name } }
            """#, [
                .init(#"There can be only one operation named "Foo"."#, at: (1, 7), (3, 7)),
            ])
    }
}
