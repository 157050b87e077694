import Foundation
import Storage

/// A private redis-server for tests that stop or freeze the server.
public final class ThrowawayRedis: Sendable {
    public let port: Int
    private let pid: Int32

    public var url: String { "redis://127.0.0.1:\(port)" }

    private init(port: Int, pid: Int32) {
        self.port = port
        self.pid = pid
    }

    /// Starts `redis-server` on a free port (or on `port`, to bring a stopped one back, empty),
    /// without persistence, and waits until it answers.
    /// - Throws: `TestSupportError` if redis-server is missing or does not come up.
    public static func start(port: Int? = nil) async throws -> ThrowawayRedis {
        let executable = "/usr/bin/redis-server"
        guard FileManager.default.isExecutableFile(atPath: executable) else {
            throw TestSupportError.missing("redis-server not found; run scripts/dev-services.sh")
        }
        let port = port ?? ProcessRunner.freePort()
        let pid = try ProcessRunner.start([executable, "--port", "\(port)", "--bind", "127.0.0.1", "--save", "",
                                           "--appendonly", "no", "--daemonize", "no", "--loglevel", "warning"])
        let server = ThrowawayRedis(port: port, pid: pid)
        let client = RedisClient(configuration: RedisConfiguration(port: port, poolSize: 1))
        for _ in 0..<100 {
            if (try? await client.ping()) != nil {
                await client.shutdown()
                return server
            }
            try await Task.sleep(for: .milliseconds(50))
        }
        await client.shutdown()
        await server.stop()
        throw TestSupportError.commandFailed("redis-server on port \(port) did not answer within 5 s")
    }

    /// Freezes the server (SIGSTOP): connections stay open but nothing is answered.
    public func pause() {
        kill(pid, SIGSTOP)
    }

    /// Thaws a paused server (SIGCONT).
    public func resume() {
        kill(pid, SIGCONT)
    }

    /// Stops the server (SIGTERM) and waits for it to exit. Call it once.
    public func stop() async {
        kill(pid, SIGCONT)
        kill(pid, SIGTERM)
        _ = await ProcessRunner.wait(for: pid)
    }
}
