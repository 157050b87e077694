import ArgumentParser
import Foundation
import Hummingbird
import Logging
import MonitoringSimulatorKit

/// `monitoring-simulator`: serves the monitoring service's API with deterministic values and
/// configurable failures, for tests and the local demo. Every option also reads an environment
/// variable (`SIMULATOR_PORT`, `SIMULATOR_FAILURE_RATE`, …).
@main
struct MonitoringSimulatorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "monitoring-simulator",
        abstract: "Serve GET /?plant-id=&from=&to= like the solar monitoring service, failing on purpose when asked.")

    @Option(help: "Address to listen on [env: SIMULATOR_HOST]")
    var host = ProcessInfo.processInfo.environment["SIMULATOR_HOST"] ?? "127.0.0.1"
    @Option(help: "Port, 0 for a free one (printed at start) [env: SIMULATOR_PORT]")
    var port = Int(ProcessInfo.processInfo.environment["SIMULATOR_PORT"] ?? "") ?? 8090
    @Option(help: "Share of requests that fail, 0–1 [env: SIMULATOR_FAILURE_RATE]")
    var failureRate = Double(ProcessInfo.processInfo.environment["SIMULATOR_FAILURE_RATE"] ?? "") ?? 0
    @Option(help: "Comma-separated failure modes among error,5xx,malformed,slow [env: SIMULATOR_FAILURE_MODES]")
    var failureModes = ProcessInfo.processInfo.environment["SIMULATOR_FAILURE_MODES"] ?? "error,5xx,malformed,slow"
    @Option(help: "Seconds a slow answer waits [env: SIMULATOR_SLOW_SECONDS]")
    var slowSeconds = Double(ProcessInfo.processInfo.environment["SIMULATOR_SLOW_SECONDS"] ?? "") ?? 3
    @Option(help: "Seed of the failure pattern [env: SIMULATOR_SEED]")
    var seed = UInt64(ProcessInfo.processInfo.environment["SIMULATOR_SEED"] ?? "") ?? 1
    @Option(help: "Share of records broken in a malformed answer, 0–1 [env: SIMULATOR_MALFORMED_SHARE]")
    var malformedShare = Double(ProcessInfo.processInfo.environment["SIMULATOR_MALFORMED_SHARE"] ?? "") ?? 0.1

    func validate() throws {
        guard (0...1).contains(failureRate) else { throw ValidationError("--failure-rate must be from 0 to 1; got \(failureRate).") }
        guard (0...1).contains(malformedShare) else { throw ValidationError("--malformed-share must be from 0 to 1; got \(malformedShare).") }
        guard slowSeconds >= 0, slowSeconds <= 3600 else { throw ValidationError("--slow-seconds must be from 0 to 3600; got \(slowSeconds).") }
        guard (0...65535).contains(port) else { throw ValidationError("--port must be from 0 to 65535; got \(port).") }
        _ = try modes()
    }

    func modes() throws -> [SimulatorOptions.FailureMode] {
        try failureModes.split(separator: ",").map { name in
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            guard let mode = SimulatorOptions.FailureMode(rawValue: trimmed) else {
                throw ValidationError("Unknown failure mode \"\(trimmed)\"; use error, 5xx, malformed or slow.")
            }
            return mode
        }
    }

    func run() async throws {
        LoggingSystem.bootstrap(StreamLogHandler.standardError)
        let logger = Logger(label: "monitoring-simulator")
        let options = SimulatorOptions(failureRate: failureRate, failureModes: try modes(),
                                       slowDelay: .milliseconds(Int64(slowSeconds * 1000)), seed: seed,
                                       malformedShare: malformedShare)
        let simulator = MonitoringSimulator(options: options)
        let app = simulator.application(host: host, port: port, logger: logger) { bound in
            // The port on standard output, so scripts that passed 0 learn it.
            FileHandle.standardOutput.write(Data("monitoring-simulator listening on http://\(host):\(bound)/\n".utf8))
        }
        try await app.runService()
    }
}
