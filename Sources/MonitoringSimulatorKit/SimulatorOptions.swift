/// How the simulator misbehaves: how often, in which ways, how slowly, and from which seed.
public struct SimulatorOptions: Sendable, Hashable {
    /// The ways an answer can go wrong (DOMAIN.md §3).
    public enum FailureMode: String, Sendable, Hashable, CaseIterable {
        /// HTTP 200 with `{"error": "..."}` instead of the array.
        case errorObject = "error"
        /// A 5xx status (500, 502, 503 or 504).
        case serverError = "5xx"
        /// The array, with some records missing fields, holding nulls or bad datetimes.
        case malformed
        /// The right answer, after ``SimulatorOptions/slowDelay``.
        case slow
    }

    /// Share of requests that fail, 0…1.
    public var failureRate: Double
    /// The modes a failing request picks from (evenly, by hash).
    public var failureModes: [FailureMode]
    /// How long a slow answer waits before it is sent.
    public var slowDelay: Duration
    /// Makes the failure pattern reproducible: the same seed fails the same requests.
    public var seed: UInt64
    /// Share of records broken in a malformed answer (at least one record).
    public var malformedShare: Double

    public init(failureRate: Double = 0, failureModes: [FailureMode] = FailureMode.allCases,
                slowDelay: Duration = .seconds(3), seed: UInt64 = 1, malformedShare: Double = 0.1) {
        self.failureRate = min(1, max(0, failureRate))
        self.failureModes = failureModes
        self.slowDelay = slowDelay
        self.seed = seed
        self.malformedShare = malformedShare
    }
}

/// The fate of one request, decided from the seed, the query and how often the same query was
/// asked before — so a rerun with the same seed fails the same requests, whatever the order of
/// queries for other plants or ranges.
public enum FailurePlan {
    /// nil for a good answer, else the failure mode.
    public static func outcome(options: SimulatorOptions, plantID: Int, from: String, to: String,
                               occurrence: Int) -> SimulatorOptions.FailureMode? {
        guard options.failureRate > 0, !options.failureModes.isEmpty else { return nil }
        let key = SplitMix64.hash(options.seed, UInt64(bitPattern: Int64(plantID)), stableHash(from), stableHash(to),
                                  UInt64(occurrence))
        let draw = Double(key >> 11) / Double(1 << 53)
        guard draw < options.failureRate else { return nil }
        let pick = Int(SplitMix64.mix(key) % UInt64(options.failureModes.count))
        return options.failureModes[pick]
    }

    /// FNV-1a of a string's UTF-8 (Swift's `hashValue` changes from run to run).
    static func stableHash(_ text: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            h ^= UInt64(byte)
            h = h &* 0x0000_0100_0000_01B3
        }
        return h
    }
}
