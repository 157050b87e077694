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
        let (configuration, logger) = try settings.resolve()
        let cost = try AuthSettings.bcryptCost(settings.values)
        let postgres = PostgresPool(configuration: configuration.postgres, logger: logger)
        let outcome: Swift.Result<PileImportReport, any Error>
        do {
            _ = try await Migrator(migrations: Migration.bundled(), logger: logger).migrate(postgres)
            let hash = try await Bcrypt.hashOffPool(password, cost: cost)
            outcome = .success(try await PileSeedImport(postgres: postgres).run(seed, passwordHash: hash, now: Date()))
        } catch {
            outcome = .failure(error)
        }
        await postgres.shutdown()
        switch outcome {
        case let .success(report):
            print("Imported \(path): \(report).")
        case let .failure(error as PileSeedError):
            throw ValidationError("\(path): \(error.description) Nothing was imported.")
        case let .failure(error):
            throw error
        }
    }
}
