import Foundation
import GraphQLEngine

/// What the execute and serialize phases prepare untimed: the schema, the validated document, the
/// root value loaded from JSON and an executor with a per-document plan cache.
struct BenchExecution {
    let executor: Executor<Void>
    let document: Document
    let plans: DocumentPlans
    let root: GraphQLValue

    init(_ inputs: BenchInputs) throws {
        let schema = try GraphQLSchema(sdl: inputs.schema.body, sourceName: inputs.schema.name)
        document = try Parser.parse(inputs.query)
        let errors = GraphQLEngine.validate(schema: schema, document: document)
        if let first = errors.first { throw first }
        root = inputs.dataPath.isEmpty ? .object([:])
            : try JSONReader.parse(bytes: Array(FileManager.default.contents(atPath: inputs.dataPath) ?? Data()))
        executor = Executor<Void>(schema: schema)
        plans = DocumentPlans()
    }

    /// What `notes` says about execution, as the contract asks.
    static let note = "execute reuses a per-document plan cache (collected fields per selection set and type, "
        + "resolved field definitions, pre-coerced constant arguments), never a result; default resolvers read the JSON tree"

    /// Selects the operation, coerces variables, finds the cached plan and executes.
    func execute() -> ExecutionResult {
        switch executor.prepare(document: document, plans: plans) {
        case let .finished(result): return result
        case let .prepared(prepared):
            return executor.executeSynchronously(prepared, root: root, context: ())
                ?? ExecutionResult.requestErrors([GraphQLError("execution suspended")])
        }
    }

    /// The response bytes, as `--dump-result` writes them.
    static func response(_ inputs: BenchInputs) throws -> [UInt8] {
        try BenchExecution(inputs).execute().jsonBytes()
    }
}

extension BenchPhase {
    /// `execute`: validated document and root value to the in-memory result (the plan is cached
    /// per document; the result is not).
    static let execute = BenchPhase(name: "execute") { inputs in
        let execution = try BenchExecution(inputs)
        return {
            let result = execution.execute()
            BenchSink.consume(result.data?.slotCount ?? -1)
        }
    }

    /// `serialize`: the in-memory result to the response's UTF-8 JSON bytes.
    static let serialize = BenchPhase(name: "serialize") { inputs in
        let result = try BenchExecution(inputs).execute()
        var capacity = 1024
        return {
            let bytes = result.jsonBytes(capacity: capacity)
            capacity = bytes.count + 16
            BenchSink.consume(bytes.count)
        }
    }
}
