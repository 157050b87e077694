import CHiredis
import Foundation
import Logging
import Synchronization

/// A message received on a subscribed channel.
public struct RedisMessage: Sendable, Hashable {
    public var channel: String
    public var payload: [UInt8]

    public init(channel: String, payload: [UInt8]) {
        self.channel = channel
        self.payload = payload
    }
}

/// Redis pub/sub on one connection owned by one dedicated thread.
///
/// `subscribe(to:)` returns once the server confirmed the subscription, so nothing published
/// afterwards is missed. The thread waits in `poll` on the socket and on a wake-up pipe, so it
/// never blocks anything else; when the connection drops it reconnects and subscribes again to
/// every channel that still has a listener. Ending the stream's iteration unsubscribes.
public final class RedisSubscriber: Sendable {
    private struct State {
        var listeners: [String: [Int: AsyncStream<RedisMessage>.Continuation]] = [:]
        var confirmations: [String: [CheckedContinuation<Void, any Error>]] = [:]
        var outbox: [[RedisArgument]] = []
        var nextID = 0
        var running = true
        var stopped: [CheckedContinuation<Void, Never>] = []
        var exited = false
    }

    private let configuration: RedisConfiguration
    private let logger: Logger
    private let state = Mutex(State())
    private let wakeRead: Int32
    private let wakeWrite: Int32

    init(configuration: RedisConfiguration, logger: Logger) {
        self.configuration = configuration
        self.logger = logger
        var fds: [Int32] = [-1, -1]
        if pipe(&fds) != 0 { fatalError("pipe() failed: \(errno)") }
        _ = fcntl(fds[0], F_SETFL, O_NONBLOCK)
        _ = fcntl(fds[1], F_SETFL, O_NONBLOCK)
        wakeRead = fds[0]
        wakeWrite = fds[1]
        let thread = Thread { [self] in run() }
        thread.name = "redis-subscriber"
        thread.start()
    }

    deinit {
        close(wakeRead)
        close(wakeWrite)
    }

    /// Subscribes to a channel and returns its messages.
    /// - Throws: `RedisError` if the server could not be reached or the subscriber was stopped.
    public func subscribe(to channel: String) async throws -> AsyncStream<RedisMessage> {
        let (stream, continuation) = AsyncStream.makeStream(of: RedisMessage.self, bufferingPolicy: .bufferingNewest(10_000))
        let id = state.withLock { state in
            state.nextID += 1
            return state.nextID
        }
        do {
            try await withCheckedThrowingContinuation { (confirm: CheckedContinuation<Void, any Error>) in
                state.withLock { state in
                    guard state.running else {
                        confirm.resume(throwing: RedisError(.closed, message: "the subscriber was stopped"))
                        return
                    }
                    let isNew = state.listeners[channel] == nil
                    state.listeners[channel, default: [:]][id] = continuation
                    if isNew {
                        state.outbox.append(["SUBSCRIBE", RedisArgument(channel)])
                        state.confirmations[channel] = [confirm]
                    } else if state.confirmations[channel] != nil {
                        state.confirmations[channel]!.append(confirm)
                    } else {
                        confirm.resume()
                    }
                }
                wake()
            }
        } catch {
            removeListener(channel: channel, id: id)
            throw error
        }
        continuation.onTermination = { [weak self] _ in self?.removeListener(channel: channel, id: id) }
        return stream
    }

