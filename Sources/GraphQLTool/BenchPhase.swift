import GraphQLEngine

/// What `gql bench` reads before timing anything.
struct BenchInputs: Sendable {
    var schema: Source
    var query: Source
    /// The root value's JSON file (may be empty when only parsing).
    var dataPath: String
}

/// One timed phase of `gql bench`.
///
/// `prepare` does the untimed work (for `validate`: build the schema and parse the query) and
/// returns the body that is timed once per iteration. To add a phase, write
/// `BenchPhase+Name.swift` with a `static let name = BenchPhase(…)` and list it in ``registered``.
struct BenchPhase: Sendable {
    var name: String
    var prepare: @Sendable (BenchInputs) throws -> () -> Void

    /// The phases `gql bench` can time, in the contract's order.
    static let registered: [BenchPhase] = [.parse, .validate, .execute, .serialize]

    /// Builds the response bytes once for `--dump-result`; `nil` until execution exists.
    static let response: (@Sendable (BenchInputs) throws -> [UInt8])? = BenchExecution.response
}

extension BenchPhase {
    /// `parse`: query text to document, locations kept.
    static let parse = BenchPhase(name: "parse") { inputs in
        let source = inputs.query
        return {
            let document = try? Parser.parse(source)
            BenchSink.consume(document?.definitions.count ?? -1)
        }
    }
}

/// Keeps timed results observable so the optimizer cannot drop the work.
enum BenchSink {
    nonisolated(unsafe) static var total = 0

    @inline(never)
    static func consume(_ value: Int) { total &+= value }
}
