import ArgumentParser

/// `gql execute` — scaffolding until its owner fills it in.
struct ExecuteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "execute")

    func run() throws {
        throw ValidationError("gql execute is not built yet")
    }
}
