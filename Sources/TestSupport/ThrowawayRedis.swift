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
        // A port found free can be taken before redis-server binds it (by any outgoing connection
        // of a busy test run); redis-server then exits at once, and a fresh port is tried.
        for _ in 0..<(port == nil ? 3 : 1) {
            let port = port ?? ProcessRunner.freePort()
            let pid = try ProcessRunner.start([executable, "--port", "\(port)", "--bind", "127.0.0.1", "--save", "",
                                               "--appendonly", "no", "--daemonize", "no", "--loglevel", "warning"])
            let server = ThrowawayRedis(port: port, pid: pid)
            let client = RedisClient(configuration: RedisConfiguration(port: port, poolSize: 1))
            var exited = false
            for _ in 0..<100 {
                if (try? await client.ping()) != nil {
                    await client.shutdown()
                    return server
                }
                var status: Int32 = 0
                if waitpid(pid, &status, WNOHANG) == pid {
                    exited = true
                    break
                }
                try await Task.sleep(for: .milliseconds(50))
            }
            await client.shutdown()
            guard exited else {
                await server.stop()
                throw TestSupportError.commandFailed("redis-server on port \(port) did not answer within 5 s")
            }
        }
        throw TestSupportError.commandFailed("redis-server exited at start-up on every port tried (is port \(port.map(String.init) ?? "any") taken?)")
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
