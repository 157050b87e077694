import ArgumentParser
import Foundation
import GraphQLEngine

/// `gql parse FILE`: prints the document in canonical form, or its syntax error as
/// `{"errors":[…]}`. Exits 0 either way, 2 when the file cannot be read.
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Parse a GraphQL document and print it in canonical form (or its syntax error as JSON)."
    )

    @ArgumentParser.Argument(help: "The document to parse; - reads standard input.")
    var file: String

    @Option(help: "Stop with a syntax error after this many tokens.")
    var maxTokens: Int?

    @Option(help: "Stop with a syntax error past this nesting depth.")
    var maxDepth: Int = ParseOptions.defaultMaxDepth

    func run() throws {
        guard let source = ParseCommand.readSource(file) else {
            FileHandle.standardError.write(Data("gql parse: cannot read \(file)\n".utf8))
            throw ExitCode(2)
        }
        do {
            let document = try Parser.parse(source, options: ParseOptions(maxTokens: maxTokens, maxDepth: maxDepth))
            print(Printer.print(document))
        } catch {
            print(GraphQLError.errorsDocument([error]))
        }
    }

    /// Reads `path` (or standard input for `-`) as UTF-8, keeping a byte order mark as U+FEFF and
    /// replacing invalid bytes with U+FFFD, as Node's `readFileSync(path, 'utf8')` does.
    static func readSource(_ path: String) -> Source? {
        let data: Data?
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            data = FileManager.default.contents(atPath: path)
        }
        guard let data else { return nil }
        return Source(String(decoding: data, as: UTF8.self), name: path == "-" ? "stdin" : path)
    }
}
