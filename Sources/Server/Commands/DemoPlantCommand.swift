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
        let name = self.name
        let message = try await settings.withDatabase { postgres, configuration, _ in
            let repository = PlantRepository(postgres: postgres)
            guard try await repository.count() == 0 else { return "A plant exists; no demo plant created." }
            let (plant, run) = try await repository.create(name: name, now: Date(), settings: configuration.solar.solar)
            return "Created plant \"\(plant.name)\" (id \(plant.globalID)); sync of \(run.from)…\(run.to) queued."
        }
        print(message)
    }
}
