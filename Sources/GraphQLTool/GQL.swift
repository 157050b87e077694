import ArgumentParser

/// `gql`: the command-line front of EnergyGraph's GraphQL engine.
@main
struct GQL: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gql",
        abstract: "EnergyGraph's GraphQL engine from the command line.",
        subcommands: [ParseCommand.self, ValidateCommand.self, PrintSchemaCommand.self,
                      ExecuteCommand.self, BenchCommand.self]
    )
}
