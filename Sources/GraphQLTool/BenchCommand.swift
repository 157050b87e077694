import ArgumentParser

/// `gql bench` — scaffolding until its owner fills it in.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "bench")

    func run() throws {
        throw ValidationError("gql bench is not built yet")
    }
}
