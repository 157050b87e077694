import Foundation
import Hummingbird
import HummingbirdTesting
import NIOPosix
import Testing
@testable import MonitoringSimulatorKit

/// The simulator over HTTP on 127.0.0.1: the service's shape, each failure mode, the counts.
struct MonitoringSimulatorTests {
    /// Runs `body` against a live simulator.
    static func with(_ options: SimulatorOptions, _ body: @Sendable (MonitoringSimulator, any TestClientProtocol) async throws -> Void) async throws {
        let simulator = MonitoringSimulator(options: options)
        try await simulator.application(port: 0).test(.live) { client in try await body(simulator, client) }
    }

    static func get(_ client: any TestClientProtocol, _ uri: String) async throws -> (status: Int, body: String) {
        try await client.execute(uri: uri, method: .get) { response in (response.status.code, String(buffer: response.body)) }
    }

    static func close(_ a: Double?, _ b: Double) -> Bool {
        guard let a else { return false }
        return abs(a - b) <= 1e-12 * max(1, abs(b))
    }

    static func records(_ body: String) throws -> [[String: Any]] {
        try #require(JSONSerialization.jsonObject(with: Data(body.utf8)) as? [[String: Any]])
    }

    @Test("an answer holds the hours of [from, to) with the value function's values, in the sample's shape")
    func answersLikeTheService() async throws {
        try await Self.with(SimulatorOptions()) { _, client in
            let (status, body) = try await Self.get(client, "/?plant-id=1&from=2022-10-25&to=2022-10-27")
            #expect(status == 200)
            let records = try Self.records(body)
            #expect(records.count == 48)
            #expect(records.first?["datetime"] as? String == "2022-10-25T00:00:00")
            #expect(records.last?["datetime"] as? String == "2022-10-26T23:00:00")
            let day = MonitoringDays.days(of: "2022-10-25")!
            for (index, record) in records.enumerated() {
                let expected = MonitoringValues.reading(plantID: 1, hourEpochSeconds: day * 86_400 + index * 3600)
                let e = try #require(record["expected"] as? [String: Double])
                let o = try #require(record["observed"] as? [String: Double])
                // Foundation's JSON parser may be off in the last digit; the server's reader is exact.
                #expect(Self.close(e["energy"], expected.energyExpected) && Self.close(e["irradiation"], expected.irradiationExpected))
                #expect(Self.close(o["energy"], expected.energyObserved) && Self.close(o["irradiation"], expected.irradiationObserved))
            }
            // The sample answer has the same keys.
            let path = try Self.seed("monitoring_ok_plant-1_2022-10-25_2022-10-27.json")
            let sample = try await NIOThreadPool.singleton.runIfActive { try String(contentsOfFile: path, encoding: .utf8) }
            let sampleKeys = try Self.records(sample).first.map { Set($0.keys) }
            #expect(sampleKeys == Set(records[0].keys))
        }
    }

    @Test("hours that have not ended are not answered; an empty or reversed range gives []")
    func onlyPastHours() async throws {
        let now = MonitoringDays.days(of: "2024-05-02")! * 86_400 + 10 * 3600 + 1800
        let simulator = MonitoringSimulator(options: SimulatorOptions(), now: { now })
        try await simulator.application(port: 0).test(.live) { client in
            let partial = try await Self.get(client, "/?plant-id=3&from=2024-05-01&to=2024-05-04").body
            #expect(try Self.records(partial).count == 34)
            let empty = try await Self.get(client, "/?plant-id=3&from=2024-05-04&to=2024-05-04").body
            #expect(empty == "[]")
            let reversed = try await Self.get(client, "/?plant-id=3&from=2024-05-05&to=2024-05-04").body
            #expect(reversed == "[]")
        }
    }

    @Test("each failure mode answers as the real service fails", arguments: SimulatorOptions.FailureMode.allCases)
    func failureModes(mode: SimulatorOptions.FailureMode) async throws {
        let options = SimulatorOptions(failureRate: 1, failureModes: [mode], slowDelay: .milliseconds(300))
        try await Self.with(options) { simulator, client in
            let started = ContinuousClock.now
            let (status, body) = try await Self.get(client, "/?plant-id=2&from=2024-01-01&to=2024-01-02")
            switch mode {
            case .errorObject:
                #expect(status == 200)
                #expect(body == #"{"error": "Service temporarily unavailable"}"#)
            case .serverError:
                #expect((500...599).contains(status))
            case .malformed:
                #expect(status == 200)
                let records = try Self.records(body)
                #expect(records.count == 24)
                let broken = records.filter { record in
                    guard let datetime = record["datetime"] as? String, datetime.count == 19,
                          let e = record["expected"] as? [String: Any], let o = record["observed"] as? [String: Any] else { return true }
                    return !(e["energy"] is Double && e["irradiation"] is Double && o["energy"] is Double && o["irradiation"] is Double)
                }
                #expect(broken.count >= 1)
                #expect(simulator.log.brokenRecords[2] == broken.count)
            case .slow:
                #expect(status == 200)
                #expect(try Self.records(body).count == 24)
                #expect(ContinuousClock.now - started >= .milliseconds(300))
            }
            #expect(simulator.log.byOutcome[mode.rawValue] == 1)
        }
    }

    @Test("bad parameters get 400 with an error object", arguments: [
        "/?from=2024-01-01&to=2024-01-02", "/?plant-id=x&from=2024-01-01&to=2024-01-02", "/?plant-id=1&from=2024-02-30&to=2024-03-01",
    ])
    func badRequests(uri: String) async throws {
        try await Self.with(SimulatorOptions()) { _, client in
            let (status, body) = try await Self.get(client, uri)
            #expect(status == 400)
            #expect(body.hasPrefix(#"{"error": "expected ?plant-id="#))
        }
    }

    @Test("requests are counted per query, readable and resettable over HTTP")
    func counts() async throws {
        try await Self.with(SimulatorOptions()) { simulator, client in
            for _ in 0..<3 { _ = try await Self.get(client, "/?plant-id=5&from=2024-01-01&to=2024-01-02") }
            _ = try await Self.get(client, "/?plant-id=6&from=2024-01-01&to=2024-01-03")
            let statsBody = try await Self.get(client, "/_simulator/stats").body
            let stats = try #require(try JSONSerialization.jsonObject(with: Data(statsBody.utf8)) as? [String: Any])
            #expect(stats["requests"] as? Int == 4)
            let queries = try #require(stats["queries"] as? [[String: Any]])
            #expect(queries.count == 2)
            #expect(queries.first?["plantId"] as? Int == 5 && queries.first?["requests"] as? Int == 3 && queries.first?["good"] as? Int == 3)
            #expect(simulator.log.byQuery[RequestLog.Query(plantID: 6, from: "2024-01-01", to: "2024-01-03")]?.requests == 1)
            let reset = try await client.execute(uri: "/_simulator/reset", method: .post) { $0.status.code }
            #expect(reset == 200)
            #expect(simulator.log.total == 0)
        }
    }

    /// A file of `shared/data/seeds/solar`, found beside an ancestor of this file (the repository's parent).
    static func seed(_ name: String) throws -> String {
        var dir = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
        while dir.path != "/" {
            let candidate = dir.appendingPathComponent("shared/data/seeds/solar/\(name)")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate.path }
            dir = dir.deletingLastPathComponent()
        }
        throw SeedMissing(name: name)
    }

    struct SeedMissing: Error {
        let name: String
    }
}
