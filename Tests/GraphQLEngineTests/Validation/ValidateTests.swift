import Foundation
import Testing
@testable import GraphQLEngine

/// The `validate` entry point: all rules in one walk, the error cap, and the guard against
/// exponential field-merging work.
@Suite("validate")
struct ValidateTests {
    @Test("a valid document has no errors")
    func validDocument() throws {
        let document = try Parser.parse(#"query Q($id: ID) { human(id: $id) { name pets { name } } }"#)
        #expect(validate(schema: ValidationHarness.schema, document: document).isEmpty)
    }

    @Test("stops after maxErrors with graphql-js' abort error")
    func maxErrors() throws {
        let fields = (1...5).map { "unknown\($0)" }.joined(separator: " ")
        let document = try Parser.parse("{ \(fields) }")
        let errors = validate(schema: ValidationHarness.schema, document: document,
                              options: ValidationOptions(maxErrors: 2))
        #expect(errors.map(ExpectedError.init) == [
            .init(#"Cannot query field "unknown1" on type "QueryRoot"."#, at: (1, 3)),
            .init(#"Cannot query field "unknown2" on type "QueryRoot"."#, at: (1, 12)),
            .init("Too many validation errors, error limit reached. Validation aborted."),
        ])
    }

    @Test("errors of several rules at one node come in specifiedRules order")
    func ruleOrder() throws {
        let document = try Parser.parse(#"{ dog { name(surname: 1, surname: 2) { x } } }"#)
        let errors = validate(schema: ValidationHarness.schema, document: document)
        #expect(errors.map(ExpectedError.init) == [
            .init(#"Field "name" must not have a selection since type "String" has no subfields."#, at: (1, 38)),
            .init(#"There can be only one argument named "surname"."#, at: (1, 14), (1, 26)),
            .init(#"Boolean cannot represent a non boolean value: 1"#, at: (1, 23)),
            .init(#"Boolean cannot represent a non boolean value: 2"#, at: (1, 35)),
        ])
    }

    /// 60 fragments, each spread in one selection set eight times and each selecting the same
    /// 20 aliased fields: without the per-fragment-pair cache this takes exponential time.
    @Test("repeated fragment spreads do not blow up field merging")
    func repeatedFragments() throws {
        var text = "{ dog { "
        for round in 0..<8 { for i in 0..<60 { text += "...F\(i) " }; _ = round }
        text += "} }\n"
        for i in 0..<60 {
            text += "fragment F\(i) on Dog { "
            for j in 0..<20 { text += "a\(j): name " }
            text += "mother { ...F\((i + 1) % 60) } }\n"
        }
        let document = try Parser.parse(text)
        let clock = ContinuousClock()
        var errors: [GraphQLError] = []
        let elapsed = clock.measure { errors = validate(schema: ValidationHarness.schema, document: document) }
        // The fragments spread each other in a cycle, so the rule that forbids cycles reports it.
        #expect(errors.count == 1)
        #expect(errors.first?.message.hasPrefix(#"Cannot spread fragment "F0" within itself via "F1""#) == true)
        #expect(elapsed < .seconds(5), "took \(elapsed)")
    }

    @Test("1,000 identical fields validate quickly")
    func identicalFields() throws {
        let text = "{ dog { " + String(repeating: "name ", count: 1000) + "} }"
        let document = try Parser.parse(text)
        let clock = ContinuousClock()
        var errors: [GraphQLError] = []
        let elapsed = clock.measure { errors = validate(schema: ValidationHarness.schema, document: document) }
        #expect(errors.isEmpty)
        #expect(elapsed < .seconds(5), "took \(elapsed)")
    }
}
