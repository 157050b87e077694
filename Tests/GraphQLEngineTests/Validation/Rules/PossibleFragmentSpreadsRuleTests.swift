import Testing
@testable import GraphQLEngine

/// Unit tests of `PossibleFragmentSpreadsRule`: each case of
/// `__Corpus__/validation/cases/PossibleFragmentSpreads.graphql`, validated with this rule alone. The expected
/// errors, stated in full, are those graphql-js 16.6's `PossibleFragmentSpreadsRule` alone reports
/// (written by `__Corpus__/validation/gen_rule_tests.js`).
@Suite("PossibleFragmentSpreadsRule")
struct PossibleFragmentSpreadsRuleTests {
    @Test("same-object")
    func sameObject() {
        expectErrors(PossibleFragmentSpreadsRule.self, #"""
            fragment objectWithinObject on Dog { ...dogFragment }
            fragment dogFragment on Dog { barkVolume }
            { dog { ...objectWithinObject } }
            """#, [])
    }

    @Test("same-object-inline")
    func sameObjectInline() {
        expectErrors(PossibleFragmentSpreadsRule.self, #"""
            fragment objectWithinObjectAnon on Dog { ... on Dog { barkVolume } }
            { dog { ...objectWithinObjectAnon } }
            """#, [])
    }

    @Test("object-into-implemented-interface")
    func objectIntoImplementedInterface() {
        expectErrors(PossibleFragmentSpreadsRule.self, #"""
            fragment objectWithinInterface on Pet { ...dogFragment }
            fragment dogFragment on Dog { barkVolume }
            { pet { ...objectWithinInterface } }
            """#, [])
    }

    @Test("object-into-union")
    func objectIntoUnion() {
        expectErrors(PossibleFragmentSpreadsRule.self, #"""
            fragment objectWithinUnion on CatOrDog { ...dogFragment }
            fragment dogFragment on Dog { barkVolume }
            { catOrDog { ...objectWithinUnion } }
            """#, [])
    }

    @Test("union-into-contained-object")
    func unionIntoContainedObject() {
        expectErrors(PossibleFragmentSpreadsRule.self, #"""
            fragment unionWithinObject on Dog { ...catOrDogFragment }
            fragment catOrDogFragment on CatOrDog { __typename }
            { dog { ...unionWithinObject } }
            """#, [])
    }

    @Test("union-into-overlapping-interface")
    func unionIntoOverlappingInterface() {
        expectErrors(PossibleFragmentSpreadsRule.self, #"""
            fragment unionWithinInterface on Pet { ...catOrDogFragment }
            fragment catOrDogFragment on CatOrDog { __typename }
            { pet { ...unionWithinInterface } }
            """#, [])
    }

    @Test("union-into-overlapping-union")
    func unionIntoOverlappingUnion() {
        expectErrors(PossibleFragmentSpreadsRule.self, #"""
            fragment unionWithinUnion on DogOrHuman { ...catOrDogFragment }
            fragment catOrDogFragment on CatOrDog { __typename }
            { dogOrHuman { ...unionWithinUnion } }
            """#, [])
    }

    @Test("interface-into-implementing-object")
    func interfaceIntoImplementingObject() {
        expectErrors(PossibleFragmentSpreadsRule.self, #"""
            fragment interfaceWithinObject on Dog { ...petFragment }
            fragment petFragment on Pet { name }
            { dog { ...interfaceWithinObject } }
            """#, [])
    }

    @Test("interface-into-overlapping-union")
    func interfaceIntoOverlappingUnion() {
        expectErrors(PossibleFragmentSpreadsRule.self, #"""
            fragment interfaceWithinUnion on CatOrDog { ...petFragment }
            fragment petFragment on Pet { name }
            { catOrDog { ...interfaceWithinUnion } }
            """#, [])
    }

    @Test("different-object-into-object")
    func differentObjectIntoObject() {
        expectErrors(PossibleFragmentSpreadsRule.self, #"""
            fragment invalidObjectWithinObject on Cat { ...dogFragment }
            fragment dogFragment on Dog { barkVolume }
            { cat { ...invalidObjectWithinObject } }
            """#, [
                .init(#"Fragment "dogFragment" cannot be spread here as objects of type "Cat" can never be of type "Dog"."#, at: (1, 45)),
            ])
    }

    @Test("different-object-inline")
    func differentObjectInline() {
        expectErrors(PossibleFragmentSpreadsRule.self, #"""
            fragment invalidObjectWithinObjectAnon on Cat { ... on Dog { barkVolume } }
            { cat { ...invalidObjectWithinObjectAnon } }
            """#, [
                .init(#"Fragment cannot be spread here as objects of type "Cat" can never be of type "Dog"."#, at: (1, 49)),
            ])
    }

    @Test("object-into-not-implementing-interface")
    func objectIntoNotImplementingInterface() {
        expectErrors(PossibleFragmentSpreadsRule.self, #"""
            fragment invalidObjectWithinInterface on Pet { ...humanFragment }
            fragment humanFragment on Human { pets { name } }
            { pet { ...invalidObjectWithinInterface } }
            """#, [
                .init(#"Fragment "humanFragment" cannot be spread here as objects of type "Pet" can never be of type "Human"."#, at: (1, 48)),
            ])
    }

    @Test("object-into-not-containing-union")
    func objectIntoNotContainingUnion() {
        expectErrors(PossibleFragmentSpreadsRule.self, #"""
            fragment invalidObjectWithinUnion on CatOrDog { ...humanFragment }
            fragment humanFragment on Human { pets { name } }
            { catOrDog { ...invalidObjectWithinUnion } }
            """#, [
                .init(#"Fragment "humanFragment" cannot be spread here as objects of type "CatOrDog" can never be of type "Human"."#, at: (1, 49)),
            ])
    }

    @Test("union-into-not-contained-object")
    func unionIntoNotContainedObject() {
        expectErrors(PossibleFragmentSpreadsRule.self, #"""
            fragment invalidUnionWithinObject on Human { ...catOrDogFragment }
            fragment catOrDogFragment on CatOrDog { __typename }
            { human { ...invalidUnionWithinObject } }
            """#, [
                .init(#"Fragment "catOrDogFragment" cannot be spread here as objects of type "Human" can never be of type "CatOrDog"."#, at: (1, 46)),
            ])
    }

    @Test("union-into-non-overlapping-interface")
    func unionIntoNonOverlappingInterface() {
        expectErrors(PossibleFragmentSpreadsRule.self, #"""
            fragment invalidUnionWithinInterface on Pet { ...humanOrAlienFragment }
            fragment humanOrAlienFragment on HumanOrAlien { __typename }
            { pet { ...invalidUnionWithinInterface } }
            """#, [
                .init(#"Fragment "humanOrAlienFragment" cannot be spread here as objects of type "Pet" can never be of type "HumanOrAlien"."#, at: (1, 47)),
            ])
    }

    @Test("union-into-non-overlapping-union")
    func unionIntoNonOverlappingUnion() {
        expectErrors(PossibleFragmentSpreadsRule.self, #"""
            fragment invalidUnionWithinUnion on CatOrDog { ...humanOrAlienFragment }
            fragment humanOrAlienFragment on HumanOrAlien { __typename }
            { catOrDog { ...invalidUnionWithinUnion } }
            """#, [
                .init(#"Fragment "humanOrAlienFragment" cannot be spread here as objects of type "CatOrDog" can never be of type "HumanOrAlien"."#, at: (1, 48)),
            ])
    }

    @Test("interface-into-non-implementing-object")
    func interfaceIntoNonImplementingObject() {
        expectErrors(PossibleFragmentSpreadsRule.self, #"""
            fragment invalidInterfaceWithinObject on Cat { ...intelligentFragment }
            fragment intelligentFragment on Canine { name }
            { cat { ...invalidInterfaceWithinObject } }
            """#, [
                .init(#"Fragment "intelligentFragment" cannot be spread here as objects of type "Cat" can never be of type "Canine"."#, at: (1, 48)),
            ])
    }

    @Test("interface-into-interface-no-overlap")
    func interfaceIntoInterfaceNoOverlap() {
        expectErrors(PossibleFragmentSpreadsRule.self, #"""
            fragment invalidInterfaceWithinInterface on Pet { ...intelligentFragment }
            fragment intelligentFragment on SomeBox { unrelatedField }
            { pet { ...invalidInterfaceWithinInterface } }
            """#, [
                .init(#"Fragment "intelligentFragment" cannot be spread here as objects of type "Pet" can never be of type "SomeBox"."#, at: (1, 51)),
            ])
    }

    @Test("interface-inline-no-overlap")
    func interfaceInlineNoOverlap() {
        expectErrors(PossibleFragmentSpreadsRule.self, #"""
            fragment invalidInterfaceWithinInterfaceAnon on Pet { ...on SomeBox { unrelatedField } }
            { pet { ...invalidInterfaceWithinInterfaceAnon } }
            """#, [
                .init(#"Fragment cannot be spread here as objects of type "Pet" can never be of type "SomeBox"."#, at: (1, 55)),
            ])
    }

    @Test("interface-into-union-no-overlap")
    func interfaceIntoUnionNoOverlap() {
        expectErrors(PossibleFragmentSpreadsRule.self, #"""
            fragment invalidInterfaceWithinUnion on HumanOrAlien { ...petFragment }
            fragment petFragment on Pet { name }
            { humanOrAlien { ...invalidInterfaceWithinUnion } }
            """#, [
                .init(#"Fragment "petFragment" cannot be spread here as objects of type "HumanOrAlien" can never be of type "Pet"."#, at: (1, 56)),
            ])
    }

    @Test("unknown-fragment-ignored")
    func unknownFragmentIgnored() {
        expectErrors(PossibleFragmentSpreadsRule.self, #"""
            { dog { ...Unknown } }
            """#, [])
    }

    @Test("interface-implementing-interface")
    func interfaceImplementingInterface() {
        expectErrors(PossibleFragmentSpreadsRule.self, #"""
            fragment f on Mammal { ... on Canine { name } }
            { dog { ...f } }
            """#, [])
    }

    @Test("nonoverlap-at-root")
    func nonoverlapAtRoot() {
        expectErrors(PossibleFragmentSpreadsRule.self, #"""
            { ... on Dog { name } }
            """#, [
                .init(#"Fragment cannot be spread here as objects of type "QueryRoot" can never be of type "Dog"."#, at: (1, 3)),
            ])
    }
}
