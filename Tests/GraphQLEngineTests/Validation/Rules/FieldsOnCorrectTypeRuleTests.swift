import Testing
@testable import GraphQLEngine

/// Unit tests of `FieldsOnCorrectTypeRule`: each case of
/// `__Corpus__/validation/cases/FieldsOnCorrectType.graphql`, validated with this rule alone. The expected
/// errors, stated in full, are those graphql-js 16.6's `FieldsOnCorrectTypeRule` alone reports
/// (written by `__Corpus__/validation/gen_rule_tests.js`).
@Suite("FieldsOnCorrectTypeRule")
struct FieldsOnCorrectTypeRuleTests {
    @Test("object-field")
    func objectField() {
        expectErrors(FieldsOnCorrectTypeRule.self, #"""
            fragment objectFieldSelection on Dog { __typename name }
            { dog { ...objectFieldSelection } }
            """#, [])
    }

    @Test("aliased-fields")
    func aliasedFields() {
        expectErrors(FieldsOnCorrectTypeRule.self, #"""
            fragment aliasedObjectFieldSelection on Dog { tn : __typename otherName : name }
            { dog { ...aliasedObjectFieldSelection } }
            """#, [])
    }

    @Test("interface-field")
    func interfaceField() {
        expectErrors(FieldsOnCorrectTypeRule.self, #"""
            fragment interfaceFieldSelection on Pet { __typename name }
            { dog { ...interfaceFieldSelection } }
            """#, [])
    }

    @Test("unknown-ignored-in-unknown-parent")
    func unknownIgnoredInUnknownParent() {
        expectErrors(FieldsOnCorrectTypeRule.self, #"""
            fragment unknownSelection on UnknownType { unknownField }
            { dog { ...unknownSelection } }
            """#, [])
    }

    @Test("nested-unknown")
    func nestedUnknown() {
        expectErrors(FieldsOnCorrectTypeRule.self, #"""
            fragment typeKnownAgain on Pet { unknown_pet_field { ... on Cat { unknown_cat_field } } }
            { dog { ...typeKnownAgain } }
            """#, [
                .init(#"Cannot query field "unknown_pet_field" on type "Pet"."#, at: (1, 34)),
                .init(#"Cannot query field "unknown_cat_field" on type "Cat"."#, at: (1, 67)),
            ])
    }

    @Test("field-not-defined-on-fragment")
    func fieldNotDefinedOnFragment() {
        expectErrors(FieldsOnCorrectTypeRule.self, #"""
            fragment fieldNotDefined on Dog { meowVolume }
            { dog { ...fieldNotDefined } }
            """#, [
                .init(#"Cannot query field "meowVolume" on type "Dog". Did you mean "barkVolume"?"#, at: (1, 35)),
            ])
    }

    @Test("deep-unknown")
    func deepUnknown() {
        expectErrors(FieldsOnCorrectTypeRule.self, #"""
            fragment deepFieldNotDefined on Dog { unknown_field { deeper_unknown_field } }
            { dog { ...deepFieldNotDefined } }
            """#, [
                .init(#"Cannot query field "unknown_field" on type "Dog"."#, at: (1, 39)),
            ])
    }

    @Test("subfield-unknown")
    func subfieldUnknown() {
        expectErrors(FieldsOnCorrectTypeRule.self, #"""
            fragment subFieldNotDefined on Human { pets { unknown_field } }
            { human { ...subFieldNotDefined } }
            """#, [
                .init(#"Cannot query field "unknown_field" on type "Pet"."#, at: (1, 47)),
            ])
    }

    @Test("inline-fragment-unknown")
    func inlineFragmentUnknown() {
        expectErrors(FieldsOnCorrectTypeRule.self, #"""
            fragment fieldNotDefined on Pet { ... on Dog { meowVolume } }
            { dog { ...fieldNotDefined } }
            """#, [
                .init(#"Cannot query field "meowVolume" on type "Dog". Did you mean "barkVolume"?"#, at: (1, 48)),
            ])
    }

    @Test("aliased-unknown")
    func aliasedUnknown() {
        expectErrors(FieldsOnCorrectTypeRule.self, #"""
            fragment aliasedFieldTargetNotDefined on Dog { volume : mooVolume }
            { dog { ...aliasedFieldTargetNotDefined } }
            """#, [
                .init(#"Cannot query field "mooVolume" on type "Dog". Did you mean "barkVolume"?"#, at: (1, 48)),
            ])
    }

    @Test("aliased-lying")
    func aliasedLying() {
        expectErrors(FieldsOnCorrectTypeRule.self, #"""
            fragment aliasedLyingFieldTargetNotDefined on Dog { barkVolume : kawVolume }
            { dog { ...aliasedLyingFieldTargetNotDefined } }
            """#, [
                .init(#"Cannot query field "kawVolume" on type "Dog". Did you mean "barkVolume"?"#, at: (1, 53)),
            ])
    }

    @Test("interface-not-defined")
    func interfaceNotDefined() {
        expectErrors(FieldsOnCorrectTypeRule.self, #"""
            fragment notDefinedOnInterface on Pet { tailLength }
            { pet { ...notDefinedOnInterface } }
            """#, [
                .init(#"Cannot query field "tailLength" on type "Pet"."#, at: (1, 41)),
            ])
    }

    @Test("interface-defined-on-implementors")
    func interfaceDefinedOnImplementors() {
        expectErrors(FieldsOnCorrectTypeRule.self, #"""
            fragment definedOnImplementorsButNotInterface on Pet { nickname }
            { pet { ...definedOnImplementorsButNotInterface } }
            """#, [
                .init(#"Cannot query field "nickname" on type "Pet". Did you mean to use an inline fragment on "Cat" or "Dog"?"#, at: (1, 56)),
            ])
    }

    @Test("union-meta-field")
    func unionMetaField() {
        expectErrors(FieldsOnCorrectTypeRule.self, #"""
            fragment directFieldSelectionOnUnion on CatOrDog { __typename }
            { catOrDog { ...directFieldSelectionOnUnion } }
            """#, [])
    }

    @Test("union-direct-field")
    func unionDirectField() {
        expectErrors(FieldsOnCorrectTypeRule.self, #"""
            fragment directFieldSelectionOnUnion on CatOrDog { directField }
            { catOrDog { ...directFieldSelectionOnUnion } }
            """#, [
                .init(#"Cannot query field "directField" on type "CatOrDog"."#, at: (1, 52)),
            ])
    }

    @Test("union-field-on-members")
    func unionFieldOnMembers() {
        expectErrors(FieldsOnCorrectTypeRule.self, #"""
            fragment definedOnImplementorsQueriedOnUnion on CatOrDog { name }
            { catOrDog { ...definedOnImplementorsQueriedOnUnion } }
            """#, [
                .init(#"Cannot query field "name" on type "CatOrDog". Did you mean to use an inline fragment on "Pet", "Canine", "Cat", or "Dog"?"#, at: (1, 60)),
            ])
    }

    @Test("union-mammal-suggestion")
    func unionMammalSuggestion() {
        expectErrors(FieldsOnCorrectTypeRule.self, #"""
            { dogOrHuman { mother } }
            """#, [
                .init(#"Cannot query field "mother" on type "DogOrHuman". Did you mean to use an inline fragment on "Mammal", "Canine", or "Dog"?"#, at: (1, 16)),
            ])
    }

    @Test("interface-suggest-types")
    func interfaceSuggestTypes() {
        expectErrors(FieldsOnCorrectTypeRule.self, #"""
            { pet { barkVolume } }
            """#, [
                .init(#"Cannot query field "barkVolume" on type "Pet". Did you mean to use an inline fragment on "Dog"?"#, at: (1, 9)),
            ])
    }

    @Test("typo-suggestion")
    func typoSuggestion() {
        expectErrors(FieldsOnCorrectTypeRule.self, #"""
            { dog { nam naem nickName } }
            """#, [
                .init(#"Cannot query field "nam" on type "Dog". Did you mean "name"?"#, at: (1, 9)),
                .init(#"Cannot query field "naem" on type "Dog". Did you mean "name"?"#, at: (1, 13)),
                .init(#"Cannot query field "nickName" on type "Dog". Did you mean "nickname" or "name"?"#, at: (1, 18)),
            ])
    }

    @Test("root-typo")
    func rootTypo() {
        expectErrors(FieldsOnCorrectTypeRule.self, #"""
            { dogg cats }
            """#, [
                .init(#"Cannot query field "dogg" on type "QueryRoot". Did you mean "dog"?"#, at: (1, 3)),
                .init(#"Cannot query field "cats" on type "QueryRoot". Did you mean "cat"?"#, at: (1, 8)),
            ])
    }

    @Test("schema-meta-not-on-nonroot")
    func schemaMetaNotOnNonroot() {
        expectErrors(FieldsOnCorrectTypeRule.self, #"""
            { dog { __schema { queryType { name } } } }
            """#, [
                .init(#"Cannot query field "__schema" on type "Dog"."#, at: (1, 9)),
            ])
    }

    @Test("type-meta-not-on-mutation")
    func typeMetaNotOnMutation() {
        expectErrors(FieldsOnCorrectTypeRule.self, #"""
            mutation { __type(name: "x") { name } }
            """#, [
                .init(#"Cannot query field "__type" on type "MutationRoot"."#, at: (1, 12)),
            ])
    }

    @Test("valid-meta")
    func validMeta() {
        expectErrors(FieldsOnCorrectTypeRule.self, #"""
            { __schema { types { name } } __type(name: "Dog") { name } }
            """#, [])
    }

    @Test("somebox-suggestions")
    func someboxSuggestions() {
        expectErrors(FieldsOnCorrectTypeRule.self, #"""
            { someBox { scalar } }
            """#, [
                .init(#"Cannot query field "scalar" on type "SomeBox". Did you mean to use an inline fragment on "IntBox", "NonNullStringBox1", "NonNullStringBox1Impl", "NonNullStringBox2", or "NonNullStringBox2Impl"?"#, at: (1, 13)),
            ])
    }

    @Test("connection-deep")
    func connectionDeep() {
        expectErrors(FieldsOnCorrectTypeRule.self, #"""
            { connection { edges { node { id nam } } } }
            """#, [
                .init(#"Cannot query field "nam" on type "Node". Did you mean "name"?"#, at: (1, 34)),
            ])
    }
}
