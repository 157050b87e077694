import Foundation
import GraphQLEngine
import HummingbirdTesting
import Resolvers
import Testing
import TestSupport

/// A nested meters query costs one SQL statement per edge and level, whether it spans one meter
/// or all of the seed meters.
@Suite(.serialized) struct MeterLoaderStatementTests {
    static let nested = """
        query($n: Int!) { meters(first: $n) { nodes { plantCode dataTypes { name units }
          readings(from: "2015-01-01T00:00:00Z", to: "2019-01-01T00:00:00Z", first: 3) { value }
          dailyAggregates(from: "2015-01-01", to: "2018-12-31") { count }
          files { rows median outliers(thresholdPercent: 30) { value } meters { serialNumber } } } } }
        """

    @Test func nestedMetersQueryCostsOneStatementPerLevel() async throws {
        try await MetersTestServer.with { server, client in
            for url in try MeterSeeds.files {
                _ = try await server.importFile(client, fileName: url.lastPathComponent, content: try String(contentsOf: url, encoding: .utf8))
            }
            // What any request costs before resolvers run (the bearer token's user).
            let baselineStart = server.postgres.statements.value
            _ = try await client.graphQL("{ __typename }", token: server.viewerToken)
            let baseline = server.postgres.statements.value - baselineStart
            var costs: [Int] = []
            for first in [1, 100] {
                let before = server.postgres.statements.value
                let response = try await client.graphQL(Self.nested, variables: ["n": .int(first)], token: server.viewerToken)
                costs.append(server.postgres.statements.value - before)
                #expect(response.at("errors") == nil, "\(response)")
                let meters = response.at("data", "meters", "nodes")?.list ?? []
                #expect(meters.count == (first == 1 ? 1 : 7))
                #expect(meters.allSatisfy { !($0.at("files")?.list.isEmpty ?? true) && !($0.at("dataTypes")?.list.isEmpty ?? true) })
            }
            // meters, dataTypes, readings, dailyAggregates, files, files.outliers, files.meters.
            #expect(costs == [baseline + 7, baseline + 7])
        }
    }
}
