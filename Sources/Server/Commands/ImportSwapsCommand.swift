import ArgumentParser
import Foundation
import NIOPosix
import Resolvers
import Storage

/// `energygraph import-swaps DIR`: loads a swap history in the sample's CSV shape through the
/// swap rules, in one transaction (see `SwapHistoryImporter`).
struct ImportSwapsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-swaps",
        abstract: "Import stations, batteries, vehicles, drivers and swaps from CSV files; applies pending migrations first."
    )

    @Argument(help: "Folder with charging_stations.csv, batteries.csv, vehicles.csv, drivers.csv and battery_transactions.csv.")
    var directory: String
    @Flag(name: .customLong("if-empty"), help: "Do nothing when stations exist already (for demo data).")
    var ifEmpty = false
    @OptionGroup var settings: SettingsOptions

    func run() async throws {
        let files = try await Self.read(directory: directory)
        let ifEmpty = self.ifEmpty
        let report: SwapHistoryImporter.Report?
        do {
            report = try await settings.withDatabase { postgres, _, _ in
                if ifEmpty, try await SwapHistoryImporter.hasStations(postgres) { return nil }
                return try await SwapHistoryImporter.importHistory(files: files, into: postgres, now: Date())
            }
        } catch let error as SwapHistoryImporter.ImportError {
            throw commandFailure("import-swaps", "\(error)")
        }
        if let report {
            print("Imported \(report) from \(directory).")
        } else {
            print("Stations exist already; nothing imported (--if-empty).")
        }
    }

    /// The CSV files' texts, read on NIO's thread pool (never on the cooperative pool).
    static func read(directory: String) async throws -> [String: String] {
        let folder = URL(fileURLWithPath: directory)
        return try await NIOThreadPool.singleton.runIfActive {
            var files: [String: String] = [:]
            for name in SwapHistoryImporter.fileNames {
                let url = folder.appendingPathComponent(name)
                guard FileManager.default.fileExists(atPath: url.path) else {
                    throw ValidationError("\(url.path) is missing; the folder needs \(SwapHistoryImporter.fileNames.joined(separator: ", ")).")
                }
                files[name] = try String(contentsOf: url, encoding: .utf8)
            }
            return files
        }
    }

    /// One file's text, read on NIO's thread pool.
    static func readFile(_ path: String) async throws -> String {
        try await NIOThreadPool.singleton.runIfActive { try String(contentsOf: URL(fileURLWithPath: path), encoding: .utf8) }
    }
}
