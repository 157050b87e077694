import Foundation
import TestSupport

/// The parking seed files under `../shared/data/seeds/parking`, beside the repository root.
enum ParkingSeeds {
    /// `shared/data/seeds/parking`, found beside an ancestor of this file (the repository's parent).
    static var directory: URL {
        get throws { try SharedSeeds.url("parking") }
    }

    static func text(_ name: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    }

    /// Lines split at `\n` and fields at commas (the seed files have no quoted fields).
    static func records(_ name: String) throws -> [(fields: [String], line: Int)] {
        var lines = try text(name).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines.enumerated().map { (fields: $0.element.split(separator: ",", omittingEmptySubsequences: false).map(String.init), line: $0.offset + 1) }
    }

    /// One entry of `expected_original_formula.json`.
    struct OriginalFormula: Decodable {
        let plate: String
        let current_charge: Double
        let total_charge: Double
        let desired_percentage: Double
        let current_percentage: Double
        let ready_at_import: Bool
        let original_seconds_to_desired: Int
        let charge_after_60s_original: Double
    }

    static func originalFormula() throws -> [OriginalFormula] {
        try JSONDecoder().decode([OriginalFormula].self, from: Data(text("expected_original_formula.json").utf8))
    }
}
