import Foundation
import Testing
@testable import GraphQLEngine

/// The validation test schema (`__Corpus__/validation/harness.graphql`, our SDL version of
/// graphql-js' harness schema) plus `oneof.graphql`, and the `expectErrors` helper.
enum ValidationHarness {
    static let corpusFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("__Corpus__/validation")

    static func sdl(_ file: String) -> String {
        (try? String(contentsOf: corpusFolder.appendingPathComponent(file), encoding: .utf8)) ?? ""
    }

    /// The harness schema with the OneOf additions.
    static let schema: GraphQLSchema = {
        do {
            return try GraphQLSchema(sdl: sdl("harness.graphql") + "\n" + sdl("oneof.graphql"))
        } catch {
            fatalError("harness schema does not build: \(error)")
        }
    }()

    /// A schema from another SDL file of the corpus folder.
    static func schema(file: String) -> GraphQLSchema {
        do {
            return try GraphQLSchema(sdl: sdl(file))
        } catch {
            fatalError("\(file) does not build: \(error)")
        }
    }
}

/// An expected validation error: the message and the 1-based (line, column) of each location.
struct ExpectedError: Equatable, CustomStringConvertible {
    var message: String
    var locations: [Int]

    init(_ message: String, at locations: (Int, Int)...) {
        self.message = message
        self.locations = locations.flatMap { [$0.0, $0.1] }
    }

    init(_ error: GraphQLError) {
        message = error.message
        locations = error.locations.flatMap { [$0.line, $0.column] }
    }

    var description: String {
        let pairs = stride(from: 0, to: locations.count, by: 2).map { "(\(locations[$0]), \(locations[$0 + 1]))" }
        return "\(message) at \(pairs.joined(separator: ", "))"
    }
}

/// Validates `query` with only `rule` and expects exactly `expected`, in order.
func expectErrors(_ rule: any ValidationRule.Type, _ query: String, _ expected: [ExpectedError],
                  schema: GraphQLSchema = ValidationHarness.schema,
                  sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    expectErrors([rule], query, expected, schema: schema, sourceLocation: sourceLocation)
}

/// Validates `query` with the given rules and expects exactly `expected`, in order.
func expectErrors(_ rules: [any ValidationRule.Type], _ query: String, _ expected: [ExpectedError],
                  schema: GraphQLSchema = ValidationHarness.schema,
                  sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let document: Document
    do {
        document = try Parser.parse(query)
    } catch {
        Issue.record("does not parse: \(error.message)", sourceLocation: sourceLocation)
        return
    }
    let errors = validate(schema: schema, document: document, options: ValidationOptions(rules: rules))
    #expect(errors.map(ExpectedError.init) == expected, sourceLocation: sourceLocation)
}

/// Validates `query` with only `rule` and expects no error.
func expectValid(_ rule: any ValidationRule.Type, _ query: String, schema: GraphQLSchema = ValidationHarness.schema,
                 sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    expectErrors(rule, query, [], schema: schema, sourceLocation: sourceLocation)
}
