import Testing
@testable import GraphQLEngine

/// Unit tests of `VariablesAreInputTypesRule`: each case of
/// `__Corpus__/validation/cases/VariablesAreInputTypes.graphql`, validated with this rule alone. The expected
/// errors, stated in full, are those graphql-js 16.6's `VariablesAreInputTypesRule` alone reports
/// (written by `__Corpus__/validation/gen_rule_tests.js`).
@Suite("VariablesAreInputTypesRule")
struct VariablesAreInputTypesRuleTests {
    @Test("unknown-types-ignored")
    func unknownTypesIgnored() {
        expectErrors(VariablesAreInputTypesRule.self, #"""
            query Foo($a: Unknown, $b: [[Unknown!]]!) { field(a: $a, b: $b) }
            """#, [])
    }

    @Test("input-types")
    func inputTypes() {
        expectErrors(VariablesAreInputTypesRule.self, #"""
            query Foo($a: String, $b: [Boolean!]!, $c: ComplexInput) { dog { name } }
            """#, [])
    }

    @Test("enum-and-scalar")
    func enumAndScalar() {
        expectErrors(VariablesAreInputTypesRule.self, #"""
            query Foo($a: FurColor, $b: Json!, $c: [ID]) { dog { name } }
            """#, [])
    }

    @Test("output-object")
    func outputObject() {
        expectErrors(VariablesAreInputTypesRule.self, #"""
            query Foo($a: Dog) { dog { name } }
            """#, [
                .init(#"Variable "$a" cannot be non-input type "Dog"."#, at: (1, 15)),
            ])
    }

    @Test("output-wrapped")
    func outputWrapped() {
        expectErrors(VariablesAreInputTypesRule.self, #"""
            query Foo($a: Dog, $b: [[CatOrDog!]]!, $c: Pet) { dog { name } }
            """#, [
                .init(#"Variable "$a" cannot be non-input type "Dog"."#, at: (1, 15)),
                .init(#"Variable "$b" cannot be non-input type "[[CatOrDog!]]!"."#, at: (1, 24)),
                .init(#"Variable "$c" cannot be non-input type "Pet"."#, at: (1, 44)),
            ])
    }

    @Test("interface")
    func interface() {
        expectErrors(VariablesAreInputTypesRule.self, #"""
            query Foo($a: Mammal!) { dog { name } }
            """#, [
                .init(#"Variable "$a" cannot be non-input type "Mammal!"."#, at: (1, 15)),
            ])
    }

    @Test("union-list")
    func unionList() {
        expectErrors(VariablesAreInputTypesRule.self, #"""
            query Foo($a: [DogOrHuman]) { dog { name } }
            """#, [
                .init(#"Variable "$a" cannot be non-input type "[DogOrHuman]"."#, at: (1, 15)),
            ])
    }

    @Test("mutation")
    func mutation() {
        expectErrors(VariablesAreInputTypesRule.self, #"""
            mutation M($h: Human!) { touch }
            """#, [
                .init(#"Variable "$h" cannot be non-input type "Human!"."#, at: (1, 16)),
            ])
    }

    @Test("introspection-output")
    func introspectionOutput() {
        expectErrors(VariablesAreInputTypesRule.self, #"""
            query Foo($t: __Type) { dog { name } }
            """#, [
                .init(#"Variable "$t" cannot be non-input type "__Type"."#, at: (1, 15)),
            ])
    }

    @Test("introspection-enum")
    func introspectionEnum() {
        expectErrors(VariablesAreInputTypesRule.self, #"""
            query Foo($t: __TypeKind) { dog { name } }
            """#, [])
    }

    @Test("with-default")
    func withDefault() {
        expectErrors(VariablesAreInputTypesRule.self, #"""
            query Foo($a: Dog = {}) { dog { name } }
            """#, [
                .init(#"Variable "$a" cannot be non-input type "Dog"."#, at: (1, 15)),
            ])
    }
}
