import ArgumentParser

/// `gql validate` — scaffolding until its owner fills it in.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "validate")

    func run() throws {
        throw ValidationError("gql validate is not built yet")
    }
}
