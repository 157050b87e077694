import ArgumentParser
import Storage

/// `energygraph migrate`: applies pending migrations and exits.
struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Apply pending database migrations (safe to run from several instances at once)."
    )

    @OptionGroup var settings: SettingsOptions

    func run() async throws {
        let (configuration, logger) = try settings.resolve()
        let postgres = PostgresPool(configuration: configuration.postgres, logger: logger)
        do {
            let applied = try await Migrator(migrations: Migration.bundled(), logger: logger).migrate(postgres)
            print(applied.isEmpty ? "Database is up to date." : "Applied \(applied.map { "\($0.version)_\($0.name)" }.joined(separator: ", ")).")
        } catch {
            await postgres.shutdown()
            throw CleanExit.message("Migration failed: \(String(reflecting: error))")
        }
        await postgres.shutdown()
    }
}

/// `energygraph settings`: prints every setting as Markdown (the source of docs/configuration.md).
struct SettingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "settings",
        abstract: "Print every setting with its option, environment variable and default."
    )

    func run() {
        print(Setting.markdown, terminator: "")
    }
}
