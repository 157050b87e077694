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
        let path = file
        let csv = try await NIOThreadPool.singleton.runIfActive { try String(contentsOfFile: path, encoding: .utf8) }
        let parked: Int?
        do {
            parked = try await settings.withDatabase { postgres, configuration, logger in
                let redis = RedisClient(configuration: configuration.redis, logger: logger)
                let parking = ParkingServices(postgres: postgres, redis: redis, logger: logger)
                do {
                    let parked = try await ParkingDemoData.importIfNothingParked(csv: csv, services: parking)
                    parking.shutdown()
                    await redis.shutdown()
                    return parked
                } catch {
                    parking.shutdown()
                    await redis.shutdown()
                    throw error
                }
            }
        } catch {
            throw commandFailure("parking-demo-data", "parking demo data failed: \(String(reflecting: error))")
        }
        if let parked {
            print("Parked \(parked) demo vehicles from \(file).")
        } else {
            print("Vehicles are already parked; demo parking data left as it is.")
        }
    }
}
