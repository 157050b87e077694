import Foundation

/// The twelve real meter files under `shared/data/seeds/meters` and an oracle that computes what
/// importing them must give, straight from the CSV text with Foundation (no code of the
/// importer), so tests compare two independent computations.
public enum MeterSeeds {
    /// `shared/data/seeds/meters`, found beside an ancestor of this file (the repository's parent).
    public static var directory: URL {
        get throws { try SharedSeeds.url("meters") }
    }

    /// Every seed file, erm-2015 first, then backend-energy-2018, each folder by name.
    public static var files: [URL] {
        get throws {
            let root = try directory
            return try ["erm-2015", "backend-energy-2018"].flatMap { folder in
                try FileManager.default.contentsOfDirectory(at: root.appendingPathComponent(folder), includingPropertiesForKeys: nil)
                    .filter { $0.pathExtension == "csv" }
                    .sorted { $0.lastPathComponent < $1.lastPathComponent }
            }
        }
    }
}

/// Expected import results computed from CSV text (comma-separated, no quoting: the seeds have none).
public enum MeterSeedOracle {
    /// One data line, by header name.
    public struct Line: Sendable {
        public let meter: String
        public let plantCode: String
        public let timestamp: Date
        public let dataType: String
        public let value: Double
        public let units: String
        public let period: String
        public let rate: String

        /// Meter, data type, time, period and rate: what a later file's line replaces.
        public var readingKey: String { [meter, dataType, String(timestamp.timeIntervalSince1970), period, rate].joined(separator: "|") }
    }

    /// A (meter, data type, units, UTC day) group; `meter` is "code|serial", `day` "YYYY-MM-DD".
    public struct GroupKey: Hashable, Sendable {
        public let meter: String
        public let dataType: String
        public let units: String
        public let day: String

        public init(meter: String, dataType: String, units: String, day: String) {
            self.meter = meter
            self.dataType = dataType
            self.units = units
            self.day = day
        }
    }

    public struct Aggregate: Sendable {
        public var count = 0
        public var sum = 0.0
        public var min = Double.infinity
        public var max = -Double.infinity
        public var average: Double { sum / Double(count) }
    }

    /// The data lines of a file, read in `timeZone`.
    public static func lines(of text: String, timeZone: TimeZone = TimeZone(identifier: "UTC")!) -> [Line] {
        var rows = text.split(whereSeparator: \.isNewline).map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let header = rows.removeFirst()
        func column(_ names: String...) -> Int? { names.lazy.compactMap { header.firstIndex(of: $0) }.first }
        let code = column("MeterPoint Code", "MeterCode")!, serial = column("Serial Number", "Serial")!
        let plant = column("Plant Code", "PlantCode")!, time = column("Date/Time", "DateTime")!
        let type = column("Data Type", "DataType")!, value = column("Data Value", "Energy")!, units = column("Units")!
        let period = column("Period"), rate = column("Rate")
        let formatters = ["dd/MM/yyyy HH:mm:ss", "d/MM/yyyy H:mm"].map { format in
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = timeZone
            formatter.dateFormat = format
            return formatter
        }
        return rows.filter { $0.count == header.count }.map { f in
            Line(meter: f[code] + "|" + f[serial], plantCode: f[plant],
                 timestamp: formatters.lazy.compactMap { $0.date(from: f[time]) }.first!,
                 dataType: f[type], value: Double(f[value])!, units: f[units],
                 period: period.map { f[$0] } ?? "", rate: rate.map { f[$0] } ?? "")
        }
    }

    /// The median of `values` (the mean of the middle two for an even count).
    public static func median(_ values: [Double]) -> Double? {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return nil }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// How many values are more than `thresholdPercent` % above or below `median`.
    public static func outlierCount(_ values: [Double], median: Double, thresholdPercent: Double) -> Int {
        values.filter { abs($0 - median) > abs(median) * thresholdPercent / 100 }.count
    }

    /// The daily aggregates after importing `files` in order (a later line with the same reading
    /// key replaces an earlier one).
    public static func aggregates(importing files: [[Line]]) -> [GroupKey: Aggregate] {
        var current: [String: Line] = [:]
        for file in files { for line in file { current[line.readingKey] = line } }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        var groups: [GroupKey: Aggregate] = [:]
        for line in current.values {
            let parts = calendar.dateComponents([.year, .month, .day], from: line.timestamp)
            let day = String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
            let key = GroupKey(meter: line.meter, dataType: line.dataType, units: line.units, day: day)
            var aggregate = groups[key] ?? Aggregate()
            aggregate.count += 1
            aggregate.sum += line.value
            aggregate.min = Swift.min(aggregate.min, line.value)
            aggregate.max = Swift.max(aggregate.max, line.value)
            groups[key] = aggregate
        }
        return groups
    }
}
