import Foundation
import GraphQLEngine
import Synchronization
import TestSupport

/// The `energygraph` executable that `swift build --build-tests` put beside the test bundle,
/// run as a child process without blocking the cooperative pool (``ChildProcess``).
enum EnergyGraphProcess {
    static var executable: String {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: directory.appendingPathComponent("energygraph").path), directory.path != "/" {
            directory.deleteLastPathComponent()
        }
        return directory.appendingPathComponent("energygraph").path
    }

    /// Runs `energygraph <arguments>` to completion with `stdin` as its standard input.
    static func run(_ arguments: [String], stdin: String = "", environment: [String: String] = [:]) async throws -> ChildProcess.Termination {
        try await ProcessRunner.capture([executable] + arguments, input: Array(stdin.utf8), environment: environment)
    }
}

/// A running `energygraph serve` with JSON logs on a port it picked itself (`--port 0`).
struct ServeProcess: Sendable {
    let process: ChildProcess
    /// The port from its "Server started and listening on host:port" log line.
    let port: Int

    /// Starts `energygraph serve` and waits until it listens.
    /// - Parameter environment: settings (`DATABASE_URL`, `JWT_SECRET`, …); `PORT=0` and
    ///   `LOG_FORMAT=json` are added.
    /// - Throws: `TestSupportError` with the process's output when it exits or stays silent
    ///   for `timeout` instead.
    static func start(environment: [String: String], timeout: Duration = .seconds(60)) async throws -> ServeProcess {
        let process = try ChildProcess.launch([EnergyGraphProcess.executable, "serve"],
                                              environment: environment.merging(["PORT": "0", "LOG_FORMAT": "json"]) { $1 })
        let port: Int? = try await withThrowingTaskGroup(of: Int?.self) { group in
            group.addTask {
                for await line in process.lines {
                    if let port = ServeProcess.listeningPort(in: line) { return port }
                }
                return nil
            }
            group.addTask {
                try await Task.sleep(for: timeout)
                return nil
            }
            let first = try await group.next() ?? nil
            group.cancelAll()
            return first
        }
        guard let port else {
            process.terminate(SIGKILL)
            let ended = await process.exit()
            throw TestSupportError.commandFailed("energygraph serve did not start listening: \(ended.errorText)")
        }
        return ServeProcess(process: process, port: port)
    }

    /// The port of Hummingbird's start-up line, read as JSON.
    static func listeningPort(in line: String) -> Int? {
        guard case let .object(entry)? = try? JSONReader.parse(line), case let .string(message)? = entry["message"],
              message.hasPrefix("Server started and listening on "), let colon = message.lastIndex(of: ":") else { return nil }
        return Int(message[message.index(after: colon)...])
    }

    /// SIGTERM, then the process's end (awaited off the cooperative pool).
    func stop() async -> ChildProcess.Termination {
        process.terminate()
        return await process.exit()
    }
}
