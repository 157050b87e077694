import ArgumentParser
import Foundation
import NIOPosix
import Resolvers
import Storage

/// `energygraph import-piles FILE`: imports a charging-plots file (the shape of
/// `charging_plots_seed.json`) in one transaction; running it again changes nothing.
///
/// Users of the file that do not exist yet are created with the password from
/// `--users-password-stdin` (or a random one nobody knows, when not given).
struct ImportPilesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-piles",
        abstract: "Import charging piles, their owners, wallets and friends' prices from a JSON file; applies pending migrations first."
    )

    @Argument(help: "The JSON file (the shape of charging_plots_seed.json).")
    var file: String
    @Flag(name: .customLong("users-password-stdin"), help: "Read the password of the users this creates from the first line of standard input.")
    var usersPasswordStdin = false
    @OptionGroup var settings: SettingsOptions

    func run() async throws {
        let path = file
        let data: Data
        do {
            data = try await NIOThreadPool.singleton.runIfActive { try Data(contentsOf: URL(fileURLWithPath: path)) }
        } catch {
            throw ValidationError("Cannot read \(path): \(error.localizedDescription)")
        }
        let seed: PileSeed
        do {
            seed = try PileSeed.decode(data)
        } catch let error as PileSeedError {
            throw ValidationError("\(path): \(error.description)")
        }
        let password = try usersPasswordStdin ? UserCreateCommand.readPasswordFromStandardInput() : UUID().uuidString + UUID().uuidString
        let cost = try AuthSettings.bcryptCost(settings.values)
        let report: PileImportReport
        do {
            report = try await settings.withDatabase { postgres, _, _ in
                let hash = try await Bcrypt.hashOffPool(password, cost: cost)
                return try await PileSeedImport(postgres: postgres).run(seed, passwordHash: hash, now: Date())
            }
        } catch let error as PileSeedError {
            throw ValidationError("\(path): \(error.description) Nothing was imported.")
        }
        print("Imported \(path): \(report).")
    }
}
