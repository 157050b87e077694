import Foundation

/// Runs helper programs (initdb, pg_ctl, redis-server) for tests without blocking a thread.
public enum ProcessRunner {
    /// Runs a program to completion and returns its output.
    ///
    /// Spawned with `posix_spawn` and reaped by `waitpid` on a thread of its own, rather than
    /// with Foundation's `Process`, whose exit detection waits for every inherited descriptor to
    /// close, which never happens when the program leaves a daemon behind (`pg_ctl start`).
    /// - Throws: `TestSupportError.commandFailed` on a non-zero exit, with the output.
    @discardableResult
    public static func run(_ executable: String, _ arguments: [String], asUser user: String? = nil) async throws -> String {
        let argv = user.map { ["/usr/sbin/runuser", "-u", $0, "--", executable] } ?? [executable]
        let command = argv + arguments
        let outputPath = NSTemporaryDirectory() + "eg-output-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let child = try spawn(command, actions: &actions)
        let (status, text) = await withCheckedContinuation { (continuation: CheckedContinuation<(Int32, String), Never>) in
            Thread {
                var status: Int32 = 0
                while waitpid(child, &status, 0) == -1, errno == EINTR {}
                continuation.resume(returning: (status, (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""))
            }.start()
        }
        guard status == 0 else {
            throw TestSupportError.commandFailed("\(command.joined(separator: " ")) exited with status \(status): \(text)")
        }
        return text
    }

    /// Runs a program to completion, feeding it `input`, and returns how it ended with its
    /// standard output and standard error apart (see ``ChildProcess``).
    /// - Parameter environment: added to (and overriding) this process's environment.
    /// - Throws: `TestSupportError.commandFailed` when it cannot be started; a non-zero exit is
    ///   the caller's to judge.
    public static func capture(_ command: [String], input: [UInt8]? = nil,
                               environment: [String: String] = [:]) async throws -> ChildProcess.Termination {
        try await ChildProcess.launch(command, environment: environment, input: input).exit()
    }

    /// Starts a long-running program (a server) with output discarded; returns its process ID.
    /// - Throws: `TestSupportError.commandFailed` if it cannot be started.
    public static func start(_ command: [String]) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        return try spawn(command, actions: &actions)
    }

    /// Waits (on a thread of its own) for a child to exit and returns its wait status.
    public static func wait(for pid: pid_t) async -> Int32 {
        await withCheckedContinuation { continuation in
            let waiter = Thread {
                var status: Int32 = 0
                while waitpid(pid, &status, 0) == -1, errno == EINTR {}
                continuation.resume(returning: status)
            }
            waiter.start()
        }
    }

    /// Spawns with default signal handling and an empty signal mask: the calling thread may be a
    /// Dispatch worker with every signal blocked, which the child would otherwise inherit (and then
    /// ignore SIGTERM).
    /// - Parameter environment: the child's whole environment; nil: this process's.
    static func spawn(_ command: [String], actions: inout posix_spawn_file_actions_t,
                      environment: [String: String]? = nil) throws -> pid_t {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let cArguments = command.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        let cEnvironment = environment.map { $0.map { strdup("\($0.key)=\($0.value)") } + [nil] }
        defer { cEnvironment?.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = cEnvironment.map { posix_spawn(&pid, command[0], &actions, &attributes, cArguments, $0) }
            ?? posix_spawn(&pid, command[0], &actions, &attributes, cArguments, environ)
        guard spawned == 0 else {
            throw TestSupportError.commandFailed("cannot start \(command[0]): error \(spawned)")
        }
        return pid
    }

    /// A free TCP port on 127.0.0.1 (bound once, then released).
    public static func freePort() -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) }
        }
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

/// Why a test helper could not set something up.
public enum TestSupportError: Error, CustomStringConvertible {
    case commandFailed(String)
    case missing(String)

    public var description: String {
        switch self {
        case .commandFailed(let text): text
        case .missing(let text): text
        }
    }
}
