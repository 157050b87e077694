/// How to reach PostgreSQL and how the pool behaves.
public struct PostgresConfiguration: Sendable {
    /// A libpq connection URI or key/value string, e.g. `postgres://user@127.0.0.1:5432/db`.
    public var url: String
    /// Most connections open at once (and threads the pool runs them on).
    public var poolSize: Int
    /// Longest wait for a free connection before `acquireTimeout` is thrown.
    public var acquireTimeout: Duration
    /// Longest time one statement may run on the server (`statement_timeout`); nil for none.
    public var statementTimeout: Duration?
    /// Longest time to open a connection (libpq's `connect_timeout`, whole seconds, at least 2).
    public var connectTimeout: Duration
    /// Shown in `pg_stat_activity`.
    public var applicationName: String

    public init(
        url: String, poolSize: Int = 8, acquireTimeout: Duration = .seconds(10),
        statementTimeout: Duration? = .seconds(30), connectTimeout: Duration = .seconds(5),
        applicationName: String = "energygraph"
    ) {
        self.url = url
        self.poolSize = poolSize
        self.acquireTimeout = acquireTimeout
        self.statementTimeout = statementTimeout
        self.connectTimeout = connectTimeout
        self.applicationName = applicationName
    }

    /// libpq keyword/value pairs; the URL is expanded first, so the later keys win.
    var connectionParameters: [(String, String)] {
        var options = "-c TimeZone=UTC -c DateStyle=ISO,YMD -c IntervalStyle=iso_8601 -c client_min_messages=warning"
        if let statementTimeout {
            options += " -c statement_timeout=\(statementTimeout.milliseconds)"
        }
        return [
            ("dbname", url),
            ("connect_timeout", String(max(2, Int(connectTimeout.components.seconds)))),
            ("client_encoding", "UTF8"),
            ("application_name", applicationName),
            ("options", options),
        ]
    }
}

extension Duration {
    /// Whole milliseconds, rounded down.
    var milliseconds: Int64 {
        components.seconds * 1000 + components.attoseconds / 1_000_000_000_000_000
    }
}
