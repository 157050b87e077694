import Foundation
import GraphQLEngine

/// Timing statistics of one phase, as the bench contract reports them (microseconds).
struct BenchStats {
    var iterations: Int
    var meanMicros: Double
    var p50Micros: Double
    var p90Micros: Double
    var p99Micros: Double
    var minMicros: Double

    var opsPerSecond: Double { meanMicros > 0 ? 1e6 / meanMicros : 0 }

    /// Runs `body` for up to `warmup` iterations (within a quarter of `maxSeconds`), then times up
    /// to `iterations` runs, stopping once `maxSeconds` have passed (after at least three).
    static func measure(_ body: () -> Void, iterations: Int, warmup: Int, maxSeconds: Double) -> BenchStats {
        let warmDeadline = now() + UInt64(maxSeconds * 0.25 * 1e9)
        for _ in 0..<max(0, warmup) {
            body()
            if now() > warmDeadline { break }
        }
        var samples: [UInt64] = []
        samples.reserveCapacity(min(max(iterations, 0), 1 << 20))
        let deadline = now() + UInt64(maxSeconds * 1e9)
        var i = 0
        while i < iterations {
            let t0 = now()
            body()
            let t1 = now()
            samples.append(t1 - t0)
            if i >= 2 && t1 > deadline { break }
            i += 1
        }
        return BenchStats(samples: samples)
    }

    /// Statistics over nanosecond samples: percentiles picked as graphql-js' adapter picks them.
    init(samples: [UInt64]) {
        let sorted = samples.sorted()
        let n = sorted.count
        func pct(_ p: Double) -> Double {
            n == 0 ? 0 : Double(sorted[min(n - 1, Int(((Double(n - 1) * p)).rounded()))]) / 1000
        }
        iterations = n
        meanMicros = n == 0 ? 0 : Double(sorted.reduce(0, +)) / Double(n) / 1000
        p50Micros = pct(0.5)
        p90Micros = pct(0.9)
        p99Micros = pct(0.99)
        minMicros = pct(0)
    }

    /// Monotonic time in nanoseconds.
    @inline(__always)
    static func now() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }

    func write(to json: inout JSONWriter) {
        json.raw("{\"iterations\":")
        json.int(iterations)
        for (key, value) in [("ops_per_s", opsPerSecond), ("mean_us", meanMicros), ("p50_us", p50Micros),
                             ("p90_us", p90Micros), ("p99_us", p99Micros), ("min_us", minMicros)] {
            json.raw(UInt8(ascii: ","))
            json.string(key)
            json.raw(UInt8(ascii: ":"))
            json.bytes.append(contentsOf: String(format: "%.4f", value).utf8)
        }
        json.raw(UInt8(ascii: "}"))
    }
}
