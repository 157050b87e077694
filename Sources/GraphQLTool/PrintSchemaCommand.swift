import ArgumentParser

/// `gql print-schema` — scaffolding until its owner fills it in.
struct PrintSchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "print-schema")

    func run() throws {
        throw ValidationError("gql print-schema is not built yet")
    }
}
