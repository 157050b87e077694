import ArgumentParser

/// `energygraph`: the EnergyGraph API server and its maintenance commands.
@main
struct EnergyGraph: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "energygraph",
        abstract: "EnergyGraph: one GraphQL API for swaps, parking, solar, meters and charging piles.",
        subcommands: [ServeCommand.self, MigrateCommand.self, SettingsCommand.self, BenchServeCommand.self, UserCommand.self,
                      ParkingDemoDataCommand.self,
                      ImportMetersCommand.self, ImportSwapsCommand.self, ImportPilesCommand.self,
                      DemoPlantCommand.self]
    )
}
