import Foundation
import GraphQLEngine
import HummingbirdTesting
import Resolvers
import Testing
import TestSupport

/// All twelve seed files imported over HTTP, checked against values computed independently
/// from the CSV text (``MeterSeedOracle``): row counts, medians, outliers, daily aggregates of
/// every (meter, data type, day), both TOU layouts, and re-imports that change nothing.
@Suite(.serialized) struct MeterSeedImportTests {
    struct Seed {
        let name: String
        let text: String
        let lines: [MeterSeedOracle.Line]
    }

    static func seeds() throws -> [Seed] {
        try MeterSeeds.files.map { url in
            let text = try String(contentsOf: url, encoding: .utf8)
            return Seed(name: url.lastPathComponent, text: text, lines: MeterSeedOracle.lines(of: text))
        }
    }

    static let fileQuery = """
        query($id: ID!, $t: Float) { meterFile(id: $id) { rows median
          outliers { value } strict: outliers(thresholdPercent: $t) { value timestamp dataType } } }
        """

    @Test func importsEverySeedAsTheOracleReadsIt() async throws {
        let seeds = try Self.seeds()
        #expect(seeds.count == 12)
        try await MetersTestServer.with { server, client in
            var fileIDs: [String] = []
            for seed in seeds {
                let payload = try await server.importFile(client, fileName: seed.name, content: seed.text)
                #expect(payload.at("userErrors") == .list([]), "\(seed.name)")
                #expect(payload.at("report", "accepted") == .int(seed.lines.count), "\(seed.name)")
                #expect(payload.at("report", "rejected") == .int(0), "\(seed.name)")
                #expect(payload.at("report", "duplicate") == .bool(false), "\(seed.name)")
                #expect(payload.at("file", "rows") == .int(seed.lines.count), "\(seed.name)")
                #expect(payload.at("file", "kind") == .string(seed.name.hasPrefix("LP_") ? "LP" : "TOU"))
                #expect(payload.at("file", "fileName") == .string(seed.name))
                #expect(payload.at("file", "meters", 0, "plantCode") == .string(seed.lines.last!.plantCode))
                fileIDs.append(try #require(payload.at("file", "id")?.text))
            }
            // Medians and outliers per file, at the default 20 % and at 50 %.
            for (seed, id) in zip(seeds, fileIDs) {
                let values = seed.lines.map(\.value)
                let median = try #require(MeterSeedOracle.median(values))
                let response = try await client.graphQL(Self.fileQuery, variables: ["id": .string(id), "t": .double(50)], token: server.viewerToken)
                let file = try #require(response.at("data", "meterFile"))
                #expect(file.at("rows") == .int(values.count))
                #expect(abs((file.at("median")?.number ?? .nan) - median) <= 1e-9 * max(1, abs(median)), "\(seed.name)")
                #expect(file.at("outliers")?.list.count == MeterSeedOracle.outlierCount(values, median: median, thresholdPercent: 20), "\(seed.name)")
                #expect(file.at("strict")?.list.count == MeterSeedOracle.outlierCount(values, median: median, thresholdPercent: 50), "\(seed.name)")
            }
            try await Self.expectAggregates(server, client, seeds: seeds)
            // Every file again: a duplicate, nothing changed.
            let counts = try await server.tableCounts()
            let snapshot = try await server.aggregateSnapshot()
            for (seed, id) in zip(seeds, fileIDs) {
                let again = try await server.importFile(client, fileName: "again-" + seed.name, content: seed.text, kind: seed.name.hasPrefix("LP_") ? "LP" : "TOU")
                #expect(again.at("report", "duplicate") == .bool(true))
                #expect(again.at("report", "accepted") == .int(0))
                #expect(again.at("file", "id") == .string(id))
                #expect(again.at("file", "fileName") == .string(seed.name))
                #expect(again.at("userErrors") == .list([]))
            }
            #expect(try await server.tableCounts() == counts)
            #expect(try await server.aggregateSnapshot() == snapshot)
        }
    }

    static let aggregatesQuery = """
        { meters(first: 100) { totalCount nodes { meterPointCode serialNumber
          dailyAggregates(from: "2015-01-01", to: "2018-12-31") { date dataType units count min max avg } } } }
        """

    /// Every (meter, data type, units, day) group the oracle expects, and no other, with the same
    /// count, min, max and average.
    static func expectAggregates(_ server: MetersTestServer, _ client: any TestClientProtocol, seeds: [Seed]) async throws {
        let expected = MeterSeedOracle.aggregates(importing: seeds.map(\.lines))
        let response = try await client.graphQL(aggregatesQuery, token: server.viewerToken)
        let meters = try #require(response.at("data", "meters", "nodes")?.list, "\(response)")
        #expect(response.at("data", "meters", "totalCount") == .int(Set(seeds.flatMap { $0.lines.map(\.meter) }).count))
        var seen: Set<MeterSeedOracle.GroupKey> = []
        for meter in meters {
            let name = (meter.at("meterPointCode")?.text ?? "") + "|" + (meter.at("serialNumber")?.text ?? "")
            for row in meter.at("dailyAggregates")?.list ?? [] {
                let key = MeterSeedOracle.GroupKey(meter: name, dataType: row.at("dataType")?.text ?? "",
                                                   units: row.at("units")?.text ?? "", day: row.at("date")?.text ?? "")
                seen.insert(key)
                guard let want = expected[key] else {
                    Issue.record("unexpected aggregate \(key)")
                    continue
                }
                #expect(row.at("count") == .int(want.count), "\(key)")
                #expect(row.at("min")?.number == want.min && row.at("max")?.number == want.max, "\(key)")
                #expect(abs((row.at("avg")?.number ?? .nan) - want.average) <= 1e-9 * max(1, abs(want.average)), "\(key)")
            }
        }
        #expect(seen == Set(expected.keys))
        #expect(expected.count > 50)
    }

    @Test func readsBothTOULayouts() async throws {
        try await MetersTestServer.with { server, client in
            for seed in try Self.seeds() where seed.name.hasPrefix("TOU_214667141") {
                _ = try await server.importFile(client, fileName: seed.name, content: seed.text)
            }
            let response = try await client.graphQL("""
                { meter(meterPointCode: "214667141", serialNumber: "214667141") { plantCode dataTypes { name units }
                  files { fileName kind }
                  registers: readings(from: "2015-09-01T00:00:00Z", to: "2015-09-02T00:00:00Z", first: 2) {
                    timestamp dataType value units status period rate maximumDemand timeOfMaxDemand quality stream }
                  intervals: readings(from: "2018-09-11T00:00:00Z", to: "2018-09-12T00:00:00Z", dataType: "Import Wh Total", first: 2) {
                    timestamp dataType value units quality stream period rate maximumDemand } } }
                """, token: server.viewerToken)
            let meter = try #require(response.at("data", "meter"), "\(response)")
            #expect(meter.at("files") == .list([
                .object(["fileName": .string("TOU_214667141_20150901T040057.csv"), "kind": .string("TOU")]),
                .object(["fileName": .string("TOU_214667141_20180916T08441249.csv"), "kind": .string("TOU")]),
            ]))
            #expect(meter.at("plantCode") == .string("ED071500133"))
            #expect(meter.at("dataTypes")?.list.contains(.object(["name": .string("Export Wh Total"), "units": .string("kwh")])) == true)
            // 01/09/2015 00:00:00, Billing Total / Rate 1 sorts before Billing Total / Unified.
            #expect(meter.at("registers", 0) == .object([
                "timestamp": .string("2015-09-01T00:00:00Z"), "dataType": .string("Export Wh Total"), "value": .double(0.146),
                "units": .string("kwh"), "status": .string(".....R...."), "period": .string("Billing Total"), "rate": .string("Rate 1"),
                "maximumDemand": .double(0.008), "timeOfMaxDemand": .null, "quality": .null, "stream": .null,
            ]))
            #expect(meter.at("intervals", 0) == .object([
                "timestamp": .string("2018-09-11T00:00:00Z"), "dataType": .string("Import Wh Total"), "value": .double(180.5),
                "units": .string("kwh"), "quality": .string("A"), "stream": .string("B1"), "period": .null, "rate": .null,
                "maximumDemand": .null,
            ]))
            #expect(meter.at("intervals")?.list.count == 2)
        }
    }
}