    /// Unsubscribes from everything, ends every stream and stops the thread.
    public func shutdown() async {
        await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
            let exited = state.withLock { state in
                state.running = false
                if !state.exited { state.stopped.append(done) }
                return state.exited
            }
            if exited { done.resume() } else { wake() }
        }
    }

    private func removeListener(channel: String, id: Int) {
        state.withLock { state in
            guard state.listeners[channel]?.removeValue(forKey: id) != nil else { return }
            if state.listeners[channel]!.isEmpty {
                state.listeners[channel] = nil
                state.outbox.append(["UNSUBSCRIBE", RedisArgument(channel)])
            }
        }
        wake()
    }

    private func wake() {
        var byte: UInt8 = 1
        _ = write(wakeWrite, &byte, 1)
    }

    private var isRunning: Bool { state.withLock { $0.running } }

    // MARK: - The subscriber thread

    private func run() {
        var context: RedisContextHandle?
        var failedAttempts = 0
        while isRunning {
            if context == nil || context!.pointer.pointee.err != 0 {
                // Warn on the first failed attempt and then once a minute, not twice a second.
                context = connect(warn: failedAttempts % 120 == 0)
                failedAttempts = context == nil ? failedAttempts + 1 : 0
                guard context != nil else {
                    waitForWake(milliseconds: 500)
                    continue
                }
            }
            let handle = context!
            flushOutbox(handle)
            var fds = [pollfd(fd: handle.pointer.pointee.fd, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: wakeRead, events: Int16(POLLIN), revents: 0)]
            guard poll(&fds, 2, 1000) > 0 else { continue }
            if fds[1].revents != 0 { drainWakePipe() }
            if fds[0].revents != 0 { readReplies(handle) }
        }
        finish()
    }

    /// Connects and queues a SUBSCRIBE for every channel that has listeners.
    private func connect(warn: Bool) -> RedisContextHandle? {
        guard let pointer = redisConnectWithTimeout(configuration.host, Int32(configuration.port),
                                                    configuration.connectTimeout.timeval)
        else { return nil }
        let handle = RedisContextHandle(pointer)
        if let message = handle.errorMessage {
            if warn { logger.warning("Redis subscriber cannot connect", metadata: ["error": "\(message)"]) }
            let waiting = state.withLock { state in
                defer { state.confirmations.removeAll() }
                return state.confirmations.values.flatMap { $0 }
            }
            for confirm in waiting {
                confirm.resume(throwing: RedisError(.connection, message: "\(configuration.host):\(configuration.port): \(message)"))
            }
            return nil
        }
        state.withLock { state in
            var commands: [[RedisArgument]] = []
            if let password = configuration.password { commands.append(["AUTH", RedisArgument(password)]) }
            let channels = state.listeners.keys.sorted()
            if !channels.isEmpty { commands.append([RedisArgument("SUBSCRIBE")] + channels.map { RedisArgument($0) }) }
            state.outbox = commands
        }
        return handle
    }

    private func flushOutbox(_ handle: RedisContextHandle) {
        let commands = state.withLock { state in
            defer { state.outbox.removeAll() }
            return state.outbox
        }
        guard !commands.isEmpty else { return }
        for arguments in commands {
            _ = RedisConnection.withArgv(arguments) { count, argv, lengths in
                redisAppendCommandArgv(handle.pointer, count, argv, lengths)
            }
        }
        var done: Int32 = 0
        while done == 0, redisBufferWrite(handle.pointer, &done) == REDIS_OK {}
    }

    private func readReplies(_ handle: RedisContextHandle) {
        guard redisBufferRead(handle.pointer) == REDIS_OK else {
            logger.warning("Redis subscriber lost its connection", metadata: ["error": "\(handle.errorMessage ?? "?")"])
            return
        }
        var raw: UnsafeMutableRawPointer?
        while redisGetReplyFromReader(handle.pointer, &raw) == REDIS_OK, let reply = raw {
            dispatch(RedisConnection.decode(reply.assumingMemoryBound(to: redisReply.self)))
            freeReplyObject(reply)
            raw = nil
        }
    }

    private func dispatch(_ reply: RedisReply) {
        guard let parts = reply.array, parts.count >= 3, let kind = parts[0].string, let channel = parts[1].string else {
            if case .error(let message) = reply { logger.error("Redis subscriber error", metadata: ["error": "\(message)"]) }
            return
        }
        switch kind {
        case "message":
            let payload = parts[2].bytes ?? []
            let listeners = state.withLock { Array(($0.listeners[channel] ?? [:]).values) }
            for listener in listeners { listener.yield(RedisMessage(channel: channel, payload: payload)) }
        case "subscribe":
            let confirmed = state.withLock { $0.confirmations.removeValue(forKey: channel) ?? [] }
            for confirm in confirmed { confirm.resume() }
        default:
            break
        }
    }

    private func waitForWake(milliseconds: Int32) {
        var fds = [pollfd(fd: wakeRead, events: Int16(POLLIN), revents: 0)]
        if poll(&fds, 1, milliseconds) > 0 { drainWakePipe() }
    }

    private func drainWakePipe() {
        var buffer = [UInt8](repeating: 0, count: 64)
        while read(wakeRead, &buffer, buffer.count) > 0 {}
    }

    private func finish() {
        let (listeners, confirmations, stopped) = state.withLock { state in
            state.exited = true
            defer {
                state.listeners.removeAll()
                state.confirmations.removeAll()
                state.stopped.removeAll()
            }
            return (state.listeners.values.flatMap(\.values), state.confirmations.values.flatMap { $0 }, state.stopped)
        }
        for listener in listeners { listener.finish() }
        for confirm in confirmations { confirm.resume(throwing: RedisError(.closed, message: "the subscriber was stopped")) }
        for done in stopped { done.resume() }
    }
}
