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
        let applied: [Migration]
        do {
            applied = try await settings.withDatabase(migrate: false) { postgres, _, logger in
                try await Migrator(migrations: Migration.bundled(), logger: logger).migrate(postgres)
            }
        } catch {
            throw commandFailure("migrate", "migration failed: \(String(reflecting: error))")
        }
        print(applied.isEmpty ? "Database is up to date." : "Applied \(applied.map { "\($0.version)_\($0.name)" }.joined(separator: ", ")).")
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
