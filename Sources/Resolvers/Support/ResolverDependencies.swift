import Storage

/// What every domain's resolvers and repositories are built from: the storage clients and a clock.
///
/// The server creates one at start-up and hands it to each domain; tests pass a fixed clock.
public struct ResolverDependencies: Sendable {
    public let postgres: PostgresPool
    public let redis: RedisClient
    /// Wall-clock time for charging estimates, summaries and jobs; never call `Date()` directly.
    public let now: @Sendable () -> ContinuousClock.Instant
    /// What imports by URL may fetch (size, time, private addresses).
    public let remoteFiles: RemoteFilePolicy

    public init(postgres: PostgresPool, redis: RedisClient, now: @escaping @Sendable () -> ContinuousClock.Instant = { .now },
                remoteFiles: RemoteFilePolicy = RemoteFilePolicy()) {
        self.postgres = postgres
        self.redis = redis
        self.now = now
        self.remoteFiles = remoteFiles
    }
}
