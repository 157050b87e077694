import ArgumentParser

/// `gql parse` — scaffolding until its owner fills it in.
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "parse")

    func run() throws {
        throw ValidationError("gql parse is not built yet")
    }
}
