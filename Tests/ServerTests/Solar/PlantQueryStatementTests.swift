import Foundation
import GraphQLEngine
import Storage
import Testing
@testable import Server

/// A nested plant query costs one statement per level, whatever the number of plants.
@Suite(.serialized) struct PlantQueryStatementTests {
    static let nested = """
        { plants(first: 10) { nodes { name
            sync { running coveredFrom }
            syncRuns(first: 5) { state plant { name } }
            report(from: "2025-01-01", to: "2025-01-02", granularity: DAY) { readings }
            readings(from: "2025-01-01", to: "2025-01-01") { timestamp } } } }
        """

    @Test("plants { sync syncRuns { plant } report readings } takes 6 statements for 1 plant and for 3")
    func statementsPerLevel() async throws {
        try await SolarTestServer.with(now: SolarOperations.date("2025-01-02T12:00:00Z"), workers: 0) { server, client in
            let token = try server.token("VIEWER")
            func cost(_ query: String) async throws -> (Int, GraphQLValue) {
                let before = server.postgres.statements.value
                let response = try await client.graphQL(query, token: token)
                return (server.postgres.statements.value - before, response)
            }
            let (baseline, _) = try await cost("{ __typename }")
            _ = try await SolarOperations.create("One", server: server, client: client)
            let (one, first) = try await cost(Self.nested)
            #expect(first.at("errors") == nil)
            #expect(first.at("data", "plants", "nodes", 0, "syncRuns", 0, "plant", "name") == .string("One"))
            _ = try await SolarOperations.create("Two", server: server, client: client)
            _ = try await SolarOperations.create("Three", server: server, client: client)
            let (three, response) = try await cost(Self.nested)
            guard case let .list(nodes)? = response.at("data", "plants", "nodes") else { throw SolarOperations.Unexpected(response: response) }
            #expect(nodes.count == 3)
            #expect(nodes.allSatisfy { $0.at("report") == .list([.object(["readings": .int(0)]), .object(["readings": .int(0)])]) })
            // plants page; sync states, runs, report and readings (one level); the runs' plants.
            #expect(one == baseline + 6)
            #expect(three == one)
        }
    }
}
