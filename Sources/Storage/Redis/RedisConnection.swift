import CHiredis
import Foundation

/// One blocking Redis connection (hiredis), used on a pool thread inside `RedisClient.withConnection`.
///
/// Every method blocks the calling thread until the reply comes or the timeout passes.
public final class RedisConnection: Sendable {
    let handle: RedisContextHandle
    let configuration: RedisConfiguration

    private var context: UnsafeMutablePointer<redisContext> { handle.pointer }

    private init(handle: RedisContextHandle, configuration: RedisConfiguration) {
        self.handle = handle
        self.configuration = configuration
    }

    /// Connects, authenticates and selects the database.
    /// - Throws: `RedisError` (`.connection`, `.timeout` or `.server`).
    static func open(_ configuration: RedisConfiguration) throws -> RedisConnection {
        guard let context = redisConnectWithTimeout(configuration.host, Int32(configuration.port),
                                                    configuration.connectTimeout.timeval)
        else { throw RedisError(.connection, message: "out of memory allocating a context") }
        let connection = RedisConnection(handle: RedisContextHandle(context), configuration: configuration)
        try connection.setUp()
        return connection
    }

    /// Sends a command and returns its reply.
    /// - Throws: `RedisError`: `.server` for an error reply, `.timeout` when no reply came within
    ///   the command timeout, `.connection` when the connection broke.
    @discardableResult
    public func command(_ arguments: [RedisArgument]) throws -> RedisReply {
        let reply = try send(arguments)
        if case .error(let message) = reply { throw RedisError(.server, message: message) }
        return reply
    }

    /// Sends a command given as separate arguments: `command("SET", key, value)`.
    @discardableResult
    public func command(_ arguments: RedisArgument...) throws -> RedisReply {
        try command(arguments)
    }

    /// Sends a blocking command (`BLPOP`, `XREAD BLOCK`) with its own reply timeout.
    @discardableResult
    public func command(_ arguments: [RedisArgument], timeout: Duration) throws -> RedisReply {
        redisSetTimeout(context, timeout.timeval)
        defer { redisSetTimeout(context, configuration.commandTimeout.timeval) }
        return try command(arguments)
    }

    /// Reconnects when the connection broke or the server closed it while idle.
    func reconnectIfLost() throws {
        guard context.pointee.err != 0 || Self.peerClosed(fd: context.pointee.fd) else { return }
        guard redisReconnect(context) == REDIS_OK else {
            throw RedisError(.connection, message: "\(address): \(handle.errorMessage ?? "reconnect failed")")
        }
        try setUp()
    }

    /// `host:port`, for error messages.
    private var address: String { "\(configuration.host):\(configuration.port)" }

    /// Whether the connection can go back to the pool.
    var isReusable: Bool { context.pointee.err == 0 }

    private func setUp() throws {
        if let message = handle.errorMessage {
            throw RedisError(.connection, message: "\(address): \(message)")
        }
        redisSetTimeout(context, configuration.commandTimeout.timeval)
        if let password = configuration.password {
            try command("AUTH", RedisArgument(password))
        }
        if configuration.database != 0 {
            try command("SELECT", RedisArgument(configuration.database))
        }
    }

    private func send(_ arguments: [RedisArgument]) throws -> RedisReply {
        let raw = Self.withArgv(arguments) { count, argv, lengths in
            redisCommandArgv(context, count, argv, lengths)
        }
        guard let raw else {
            let message = handle.errorMessage ?? "no reply"
            let timedOut = context.pointee.err == REDIS_ERR_IO && message.contains("temporarily unavailable")
            throw RedisError(timedOut ? .timeout : .connection, message: "\(address): \(message)")
        }
        defer { freeReplyObject(raw) }
        return Self.decode(raw.assumingMemoryBound(to: redisReply.self))
    }

    /// True when an idle socket is readable or hung up: the server closed it.
    static func peerClosed(fd: Int32) -> Bool {
        guard fd >= 0 else { return true }
        var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        return poll(&poller, 1, 0) > 0
    }

    /// Copies arguments into C buffers for the `…Argv` calls (lengths make them binary-safe).
    static func withArgv<R>(
        _ arguments: [RedisArgument],
        _ body: (Int32, UnsafeMutablePointer<UnsafePointer<CChar>?>, UnsafePointer<Int>) -> R
    ) -> R {
        let buffers: [UnsafeMutablePointer<CChar>] = arguments.map { argument in
            let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: max(1, argument.bytes.count))
            argument.bytes.withUnsafeBytes { raw in
                UnsafeMutableRawPointer(buffer).copyMemory(from: raw.baseAddress ?? UnsafeRawPointer(buffer), byteCount: raw.count)
            }
            return buffer
        }
        defer { buffers.forEach { $0.deallocate() } }
        var argv: [UnsafePointer<CChar>?] = buffers.map { UnsafePointer($0) }
        let lengths = arguments.map(\.bytes.count)
        return argv.withUnsafeMutableBufferPointer { argvBuffer in
            lengths.withUnsafeBufferPointer { lengthBuffer in
                body(Int32(arguments.count), argvBuffer.baseAddress!, lengthBuffer.baseAddress!)
            }
        }
    }

    /// Converts a hiredis reply tree into `RedisReply`.
    static func decode(_ reply: UnsafeMutablePointer<redisReply>) -> RedisReply {
        let value = reply.pointee
        func text() -> [UInt8] {
            guard let str = value.str else { return [] }
            return Array(UnsafeRawBufferPointer(start: str, count: value.len))
        }
        switch value.type {
        case REDIS_REPLY_STRING: return .bulk(text())
        case REDIS_REPLY_STATUS: return .status(String(decoding: text(), as: UTF8.self))
        case REDIS_REPLY_ERROR: return .error(String(decoding: text(), as: UTF8.self))
        case REDIS_REPLY_INTEGER: return .integer(Int(value.integer))
        case REDIS_REPLY_ARRAY:
            return .array((0..<value.elements).map { decode(value.element[$0]!) })
        default: return .null
        }
    }
}
