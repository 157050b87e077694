import Foundation
@testable import Resolvers

/// Shared values for the piles domain tests: the sample file and UTC dates.
enum PileFixtures {
    /// `shared/data/seeds/charging-plots`, found above this file.
    static var seedDirectory: URL {
        get throws {
            var dir = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
            while dir.path != "/" {
                let candidate = dir.appendingPathComponent("shared/data/seeds/charging-plots")
                if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("charging_plots_seed.json").path) {
                    return candidate
                }
                dir = dir.deletingLastPathComponent()
            }
            throw PileSeedError.malformed("shared/data/seeds/charging-plots not found above \(#filePath)")
        }
    }

    static func seed() throws -> PileSeed {
        try PileSeed.decode(Data(contentsOf: seedDirectory.appendingPathComponent("charging_plots_seed.json")))
    }

    /// "2026-03-01T08:00:00Z" → Date.
    static func at(_ text: String) -> Date {
        try! Date(text, strategy: Date.ISO8601FormatStyle())
    }

    static let utcHours = OpeningHours(opensAt: LocalTimeOfDay("08:00")!, closesAt: LocalTimeOfDay("18:00")!, timeZone: TimeZone(identifier: "UTC")!, zoneName: "UTC")
}
