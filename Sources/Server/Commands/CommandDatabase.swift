import ArgumentParser
import Foundation
import Logging
import Storage

extension SettingsOptions {
    /// What every database command does around its work: resolves the settings, opens a pool on
    /// the configured database, applies pending migrations (unless `migrate` is false), runs
    /// `body`, and shuts the pool down whether `body` returns or throws.
    func withDatabase<T>(
        migrate: Bool = true,
        _ body: (PostgresPool, ServerConfiguration, Logger) async throws -> T
    ) async throws -> T {
        let (configuration, logger) = try resolve()
        let postgres = PostgresPool(configuration: configuration.postgres, logger: logger)
        do {
            if migrate { _ = try await Migrator(migrations: Migration.bundled(), logger: logger).migrate(postgres) }
            let result = try await body(postgres, configuration, logger)
            await postgres.shutdown()
            return result
        } catch {
            await postgres.shutdown()
            throw error
        }
    }
}

/// A command failure the user can act on: the message on standard error, exit status 1.
/// (ArgumentParser's `CleanExit` would exit 0, which scripts read as success.)
func commandFailure(_ command: String, _ message: String) -> ExitCode {
    FileHandle.standardError.write(Data("\(command): \(message)\n".utf8))
    return ExitCode.failure
}
