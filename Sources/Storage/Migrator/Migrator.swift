import Logging

/// Applies pending migrations in version order, each in its own transaction.
///
/// Applied versions are recorded in `schema_migrations`. A session-level advisory lock makes
/// concurrent runs (two instances starting at once) take turns: the second finds everything
/// applied and does nothing.
public struct Migrator: Sendable {
    /// The advisory lock key: "EnergyGr" in ASCII.
    static let lockKey = 0x456E_6572_6779_4772

    public let migrations: [Migration]
    private let logger: Logger

    public init(migrations: [Migration], logger: Logger = Logger(label: "energygraph.migrate")) {
        self.migrations = migrations
        self.logger = logger
    }

    /// Applies what is pending.
    /// - Returns: the migrations this run applied.
    /// - Throws: `MigrationError.checksumMismatch`, or the `PostgresError` of a failed migration
    ///   (which is rolled back; those before it stay applied).
    @discardableResult
    public func migrate(_ postgres: PostgresPool) async throws -> [Migration] {
        let migrations = self.migrations
        let logger = self.logger
        return try await postgres.withConnection { conn in
            try conn.execute("SELECT pg_advisory_lock(\(Self.lockKey))")
            defer { _ = try? conn.execute("SELECT pg_advisory_unlock(\(Self.lockKey))") }
            try conn.execute("""
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    version    bigint PRIMARY KEY,
                    name       text NOT NULL,
                    checksum   text NOT NULL,
                    applied_at timestamptz NOT NULL DEFAULT now()
                )
                """)
            var applied: [Int: String] = [:]
            for row in try conn.query("SELECT version, checksum FROM schema_migrations") {
                applied[try row.decode(Int.self, at: 0)] = try row.decode(String.self, at: 1)
            }
            var done: [Migration] = []
            for migration in migrations {
                if let checksum = applied[migration.version] {
                    guard checksum == migration.checksum else {
                        throw MigrationError.checksumMismatch(version: migration.version, name: migration.name)
                    }
                    continue
                }
                logger.info("applying migration", metadata: ["version": "\(migration.version)", "name": "\(migration.name)"])
                try conn.transaction {
                    try conn.executeScript(migration.sql)
                    try conn.execute("""
                        INSERT INTO schema_migrations (version, name, checksum)
                        VALUES (\(migration.version), \(migration.name), \(migration.checksum))
                        """)
                }
                done.append(migration)
            }
            return done
        }
    }
}
