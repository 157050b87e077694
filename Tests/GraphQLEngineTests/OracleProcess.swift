import Foundation
import Synchronization

/// Runs a graphql-js oracle (`node …`) without blocking Swift's cooperative pool: the process's
/// end arrives through `terminationHandler`, its output is read to the end on threads of their
/// own, and the caller awaits all three through one continuation.
///
/// (This target depends on the engine only, so it has its own small helper rather than
/// `TestSupport`'s `ChildProcess`.)
enum OracleProcess {
    /// How the program ended and what it wrote.
    struct Outcome: Sendable {
        var status: Int32
        var output: Data
        var errorOutput: Data
    }

    /// Runs `/usr/bin/env <arguments>` to its end, writing `input` to its standard input.
    /// - Throws: when the program cannot be started; a non-zero status is the caller's to judge.
    static func run(_ arguments: [String], input: Data? = nil) async throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let output = Pipe(), errorOutput = Pipe(), standardInput = Pipe()
        process.standardOutput = output
        process.standardError = errorOutput
        if input == nil {
            process.standardInput = FileHandle.nullDevice
        } else {
            process.standardInput = standardInput
        }
        let collector = Collector()
        return try await withCheckedThrowingContinuation { continuation in
            collector.attach(continuation)
            process.terminationHandler = { collector.exited($0.terminationStatus) }
            do {
                try process.run()
            } catch {
                collector.failed(error)
                return
            }
            let outputReader = output.fileHandleForReading, errorReader = errorOutput.fileHandleForReading
            Thread { collector.read(output: outputReader.readDataToEndOfFile()) }.start()
            Thread { collector.read(errorOutput: errorReader.readDataToEndOfFile()) }.start()
            if let input {
                let writer = standardInput.fileHandleForWriting
                Thread {
                    try? writer.write(contentsOf: input)
                    try? writer.close()
                }.start()
            }
        }
    }

    /// Gathers the exit status and both outputs, then resumes the waiting task once.
    private final class Collector: Sendable {
        private struct State {
            var continuation: CheckedContinuation<Outcome, any Error>?
            var status: Int32?
            var output: Data?
            var errorOutput: Data?
        }

        private let state = Mutex(State())

        func attach(_ continuation: CheckedContinuation<Outcome, any Error>) {
            state.withLock { $0.continuation = continuation }
        }

        func exited(_ status: Int32) { update { $0.status = status } }
        func read(output: Data) { update { $0.output = output } }
        func read(errorOutput: Data) { update { $0.errorOutput = errorOutput } }

        func failed(_ error: any Error) {
            let continuation = state.withLock { state in
                defer { state.continuation = nil }
                return state.continuation
            }
            continuation?.resume(throwing: error)
        }

        private func update(_ change: (inout State) -> Void) {
            let finished: (CheckedContinuation<Outcome, any Error>, Outcome)? = state.withLock { state in
                change(&state)
                guard let continuation = state.continuation, let status = state.status,
                      let output = state.output, let errorOutput = state.errorOutput else { return nil }
                state.continuation = nil
                return (continuation, Outcome(status: status, output: output, errorOutput: errorOutput))
            }
            if let finished { finished.0.resume(returning: finished.1) }
        }
    }
}
