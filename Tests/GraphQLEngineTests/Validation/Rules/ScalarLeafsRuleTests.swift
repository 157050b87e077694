import Testing
@testable import GraphQLEngine

/// Unit tests of `ScalarLeafsRule`: each case of
/// `__Corpus__/validation/cases/ScalarLeafs.graphql`, validated with this rule alone. The expected
/// errors, stated in full, are those graphql-js 16.6's `ScalarLeafsRule` alone reports
/// (written by `__Corpus__/validation/gen_rule_tests.js`).
@Suite("ScalarLeafsRule")
struct ScalarLeafsRuleTests {
    @Test("valid-scalar")
    func validScalar() {
        expectErrors(ScalarLeafsRule.self, #"""
            fragment scalarSelection on Dog { barks }
            { dog { ...scalarSelection } }
            """#, [])
    }

    @Test("object-without-selection")
    func objectWithoutSelection() {
        expectErrors(ScalarLeafsRule.self, #"""
            query directQueryOnObjectWithoutSubFields { human }
            """#, [
                .init(#"Field "human" of type "Human" must have a selection of subfields. Did you mean "human { ... }"?"#, at: (1, 45)),
            ])
    }

    @Test("interface-without-selection")
    func interfaceWithoutSelection() {
        expectErrors(ScalarLeafsRule.self, #"""
            { pet }
            """#, [
                .init(#"Field "pet" of type "Pet" must have a selection of subfields. Did you mean "pet { ... }"?"#, at: (1, 3)),
            ])
    }

    @Test("union-without-selection")
    func unionWithoutSelection() {
        expectErrors(ScalarLeafsRule.self, #"""
            { catOrDog }
            """#, [
                .init(#"Field "catOrDog" of type "CatOrDog" must have a selection of subfields. Did you mean "catOrDog { ... }"?"#, at: (1, 3)),
            ])
    }

    @Test("list-of-objects-without-selection")
    func listOfObjectsWithoutSelection() {
        expectErrors(ScalarLeafsRule.self, #"""
            { human { pets relatives } }
            """#, [
                .init(#"Field "pets" of type "[Pet]" must have a selection of subfields. Did you mean "pets { ... }"?"#, at: (1, 11)),
                .init(#"Field "relatives" of type "[Human]!" must have a selection of subfields. Did you mean "relatives { ... }"?"#, at: (1, 16)),
            ])
    }

    @Test("scalar-with-selection")
    func scalarWithSelection() {
        expectErrors(ScalarLeafsRule.self, #"""
            fragment scalarSelectionsNotAllowedOnBoolean on Dog { barks { sinceWhen } }
            { dog { ...scalarSelectionsNotAllowedOnBoolean } }
            """#, [
                .init(#"Field "barks" must not have a selection since type "Boolean" has no subfields."#, at: (1, 61)),
            ])
    }

    @Test("enum-with-selection")
    func enumWithSelection() {
        expectErrors(ScalarLeafsRule.self, #"""
            fragment f on Cat { furColor { inHexDec } }
            { cat { ...f } }
            """#, [
                .init(#"Field "furColor" must not have a selection since type "FurColor" has no subfields."#, at: (1, 30)),
            ])
    }

    @Test("scalar-with-args-and-selection")
    func scalarWithArgsAndSelection() {
        expectErrors(ScalarLeafsRule.self, #"""
            fragment f on Dog { doesKnowCommand(dogCommand: SIT) { sinceWhen } }
            { dog { ...f } }
            """#, [
                .init(#"Field "doesKnowCommand" must not have a selection since type "Boolean" has no subfields."#, at: (1, 54)),
            ])
    }

    @Test("scalar-with-directive-and-selection")
    func scalarWithDirectiveAndSelection() {
        expectErrors(ScalarLeafsRule.self, #"""
            { dog { name @include(if: true) { isAlsoHumanName } } }
            """#, [
                .init(#"Field "name" must not have a selection since type "String" has no subfields."#, at: (1, 33)),
            ])
    }

    @Test("nonnull-list-without-selection")
    func nonnullListWithoutSelection() {
        expectErrors(ScalarLeafsRule.self, #"""
            { human { relatives } }
            """#, [
                .init(#"Field "relatives" of type "[Human]!" must have a selection of subfields. Did you mean "relatives { ... }"?"#, at: (1, 11)),
            ])
    }

    @Test("typename-with-selection")
    func typenameWithSelection() {
        expectErrors(ScalarLeafsRule.self, #"""
            { __typename { x } }
            """#, [
                .init(#"Field "__typename" must not have a selection since type "String!" has no subfields."#, at: (1, 14)),
            ])
    }

    @Test("schema-meta-without-selection")
    func schemaMetaWithoutSelection() {
        expectErrors(ScalarLeafsRule.self, #"""
            { __schema }
            """#, [
                .init(#"Field "__schema" of type "__Schema!" must have a selection of subfields. Did you mean "__schema { ... }"?"#, at: (1, 3)),
            ])
    }

    @Test("type-meta-scalar-field-with-selection")
    func typeMetaScalarFieldWithSelection() {
        expectErrors(ScalarLeafsRule.self, #"""
            { __type(name: "Dog") { name { x } } }
            """#, [
                .init(#"Field "name" must not have a selection since type "String" has no subfields."#, at: (1, 30)),
            ])
    }

    @Test("mutation-object-without-selection")
    func mutationObjectWithoutSelection() {
        expectErrors(ScalarLeafsRule.self, #"""
            mutation { setName(name: "a") }
            """#, [
                .init(#"Field "setName" of type "Human" must have a selection of subfields. Did you mean "setName { ... }"?"#, at: (1, 12)),
            ])
    }

    @Test("empty-selection-impossible-unknown-field")
    func emptySelectionImpossibleUnknownField() {
        expectErrors(ScalarLeafsRule.self, #"""
            { unknownField }
            """#, [])
    }
}
