import Foundation

/// How to reach Redis and how the pool behaves.
public struct RedisConfiguration: Sendable {
    public var host: String
    public var port: Int
    public var password: String?
    public var database: Int
    /// Connections open at once (and threads they run on).
    public var poolSize: Int
    /// Longest wait for one command's reply (blocking commands pass their own).
    public var commandTimeout: Duration
    /// Longest time to open a connection.
    public var connectTimeout: Duration
    /// Longest wait for a free connection.
    public var acquireTimeout: Duration

    public init(
        host: String = "127.0.0.1", port: Int = 6379, password: String? = nil, database: Int = 0,
        poolSize: Int = 4, commandTimeout: Duration = .seconds(2), connectTimeout: Duration = .seconds(2),
        acquireTimeout: Duration = .seconds(5)
    ) {
        self.host = host
        self.port = port
        self.password = password
        self.database = database
        self.poolSize = poolSize
        self.commandTimeout = commandTimeout
        self.connectTimeout = connectTimeout
        self.acquireTimeout = acquireTimeout
    }

    /// Parses `redis://[:password@]host[:port][/database]`.
    /// - Throws: `RedisError` (`.configuration`) naming what is wrong.
    public init(url: String) throws {
        guard let components = URLComponents(string: url), components.scheme == "redis",
              let host = components.host, !host.isEmpty
        else {
            throw RedisError(.configuration, message: "expected redis://[:password@]host[:port][/db], got \(url.debugDescription)")
        }
        self.init(host: host, port: components.port ?? 6379, password: components.password)
        let path = components.path.drop { $0 == "/" }
        if !path.isEmpty {
            guard let database = Int(path), database >= 0 else {
                throw RedisError(.configuration, message: "database in \(url.debugDescription) must be a number ≥ 0")
            }
            self.database = database
        }
    }
}

extension Duration {
    /// The duration as a C `timeval`.
    var timeval: timeval {
        let (seconds, attoseconds) = components
        return Glibc.timeval(tv_sec: Int(seconds), tv_usec: Int(attoseconds / 1_000_000_000_000))
    }
}
