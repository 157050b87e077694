import Foundation
import Storage

/// A private PostgreSQL cluster for tests that stop or restart the server.
///
/// `initdb` into a temporary folder, a free port, trust authentication on 127.0.0.1. When the
/// tests run as root (CI), the server runs as the `postgres` system user, since PostgreSQL
/// refuses to run as root.
public final class ThrowawayPostgres: Sendable {
    public let port: Int
    public let directory: String
    private let binDirectory: String
    private let user: String?

    /// The URL of its `postgres` database.
    public var url: String { "postgres://postgres@127.0.0.1:\(port)/postgres" }

    private init(port: Int, directory: String, binDirectory: String, user: String?) {
        self.port = port
        self.directory = directory
        self.binDirectory = binDirectory
        self.user = user
    }

    /// Creates and starts a cluster.
    /// - Throws: `TestSupportError` if PostgreSQL's binaries are missing or a step fails.
    public static func start() async throws -> ThrowawayPostgres {
        let bin = try binDirectory()
        let directory = NSTemporaryDirectory() + "eg-pg-" + UUID().uuidString.prefix(8)
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let user: String? = geteuid() == 0 ? "postgres" : nil
        if let user {
            try await ProcessRunner.run("/bin/chown", [user, directory])
        }
        let server = ThrowawayPostgres(port: ProcessRunner.freePort(), directory: directory, binDirectory: bin, user: user)
        try await ProcessRunner.run(bin + "/initdb", ["-D", directory + "/data", "-A", "trust", "-U", "postgres",
                                                      "-E", "UTF8", "--locale=C", "--no-sync"], asUser: user)
        try await server.startServer()
        return server
    }

    /// Starts the server (after `stop`).
    public func startServer() async throws {
        let options = "-p \(port) -k \(directory) -c listen_addresses=127.0.0.1 -c fsync=off"
        try await ProcessRunner.run(binDirectory + "/pg_ctl", ["-D", directory + "/data", "-o", options,
                                                               "-l", directory + "/log", "-w", "-t", "30", "start"], asUser: user)
    }

    /// Stops the server (fast shutdown: sessions are terminated).
    public func stop() async throws {
        try await ProcessRunner.run(binDirectory + "/pg_ctl", ["-D", directory + "/data", "-m", "fast", "-w", "stop"], asUser: user)
    }

    /// Restarts the server on the same port.
    public func restart() async throws {
        try await stop()
        try await startServer()
    }

    /// Stops the server and deletes its folder.
    public func destroy() async {
        _ = try? await stop()
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// `/usr/lib/postgresql/<newest>/bin`.
    static func binDirectory() throws -> String {
        let root = "/usr/lib/postgresql"
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        guard let newest = versions.compactMap(Int.init).max() else {
            throw TestSupportError.missing("PostgreSQL server binaries not found under \(root); run scripts/dev-services.sh")
        }
        return "\(root)/\(newest)/bin"
    }
}
