import Foundation
import Synchronization

/// A program started by a test, watched without blocking Swift's cooperative pool or an event
/// loop: one thread of its own writes the standard input, reads standard output and standard
/// error until they close, then reaps the process; `exit()` awaits that thread's result.
///
/// ```swift
/// let server = try ChildProcess.launch([executable, "serve", "--port", "\(port)"], environment: ["LOG_FORMAT": "json"])
/// for await line in server.lines where line.contains("listening") { break }
/// server.terminate()
/// let termination = await server.exit()
/// #expect(termination.exitCode == 0)
/// ```
///
/// Not for programs that leave a daemon behind holding the output (`pg_ctl start`): reading
/// would never end; ``ProcessRunner/run(_:_:asUser:)`` handles those.
public final class ChildProcess: Sendable {
    /// How a process ended and everything it wrote.
    public struct Termination: Sendable {
        /// The raw `waitpid` status.
        public var status: Int32
        /// Standard output.
        public var output: [UInt8]
        /// Standard error.
        public var errorOutput: [UInt8]

        /// The exit code when the process exited, nil when a signal ended it.
        public var exitCode: Int32? { status & 0x7f == 0 ? (status >> 8) & 0xff : nil }
        /// The signal that ended the process, if one did.
        public var signal: Int32? { status & 0x7f != 0 && status & 0x7f != 0x7f ? status & 0x7f : nil }
        /// Standard output as UTF-8 text.
        public var outputText: String { String(decoding: output, as: UTF8.self) }
        /// Standard error as UTF-8 text.
        public var errorText: String { String(decoding: errorOutput, as: UTF8.self) }
    }

    private struct State {
        var termination: Termination?
        var waiters: [CheckedContinuation<Termination, Never>] = []
    }

    public let pid: pid_t
    /// Each line the process writes, to standard output or standard error, as it arrives;
    /// finishes when both close. Iterate it from one task only.
    public let lines: AsyncStream<String>
    private let state = Mutex(State())

    private init(pid: pid_t, lines: AsyncStream<String>) {
        self.pid = pid
        self.lines = lines
    }

    /// Starts `command` (an absolute path, then its arguments).
    /// - Parameters:
    ///   - environment: added to (and overriding) this process's environment.
    ///   - input: written to standard input, which is then closed; nil: standard input is /dev/null.
    /// - Throws: `TestSupportError.commandFailed` when the program cannot be started.
    public static func launch(_ command: [String], environment: [String: String] = [:], input: [UInt8]? = nil) throws -> ChildProcess {
        var inputPipe: [Int32] = [-1, -1], outputPipe: [Int32] = [-1, -1], errorPipe: [Int32] = [-1, -1]
        guard pipe(&outputPipe) == 0, pipe(&errorPipe) == 0, input == nil || pipe(&inputPipe) == 0 else {
            throw TestSupportError.commandFailed("cannot create pipes for \(command[0]): errno \(errno)")
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if input != nil {
            posix_spawn_file_actions_adddup2(&actions, inputPipe[0], 0)
            posix_spawn_file_actions_addclose(&actions, inputPipe[1])
        } else {
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        }
        posix_spawn_file_actions_adddup2(&actions, outputPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errorPipe[1], 2)
        for fd in [outputPipe[0], errorPipe[0]] { posix_spawn_file_actions_addclose(&actions, fd) }
        let merged = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let pid: pid_t
        do {
            pid = try ProcessRunner.spawn(command, actions: &actions, environment: merged)
        } catch {
            for fd in inputPipe + outputPipe + errorPipe where fd >= 0 { close(fd) }
            throw error
        }
        close(outputPipe[1])
        close(errorPipe[1])
        if input != nil { close(inputPipe[0]) }
        let (lines, sink) = AsyncStream.makeStream(of: String.self)
        let child = ChildProcess(pid: pid, lines: lines)
        if let input {
            let fd = inputPipe[1]
            Thread {
                signal(SIGPIPE, SIG_IGN)
                input.withUnsafeBytes { buffer in
                    var offset = 0
                    while offset < buffer.count {
                        let written = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                        if written < 0 { if errno == EINTR { continue } else { break } }
                        offset += written
                    }
                }
                close(fd)
            }.start()
        }
        let outputFD = outputPipe[0], errorFD = errorPipe[0]
        Thread {
            let (output, errorOutput) = Self.drain(output: outputFD, error: errorFD, lines: sink)
            var status: Int32 = 0
            while waitpid(pid, &status, 0) == -1, errno == EINTR {}
            child.finish(Termination(status: status, output: output, errorOutput: errorOutput))
        }.start()
        return child
    }

    /// Sends `signal` to the process (SIGTERM unless said otherwise).
    public func terminate(_ signal: Int32 = SIGTERM) {
        guard state.withLock({ $0.termination == nil }) else { return }
        kill(pid, signal)
    }

    /// Waits for the process to end (its output closed and the process reaped).
    public func exit() async -> Termination {
        await withCheckedContinuation { continuation in
            let finished: Termination? = state.withLock { state in
                if let termination = state.termination { return termination }
                state.waiters.append(continuation)
                return nil
            }
            if let finished { continuation.resume(returning: finished) }
        }
    }

    private func finish(_ termination: Termination) {
        let waiters = state.withLock { state in
            state.termination = termination
            defer { state.waiters.removeAll() }
            return state.waiters
        }
        for waiter in waiters { waiter.resume(returning: termination) }
    }

    /// Reads both descriptors until both close, yielding complete lines as they arrive.
    private static func drain(output: Int32, error: Int32, lines: AsyncStream<String>.Continuation) -> ([UInt8], [UInt8]) {
        var collected: [[UInt8]] = [[], []]
        var partial: [[UInt8]] = [[], []]
        var open = [output, error]
        var buffer = [UInt8](repeating: 0, count: 65536)
        while open.contains(where: { $0 >= 0 }) {
            var fds = open.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            if poll(&fds, nfds_t(fds.count), -1) < 0 {
                if errno == EINTR { continue }
                break
            }
            for i in fds.indices where open[i] >= 0 && fds[i].revents != 0 {
                let count = read(open[i], &buffer, buffer.count)
                if count < 0, errno == EINTR { continue }
                if count <= 0 {
                    close(open[i])
                    open[i] = -1
                    if !partial[i].isEmpty { lines.yield(String(decoding: partial[i], as: UTF8.self)) }
                    continue
                }
                collected[i] += buffer[0..<count]
                partial[i] += buffer[0..<count]
                while let newline = partial[i].firstIndex(of: 10) {
                    lines.yield(String(decoding: partial[i][..<newline], as: UTF8.self))
                    partial[i].removeSubrange(...newline)
                }
            }
        }
        lines.finish()
        return (collected[0], collected[1])
    }
}
