import Testing
@testable import GraphQLEngine

/// Unit tests of `UniqueDirectivesPerLocationRule`: each case of
/// `__Corpus__/validation/cases/UniqueDirectivesPerLocation.graphql`, validated with this rule alone. The expected
/// errors, stated in full, are those graphql-js 16.6's `UniqueDirectivesPerLocationRule` alone reports
/// (written by `__Corpus__/validation/gen_rule_tests.js`).
@Suite("UniqueDirectivesPerLocationRule")
struct UniqueDirectivesPerLocationRuleTests {
    @Test("no-directives")
    func noDirectives() {
        expectErrors(UniqueDirectivesPerLocationRule.self, #"""
            fragment Test on Type { field }
            """#, [])
    }

    @Test("unique")
    func unique() {
        expectErrors(UniqueDirectivesPerLocationRule.self, #"""
            fragment Test on Type { field @directive }
            """#, [])
    }

    @Test("unique-different")
    func uniqueDifferent() {
        expectErrors(UniqueDirectivesPerLocationRule.self, #"""
            fragment Test on Type { field @directiveA @directiveB }
            """#, [])
    }

    @Test("known-unique-different")
    func knownUniqueDifferent() {
        expectErrors(UniqueDirectivesPerLocationRule.self, #"""
            { dog @genericDirectiveA @genericDirectiveB { name } }
            """#, [])
    }

    @Test("same-on-different-locations")
    func sameOnDifferentLocations() {
        expectErrors(UniqueDirectivesPerLocationRule.self, #"""
            fragment Test on Dog @genericDirectiveA { name @genericDirectiveA }
            { dog { ...Test } }
            """#, [])
    }

    @Test("same-on-similar-locations")
    func sameOnSimilarLocations() {
        expectErrors(UniqueDirectivesPerLocationRule.self, #"""
            { dog { name @genericDirectiveA name @genericDirectiveA } }
            """#, [])
    }

    @Test("repeatable")
    func repeatable() {
        expectErrors(UniqueDirectivesPerLocationRule.self, #"""
            { dog @repeatable @repeatable { name } }
            """#, [])
    }

    @Test("unknown-duplicates-ignored")
    func unknownDuplicatesIgnored() {
        expectErrors(UniqueDirectivesPerLocationRule.self, #"""
            { dog @unknown @unknown { name } }
            """#, [])
    }

    @Test("duplicate")
    func duplicate() {
        expectErrors(UniqueDirectivesPerLocationRule.self, #"""
            { dog @genericDirectiveA @genericDirectiveA { name } }
            """#, [
                .init(#"The directive "@genericDirectiveA" can only be used once at this location."#, at: (1, 7), (1, 26)),
            ])
    }

    @Test("many-duplicates")
    func manyDuplicates() {
        expectErrors(UniqueDirectivesPerLocationRule.self, #"""
            { dog @genericDirectiveA @genericDirectiveA @genericDirectiveA { name } }
            """#, [
                .init(#"The directive "@genericDirectiveA" can only be used once at this location."#, at: (1, 7), (1, 26)),
                .init(#"The directive "@genericDirectiveA" can only be used once at this location."#, at: (1, 7), (1, 45)),
            ])
    }

    @Test("different-duplicates")
    func differentDuplicates() {
        expectErrors(UniqueDirectivesPerLocationRule.self, #"""
            { dog @genericDirectiveA @genericDirectiveB @genericDirectiveA @genericDirectiveB { name } }
            """#, [
                .init(#"The directive "@genericDirectiveA" can only be used once at this location."#, at: (1, 7), (1, 45)),
                .init(#"The directive "@genericDirectiveB" can only be used once at this location."#, at: (1, 26), (1, 64)),
            ])
    }

    @Test("duplicate-skip")
    func duplicateSkip() {
        expectErrors(UniqueDirectivesPerLocationRule.self, #"""
            { dog @skip(if: true) @skip(if: false) { name } }
            """#, [
                .init(#"The directive "@skip" can only be used once at this location."#, at: (1, 7), (1, 23)),
            ])
    }

    @Test("duplicate-on-fragment-definition")
    func duplicateOnFragmentDefinition() {
        expectErrors(UniqueDirectivesPerLocationRule.self, #"""
            fragment F on Dog @genericDirectiveA @genericDirectiveA { name }
            { dog { ...F } }
            """#, [
                .init(#"The directive "@genericDirectiveA" can only be used once at this location."#, at: (1, 19), (1, 38)),
            ])
    }

    @Test("duplicate-on-operation")
    func duplicateOnOperation() {
        expectErrors(UniqueDirectivesPerLocationRule.self, #"""
            query Q @onQuery @onQuery { dog { name } }
            """#, [
                .init(#"The directive "@onQuery" can only be used once at this location."#, at: (1, 9), (1, 18)),
            ])
    }

    @Test("duplicate-on-variable")
    func duplicateOnVariable() {
        expectErrors(UniqueDirectivesPerLocationRule.self, #"""
            query Q($a: Int @onVariableDefinition @onVariableDefinition) { dog { isAtLocation(x: $a) } }
            """#, [
                .init(#"The directive "@onVariableDefinition" can only be used once at this location."#, at: (1, 17), (1, 39)),
            ])
    }

    @Test("duplicate-on-spread-and-inline")
    func duplicateOnSpreadAndInline() {
        expectErrors(UniqueDirectivesPerLocationRule.self, #"""
            { dog { ...F @onFragmentSpread @onFragmentSpread ... @onInlineFragment @onInlineFragment { name } } }
            fragment F on Dog { name }
            """#, [
                .init(#"The directive "@onFragmentSpread" can only be used once at this location."#, at: (1, 14), (1, 32)),
                .init(#"The directive "@onInlineFragment" can only be used once at this location."#, at: (1, 54), (1, 72)),
            ])
    }

    @Test("sdl-type-and-extension")
    func sdlTypeAndExtension() {
        expectErrors(UniqueDirectivesPerLocationRule.self, #"""
            { dog { name } }
            type T @deprecated { a: String }
            extend type T @deprecated
            """#, [
                .init(#"The directive "@deprecated" can only be used once at this location."#, at: (2, 8), (3, 15)),
            ])
    }

    @Test("sdl-schema-and-extension")
    func sdlSchemaAndExtension() {
        expectErrors(UniqueDirectivesPerLocationRule.self, #"""
            { dog { name } }
            schema @onQuery { query: QueryRoot }
            extend schema @onQuery
            """#, [
                .init(#"The directive "@onQuery" can only be used once at this location."#, at: (2, 8), (3, 15)),
            ])
    }

    @Test("document-defined-repeatable")
    func documentDefinedRepeatable() {
        expectErrors(UniqueDirectivesPerLocationRule.self, #"""
            directive @local repeatable on FIELD
            { dog @local @local { name } }
            """#, [])
    }

    @Test("document-defined-non-repeatable-overrides")
    func documentDefinedNonRepeatableOverrides() {
        expectErrors(UniqueDirectivesPerLocationRule.self, #"""
            directive @repeatable on FIELD
            { dog @repeatable @repeatable { name } }
            """#, [
                .init(#"The directive "@repeatable" can only be used once at this location."#, at: (2, 7), (2, 19)),
            ])
    }
}
