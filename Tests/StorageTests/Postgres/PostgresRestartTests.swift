import Storage
import Testing
import TestSupport

/// Restarts a private cluster, so tests on the shared server are not disturbed.
@Suite struct PostgresRestartTests {
    @Test func theNextQueryAfterAServerRestartSucceeds() async throws {
        let server = try await ThrowawayPostgres.start()
        let postgres = PostgresPool(configuration: PostgresConfiguration(url: server.url, poolSize: 2))
        do {
            #expect(try await postgres.query("SELECT 41 + 1").scalar(Int.self) == 42)
            try await server.restart()
            #expect(try await postgres.query("SELECT 42 + 1").scalar(Int.self) == 43)

            try await server.stop()
            let error = await #expect(throws: PostgresError.self) { try await postgres.query("SELECT 1") }
            #expect(error?.kind == .connection)
            try await server.startServer()
            #expect(try await postgres.query("SELECT 44").scalar(Int.self) == 44)
        } catch {
            Issue.record(error)
        }
        await postgres.shutdown()
        await server.destroy()
    }
}
