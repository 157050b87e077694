import Foundation
@testable import Resolvers
import TestSupport

/// Shared values for the piles domain tests: the sample file and UTC dates.
enum PileFixtures {
    /// `shared/data/seeds/charging-plots`, found above this file.
    static var seedDirectory: URL {
        get throws { try SharedSeeds.url("charging-plots") }
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
