import Foundation
import Storage

/// A fresh, empty database on the shared test server, so parallel tests never collide.
///
/// ```swift
/// try await TestDatabase.with { postgres in
///     try await postgres.execute("CREATE TABLE t (id int)")
/// }
/// ```
public struct TestDatabase: Sendable {
    /// Its name (`test_` and random hex).
    public let name: String
    /// A URL that reaches it.
    public let url: String

    /// Creates a database with a random name.
    /// - Throws: `PostgresError` if the shared server is not reachable.
    public static func create() async throws -> TestDatabase {
        let name = "test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16).lowercased()
        let admin = PostgresPool(configuration: PostgresConfiguration(url: TestServices.databaseURL, poolSize: 1))
        do {
            try await admin.execute(SQL(unsafe: "CREATE DATABASE \(name)"))
        } catch {
            await admin.shutdown()
            throw error
        }
        await admin.shutdown()
        return TestDatabase(name: name, url: TestServices.url(TestServices.databaseURL, database: name))
    }

    /// Drops the database (closing other sessions on it first).
    public func drop() async throws {
        let admin = PostgresPool(configuration: PostgresConfiguration(url: TestServices.databaseURL, poolSize: 1))
        try await admin.execute(SQL(unsafe: "DROP DATABASE IF EXISTS \(name) WITH (FORCE)"))
        await admin.shutdown()
    }

    /// A pool on this database.
    public func pool(size: Int = 4, statementTimeout: Duration? = .seconds(30)) -> PostgresPool {
        PostgresPool(configuration: PostgresConfiguration(url: url, poolSize: size, statementTimeout: statementTimeout))
    }

    /// Runs `body` with a pool on a new database, then shuts the pool down and drops it.
    public static func with<T: Sendable>(
        poolSize: Int = 4, _ body: (PostgresPool) async throws -> T
    ) async throws -> T {
        let database = try await create()
        let pool = database.pool(size: poolSize)
        do {
            let value = try await body(pool)
            await pool.shutdown()
            try await database.drop()
            return value
        } catch {
            await pool.shutdown()
            try? await database.drop()
            throw error
        }
    }
}
