import Foundation

/// The simulator's deterministic readings: the same plant and hour always give the same four
/// values, in any process, so tests can compute expected sums on their own.
///
/// Values follow a daily solar curve (zero at night, 06:00–18:00 UTC daylight), a season
/// factor and per-plant size, with noise from a hash of (plant, hour) — no random state.
public enum MonitoringValues {
    /// One hour's values, in the monitoring service's units.
    public struct Reading: Sendable, Hashable {
        /// Start of the hour, seconds since 1970 (UTC).
        public let hourEpochSeconds: Int
        public let energyExpected: Double
        public let energyObserved: Double
        public let irradiationExpected: Double
        public let irradiationObserved: Double
    }

    /// The reading of `plantID` for the hour starting at `hourEpochSeconds` (a multiple of 3600).
    public static func reading(plantID: Int, hourEpochSeconds: Int) -> Reading {
        let hourOfDay = ((hourEpochSeconds / 3600) % 24 + 24) % 24
        let dayIndex = Int((Double(hourEpochSeconds) / 86_400).rounded(.down))
        let dayOfYear = ((dayIndex % 365) + 365) % 365
        let daylight = hourOfDay > 6 && hourOfDay < 18 ? sin(Double.pi * Double(hourOfDay - 6) / 12) : 0
        let season = 0.75 + 0.25 * cos(2 * Double.pi * Double(dayOfYear - 172) / 365)
        let peakKWh = 40 + Double(SplitMix64.hash(UInt64(bitPattern: Int64(plantID)), 0x5eed) % 60)
        let noise1 = SplitMix64.unit(UInt64(bitPattern: Int64(plantID)), UInt64(bitPattern: Int64(hourEpochSeconds)), 1)
        let noise2 = SplitMix64.unit(UInt64(bitPattern: Int64(plantID)), UInt64(bitPattern: Int64(hourEpochSeconds)), 2)
        let energyExpected = peakKWh * daylight * season
        let irradiationExpected = 100 * daylight * season
        return Reading(hourEpochSeconds: hourEpochSeconds,
                       energyExpected: energyExpected,
                       energyObserved: energyExpected * (0.65 + 0.4 * noise1),
                       irradiationExpected: irradiationExpected,
                       irradiationObserved: irradiationExpected * (0.75 + 0.35 * noise2))
    }
}

/// A stateless 64-bit mixer (SplitMix64's finalizer) for hashing small tuples to numbers.
public enum SplitMix64 {
    /// Mixes one value.
    public static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A hash of several values, order-sensitive.
    public static func hash(_ values: UInt64...) -> UInt64 {
        values.reduce(0x1234_5678_9ABC_DEF0) { mix($0 ^ mix($1)) }
    }

    /// A number in [0, 1) from several values.
    public static func unit(_ values: UInt64...) -> Double {
        let h = values.reduce(0x1234_5678_9ABC_DEF0) { mix($0 ^ mix($1)) }
        return Double(h >> 11) / Double(1 << 53)
    }
}
