import Testing
@testable import GraphQLEngine

/// Unit tests of `ExecutableDefinitionsRule`: each case of
/// `__Corpus__/validation/cases/ExecutableDefinitions.graphql`, validated with this rule alone. The expected
/// errors, stated in full, are those graphql-js 16.6's `ExecutableDefinitionsRule` alone reports
/// (written by `__Corpus__/validation/gen_rule_tests.js`).
@Suite("ExecutableDefinitionsRule")
struct ExecutableDefinitionsRuleTests {
    @Test("only-operation")
    func onlyOperation() {
        expectErrors(ExecutableDefinitionsRule.self, #"""
            query Foo { dog { name } }
            """#, [])
    }

    @Test("operation-and-fragment")
    func operationAndFragment() {
        expectErrors(ExecutableDefinitionsRule.self, #"""
            query Foo { dog { name ...Frag } }
            fragment Frag on Dog { name }
            """#, [])
    }

    @Test("type-definition")
    func typeDefinition() {
        expectErrors(ExecutableDefinitionsRule.self, #"""
            query Foo { dog { name } }
            type Cow { name: String }
            extend type Dog { color: String }
            """#, [
                .init(#"The "Cow" definition is not executable."#, at: (2, 1)),
                .init(#"The "Dog" definition is not executable."#, at: (3, 1)),
            ])
    }

    @Test("schema-definition")
    func schemaDefinition() {
        expectErrors(ExecutableDefinitionsRule.self, #"""
            schema { query: QueryRoot }
            type QueryRoot { test: String }
            query Foo { dog { name } }
            """#, [
                .init(#"The schema definition is not executable."#, at: (1, 1)),
                .init(#"The "QueryRoot" definition is not executable."#, at: (2, 1)),
            ])
    }

    @Test("schema-extension")
    func schemaExtension() {
        expectErrors(ExecutableDefinitionsRule.self, #"""
            extend schema @directive { query: Foo }
            { dog { name } }
            """#, [
                .init(#"The schema definition is not executable."#, at: (1, 1)),
            ])
    }

    @Test("directive-definition")
    func directiveDefinition() {
        expectErrors(ExecutableDefinitionsRule.self, #"""
            directive @myDirective on FIELD
            { dog { name } }
            """#, [
                .init(#"The "myDirective" definition is not executable."#, at: (1, 1)),
            ])
    }

    @Test("scalar-and-enum")
    func scalarAndEnum() {
        expectErrors(ExecutableDefinitionsRule.self, #"""
            scalar Date
            enum Color { RED }
            { dog { name } }
            """#, [
                .init(#"The "Date" definition is not executable."#, at: (1, 1)),
                .init(#"The "Color" definition is not executable."#, at: (2, 1)),
            ])
    }

    @Test("input-and-union")
    func inputAndUnion() {
        expectErrors(ExecutableDefinitionsRule.self, #"""
            input In { a: Int }
            union U = Dog | Cat
            { dog { name } }
            """#, [
                .init(#"The "In" definition is not executable."#, at: (1, 1)),
                .init(#"The "U" definition is not executable."#, at: (2, 1)),
            ])
    }

    @Test("sdl-unknown-types")
    func sdlUnknownTypes() {
        expectErrors(ExecutableDefinitionsRule.self, #"""
            type Foo implements Bar { f(a: Baz = 1): Qux @deprecated(reason: 3) }
            { dog { name } }
            """#, [
                .init(#"The "Foo" definition is not executable."#, at: (1, 1)),
            ])
    }

    @Test("sdl-known-builtins")
    func sdlKnownBuiltins() {
        expectErrors(ExecutableDefinitionsRule.self, #"""
            type Foo { s: String i: __Type }
            { dog { name } }
            """#, [
                .init(#"The "Foo" definition is not executable."#, at: (1, 1)),
            ])
    }

    @Test("sdl-directive-locations")
    func sdlDirectiveLocations() {
        expectErrors(ExecutableDefinitionsRule.self, #"""
            type Foo @onField { f: String @onQuery }
            { dog { name } }
            """#, [
                .init(#"The "Foo" definition is not executable."#, at: (1, 1)),
            ])
    }

    @Test("sdl-duplicate-directives")
    func sdlDuplicateDirectives() {
        expectErrors(ExecutableDefinitionsRule.self, #"""
            { dog { name } }
            type Foo @deprecated @deprecated { f: String }
            extend type Foo @deprecated
            """#, [
                .init(#"The "Foo" definition is not executable."#, at: (2, 1)),
                .init(#"The "Foo" definition is not executable."#, at: (3, 1)),
            ])
    }

    @Test("sdl-interface-extension")
    func sdlInterfaceExtension() {
        expectErrors(ExecutableDefinitionsRule.self, #"""
            { dog { name } }
            extend interface Pet @deprecated
            """#, [
                .init(#"The "Pet" definition is not executable."#, at: (2, 1)),
            ])
    }

    @Test("sdl-input-field-directive")
    func sdlInputFieldDirective() {
        expectErrors(ExecutableDefinitionsRule.self, #"""
            input I { a: Int @deprecated(reason: "x") }
            extend input I { b: Int @deprecated(reason: "y") @onField }
            { dog { name } }
            """#, [
                .init(#"The "I" definition is not executable."#, at: (1, 1)),
                .init(#"The "I" definition is not executable."#, at: (2, 1)),
            ])
    }

    @Test("only-sdl")
    func onlySdl() {
        expectErrors(ExecutableDefinitionsRule.self, #"""
            type A { a: String }
            """#, [
                .init(#"The "A" definition is not executable."#, at: (1, 1)),
            ])
    }
}
