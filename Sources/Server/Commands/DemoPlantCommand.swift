import ArgumentParser
import Foundation
import Resolvers
import Storage

/// `energygraph demo-plant`: creates one plant (which queues its first sync) when the database
/// has none, so the local demo has readings to show. Safe to run again: it changes nothing
/// when a plant exists.
struct DemoPlantCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo-plant",
        abstract: "Create a demo solar plant if there is no plant yet (idempotent)."
    )

    @Option(help: "Name of the plant to create.")
    var name = "Demo Plant"

    @OptionGroup var settings: SettingsOptions

    func run() async throws {
        let (configuration, logger) = try settings.resolve()
        let postgres = PostgresPool(configuration: configuration.postgres, logger: logger)
        do {
            let repository = PlantRepository(postgres: postgres)
            if try await repository.count() > 0 {
                print("A plant exists; no demo plant created.")
            } else {
                let (plant, run) = try await repository.create(name: name, now: Date(), settings: configuration.solar.solar)
                print("Created plant \"\(plant.name)\" (id \(plant.globalID)); sync of \(run.from)…\(run.to) queued.")
            }
        } catch {
            await postgres.shutdown()
            throw error
        }
        await postgres.shutdown()
    }
}
