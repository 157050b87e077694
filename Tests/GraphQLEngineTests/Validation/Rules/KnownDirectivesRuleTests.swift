import Testing
@testable import GraphQLEngine

/// Unit tests of `KnownDirectivesRule`: each case of
/// `__Corpus__/validation/cases/KnownDirectives.graphql`, validated with this rule alone. The expected
/// errors, stated in full, are those graphql-js 16.6's `KnownDirectivesRule` alone reports
/// (written by `__Corpus__/validation/gen_rule_tests.js`).
@Suite("KnownDirectivesRule")
struct KnownDirectivesRuleTests {
    @Test("no-directives")
    func noDirectives() {
        expectErrors(KnownDirectivesRule.self, #"""
            query Foo { name ...Frag }
            fragment Frag on Dog { name }
            """#, [])
    }

    @Test("known")
    func known() {
        expectErrors(KnownDirectivesRule.self, #"""
            { dog @include(if: true) { name } human @skip(if: false) { name } }
            """#, [])
    }

    @Test("unknown")
    func unknown() {
        expectErrors(KnownDirectivesRule.self, #"""
            { dog @unknown(directive: "value") { name } }
            """#, [
                .init(#"Unknown directive "@unknown"."#, at: (1, 7)),
            ])
    }

    @Test("many-unknown")
    func manyUnknown() {
        expectErrors(KnownDirectivesRule.self, #"""
            { dog @unknown(directive: "value") { name } human @unknown(directive: "value") { name pets @unknown(directive: "value") { name } } }
            """#, [
                .init(#"Unknown directive "@unknown"."#, at: (1, 7)),
                .init(#"Unknown directive "@unknown"."#, at: (1, 51)),
                .init(#"Unknown directive "@unknown"."#, at: (1, 92)),
            ])
    }

    @Test("well-placed")
    func wellPlaced() {
        expectErrors(KnownDirectivesRule.self, #"""
            query ($var: Boolean @onVariableDefinition) @onQuery {
              name @include(if: $var)
              ...Frag @include(if: true)
              skippedField @skip(if: true)
              ...SkippedFrag @skip(if: true)
              ... @skip(if: true) { skippedField }
            }
            mutation @onMutation { someField }
            subscription @onSubscription { someField }
            fragment Frag on SomeType @onFragmentDefinition { someField }
            """#, [])
    }

    @Test("misplaced")
    func misplaced() {
        expectErrors(KnownDirectivesRule.self, #"""
            query ($var: Boolean @onQuery) @onMutation {
              name @onQuery @include(if: $var)
              ...Frag @onQuery
              ... @onQuery { skippedField }
            }
            mutation @onQuery { someField }
            subscription @onQuery { someField }
            fragment Frag on SomeType @onQuery { someField }
            """#, [
                .init(#"Directive "@onQuery" may not be used on VARIABLE_DEFINITION."#, at: (1, 22)),
                .init(#"Directive "@onMutation" may not be used on QUERY."#, at: (1, 32)),
                .init(#"Directive "@onQuery" may not be used on FIELD."#, at: (2, 8)),
                .init(#"Directive "@onQuery" may not be used on FRAGMENT_SPREAD."#, at: (3, 11)),
                .init(#"Directive "@onQuery" may not be used on INLINE_FRAGMENT."#, at: (4, 7)),
                .init(#"Directive "@onQuery" may not be used on MUTATION."#, at: (6, 10)),
                .init(#"Directive "@onQuery" may not be used on SUBSCRIPTION."#, at: (7, 14)),
                .init(#"Directive "@onQuery" may not be used on FRAGMENT_DEFINITION."#, at: (8, 27)),
            ])
    }

    @Test("deprecated-in-query")
    func deprecatedInQuery() {
        expectErrors(KnownDirectivesRule.self, #"""
            { dog @deprecated { name } }
            """#, [
                .init(#"Directive "@deprecated" may not be used on FIELD."#, at: (1, 7)),
            ])
    }

    @Test("specifiedBy-in-query")
    func specifiedByInQuery() {
        expectErrors(KnownDirectivesRule.self, #"""
            { dog { name @specifiedBy(url: "x") } }
            """#, [
                .init(#"Directive "@specifiedBy" may not be used on FIELD."#, at: (1, 14)),
            ])
    }

    @Test("document-defined-directive")
    func documentDefinedDirective() {
        expectErrors(KnownDirectivesRule.self, #"""
            directive @local on FIELD
            { dog @local { name } }
            """#, [])
    }

    @Test("document-defined-directive-misplaced")
    func documentDefinedDirectiveMisplaced() {
        expectErrors(KnownDirectivesRule.self, #"""
            directive @local on QUERY
            { dog @local { name } }
            """#, [
                .init(#"Directive "@local" may not be used on FIELD."#, at: (2, 7)),
            ])
    }

    @Test("document-defined-overrides-schema")
    func documentDefinedOverridesSchema() {
        expectErrors(KnownDirectivesRule.self, #"""
            directive @onField on QUERY
            { dog @onField { name } }
            """#, [
                .init(#"Directive "@onField" may not be used on FIELD."#, at: (2, 7)),
            ])
    }

    @Test("fragment-spread-locations")
    func fragmentSpreadLocations() {
        expectErrors(KnownDirectivesRule.self, #"""
            { dog { ...F @onFragmentSpread ...F @onInlineFragment ... @onFragmentSpread { name } } }
            fragment F on Dog @onFragmentSpread { name }
            """#, [
                .init(#"Directive "@onInlineFragment" may not be used on FRAGMENT_SPREAD."#, at: (1, 37)),
                .init(#"Directive "@onFragmentSpread" may not be used on INLINE_FRAGMENT."#, at: (1, 59)),
                .init(#"Directive "@onFragmentSpread" may not be used on FRAGMENT_DEFINITION."#, at: (2, 19)),
            ])
    }

    @Test("variable-definition-location")
    func variableDefinitionLocation() {
        expectErrors(KnownDirectivesRule.self, #"""
            query ($a: Int @onVariableDefinition @onField) { dog { name } }
            """#, [
                .init(#"Directive "@onField" may not be used on VARIABLE_DEFINITION."#, at: (1, 38)),
            ])
    }

    @Test("repeatable-known")
    func repeatableKnown() {
        expectErrors(KnownDirectivesRule.self, #"""
            { dog @repeatable @repeatable { name } }
            """#, [])
    }
}
