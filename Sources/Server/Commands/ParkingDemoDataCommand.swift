import ArgumentParser
import Foundation
import NIOPosix
import Resolvers
import Storage

/// `energygraph parking-demo-data --file vehicles.csv`: parks the sample vehicles for the local
/// demo unless some vehicle is already parked (idempotent; `scripts/run.sh` calls it).
struct ParkingDemoDataCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parking-demo-data",
        abstract: "Import the sample parked vehicles unless a vehicle is already parked; applies pending migrations first."
    )

    @Option(help: "The vehicles CSV (plate,current_charge,total_charge,desired_percentage[,charging_power_kw]).")
    var file: String
    @OptionGroup var settings: SettingsOptions

    func run() async throws {
        let (configuration, logger) = try settings.resolve()
        let path = file
        let csv = try await NIOThreadPool.singleton.runIfActive { try String(contentsOfFile: path, encoding: .utf8) }
        let postgres = PostgresPool(configuration: configuration.postgres, logger: logger)
        let redis = RedisClient(configuration: configuration.redis, logger: logger)
        let outcome: Swift.Result<Int?, any Error>
        do {
            _ = try await Migrator(migrations: Migration.bundled(), logger: logger).migrate(postgres)
            let parking = ParkingServices(postgres: postgres, redis: redis, logger: logger)
            outcome = .success(try await ParkingDemoData.importIfNothingParked(csv: csv, services: parking))
            parking.shutdown()
        } catch {
            outcome = .failure(error)
        }
        await postgres.shutdown()
        await redis.shutdown()
        switch outcome {
        case let .success(count?): print("Parked \(count) demo vehicles from \(file).")
        case .success(nil): print("Vehicles are already parked; demo parking data left as it is.")
        case let .failure(error): throw CleanExit.message("Parking demo data failed: \(String(reflecting: error))")
        }
    }
}
