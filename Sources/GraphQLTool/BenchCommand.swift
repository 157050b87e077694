import ArgumentParser
import Foundation
import GraphQLEngine

/// `gql bench`: times the engine's phases on one workload query, following the contract in
/// `shared/bench/README.md`, and prints one JSON object on the last line of standard output.
///
/// Reading the files is not timed; each phase prepares its input untimed (see ``BenchPhase``) and
/// is then timed on its own: up to `--warmup` iterations for at most a quarter of `--max-seconds`,
/// then up to `--iterations` timed ones until `--max-seconds` have passed.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Time parse (and later validate, execute, serialize) of a query, as the peer benchmark expects."
    )

    @Option(help: "The schema in SDL.") var schema: String
    @Option(help: "The query document.") var query: String
    @Option(help: "The root value as JSON.") var data: String = ""
    @Option(help: "Most timed iterations per phase.") var iterations: Int = 1000
    @Option(help: "Most warm-up iterations per phase.") var warmup: Int = 10
    @Option(help: "Time limit per phase, in seconds.") var maxSeconds: Double = 5
    @Option(help: "Comma-separated phases to time.") var phases: String = "parse,validate,execute,serialize"
    @Option(help: "Write the response here once.") var dumpResult: String?

    func run() throws {
        guard let querySource = ParseCommand.readSource(query), let schemaSource = ParseCommand.readSource(schema) else {
            FileHandle.standardError.write(Data("gql bench: cannot read \(query) or \(schema)\n".utf8))
            throw ExitCode(2)
        }
        let inputs = BenchInputs(schema: schemaSource, query: querySource, dataPath: data)
        let requested = phases.split(separator: ",").map(String.init)
        var errors: [String] = []
        do {
            _ = try Parser.parse(querySource)
        } catch {
            errors.append("parse: \(error.message)")
        }
        var results: [(String, BenchStats)] = []
        var missing: [String] = []
        for name in requested {
            guard let phase = BenchPhase.registered.first(where: { $0.name == name }) else {
                missing.append(name)
                continue
            }
            do {
                let body = try phase.prepare(inputs)
                results.append((name, BenchStats.measure(body, iterations: iterations, warmup: warmup,
                                                         maxSeconds: maxSeconds)))
            } catch {
                errors.append("\(name): \(error)")
            }
        }
        var notes = "locations kept; phases timed in-process, each on its own"
        if !missing.isEmpty { notes += "; not implemented yet: " + missing.joined(separator: ",") }
        if requested.contains("execute") { notes += "; " + BenchExecution.note }
        var resultBytes = 0
        if let dumpResult {
            if let response = BenchPhase.response {
                let bytes = try response(inputs)
                resultBytes = bytes.count
                try Data(bytes).write(to: URL(fileURLWithPath: dumpResult))
            } else {
                notes += "; no response written (execution not implemented yet)"
            }
        }
        print(report(results: results, errors: errors, notes: notes, resultBytes: resultBytes))
    }

    /// The contract's JSON object: engine, query, result_bytes, errors, notes, phases.
    private func report(results: [(String, BenchStats)], errors: [String], notes: String, resultBytes: Int) -> String {
        var json = JSONWriter()
        json.raw("{\"engine\":\"energygraph\",\"query\":")
        json.string(URL(fileURLWithPath: query).lastPathComponent)
        json.raw(",\"result_bytes\":")
        json.int(resultBytes)
        json.raw(",\"errors\":[")
        for (i, e) in errors.enumerated() {
            if i > 0 { json.raw(UInt8(ascii: ",")) }
            json.string(e)
        }
        json.raw("],\"notes\":")
        json.string(notes)
        json.raw(",\"phases\":{")
        for (i, (name, stats)) in results.enumerated() {
            if i > 0 { json.raw(UInt8(ascii: ",")) }
            json.string(name)
            json.raw(UInt8(ascii: ":"))
            stats.write(to: &json)
        }
        json.raw("}}")
        return json.text
    }
}
