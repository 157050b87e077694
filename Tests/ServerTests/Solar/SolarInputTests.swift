import Foundation
import GraphQLEngine
import Resolvers
import Storage
import Testing
@testable import Server

/// Bad input: each a clear user error (field path, message, code) or field error, and nothing
/// stored; roles; concurrent creates with one name.
@Suite(.serialized) struct SolarInputTests {
    typealias Ops = SolarOperations

    /// Rows in the solar tables and jobs, to show a refusal stored nothing.
    static func counts(_ server: SolarTestServer) async throws -> [Int] {
        let rows = try await server.postgres.query("""
            SELECT (SELECT count(*) FROM plants) AS p, (SELECT count(*) FROM plant_sync_runs) AS r,
                   (SELECT count(*) FROM jobs) AS j, (SELECT count(*) FROM plant_readings) AS h
            """)
        return try ["p", "r", "j", "h"].map { try rows[0].decode(Int.self, column: $0) }
    }

    @Test("syncPlant refuses a reversed range, a range over the maximum, a future end and an unknown plant")
    func syncPlantRefusals() async throws {
        try await SolarTestServer.with(now: Ops.date("2025-01-02T12:00:00Z"), workers: 0) { server, client in
            let plantID = try await Ops.create("Refusals", server: server, client: client)
            let unknown = GlobalID("Plant", 987_654).encoded
            let before = try await Self.counts(server)
            let cases: [(String, String, String, GraphQLValue)] = [
                (plantID, "2024-02-01", "2024-01-31", Self.userError(["from"], "from (2024-02-01) is after to (2024-01-31); send from ≤ to (both days are included).", "INVALID")),
                (plantID, "2023-01-01", "2024-01-02", Self.userError(["to"], "The range covers 367 days; at most 366 can be synced at once. Split it into shorter ranges.", "OUT_OF_RANGE")),
                (plantID, "2025-01-01", "2025-01-03", Self.userError(["to"], "to (2025-01-03) is in the future; the monitoring service has data up to today (2025-01-02).", "INVALID")),
                (unknown, "2024-01-01", "2024-01-31", Self.userError(["id"], "No plant has id \(unknown); list plants to find the right id.", "NOT_FOUND")),
            ]
            for (id, from, to, expected) in cases {
                let response = try await client.graphQL(Ops.syncPlant, variables: ["id": .string(id), "from": .string(from), "to": .string(to)],
                                                        token: try server.token("OPERATOR"))
                #expect(response.at("data", "syncPlant", "run") == .null)
                #expect(response.at("data", "syncPlant", "userErrors") == .list([expected]))
            }
            #expect(try await Self.counts(server) == before)
        }
    }

    @Test("readings and report refuse a reversed or too long range with a field error")
    func queryRangeRefusals() async throws {
        try await SolarTestServer.with(now: Ops.date("2025-01-02T12:00:00Z"), workers: 0) { server, client in
            let plantID = try await Ops.create("Ranges", server: server, client: client)
            let token = try server.token("VIEWER")
            for query in [Ops.readings, Ops.report] {
                let reversed = try await client.graphQL(query, variables: ["id": .string(plantID), "from": .string("2024-03-02"), "to": .string("2024-03-01")], token: token)
                #expect(reversed.at("errors", 0, "message") == .string("Argument \"from\" (2024-03-02) is after \"to\" (2024-03-01); send from ≤ to (both days are included)."))
                #expect(reversed.at("errors", 0, "extensions", "code") == .string("BAD_USER_INPUT"))
                #expect(reversed.at("data", "plant") == .null)
                let long = try await client.graphQL(query, variables: ["id": .string(plantID), "from": .string("2020-01-01"), "to": .string("2024-03-01")], token: token)
                #expect(long.at("errors", 0, "message") == .string("The range covers 1522 days; at most 366 are allowed at once. Ask for a shorter range."))
                #expect(long.at("errors", 0, "extensions", "code") == .string("BAD_USER_INPUT"))
            }
            let badDate = try await client.graphQL(Ops.readings, variables: ["id": .string(plantID), "from": .string("2024-02-30"), "to": .string("2024-03-01")], token: token)
            #expect(badDate.at("errors", 0, "extensions", "code") == .string("BAD_USER_INPUT"))
            let unknown = try await client.graphQL(Ops.readings, variables: ["id": .string(GlobalID("Plant", 4242).encoded), "from": .string("2024-03-01"), "to": .string("2024-03-01")], token: token)
            #expect(unknown.at("data", "plant") == .null)
            #expect(unknown.at("errors") == nil)
        }
    }

    @Test("createPlant and updatePlant refuse empty and taken names (any case); unknown plants are NOT_FOUND")
    func plantRefusals() async throws {
        try await SolarTestServer.with(now: Ops.date("2025-01-02T12:00:00Z"), workers: 0) { server, client in
            let first = try await Ops.create("North Field", server: server, client: client)
            let second = try await Ops.create("South Field", server: server, client: client)
            let before = try await Self.counts(server)
            let op = try server.token("OPERATOR")
            let taken = Self.userError(["input", "name"], "A plant named \"north field\" already exists; choose another name.", "INVALID")
            let duplicate = try await client.graphQL(Ops.createPlant, variables: ["i": .object(["name": .string("  north field ")])], token: op)
            #expect(duplicate.at("data", "createPlant", "plant") == .null)
            #expect(duplicate.at("data", "createPlant", "userErrors") == .list([taken]))
            let empty = try await client.graphQL(Ops.createPlant, variables: ["i": .object(["name": .string("   ")])], token: op)
            #expect(empty.at("data", "createPlant", "userErrors") == .list([Self.userError(["input", "name"], "The plant name is empty; send a name.", "INVALID")]))
            let rename = try await client.graphQL(Ops.updatePlant, variables: ["i": .object(["id": .string(second), "name": .string("north field")])], token: op)
            #expect(rename.at("data", "updatePlant", "userErrors") == .list([taken]))
            let unknown = GlobalID("Plant", 555).encoded
            let missing = try await client.graphQL(Ops.updatePlant, variables: ["i": .object(["id": .string(unknown), "name": .string("X")])], token: op)
            #expect(missing.at("data", "updatePlant", "userErrors") == .list([Self.userError(["input", "id"], "No plant has id \(unknown); list plants to find the right id.", "NOT_FOUND")]))
            let delete = try await client.graphQL(Ops.deletePlant, variables: ["id": .string(unknown)], token: op)
            #expect(delete.at("data", "deletePlant", "deletedId") == .null)
            #expect(delete.at("data", "deletePlant", "userErrors") == .list([Self.userError(["id"], "No plant has id \(unknown); list plants to find the right id.", "NOT_FOUND")]))
            #expect(try await Self.counts(server) == before)
            let renamed = try await client.graphQL(Ops.updatePlant, variables: ["i": .object(["id": .string(first), "name": .string("North Field II")])], token: op)
            #expect(renamed.at("data", "updatePlant", "plant", "name") == .string("North Field II"))
        }
    }

    @Test("ten concurrent createPlant with one name store one plant")
    func concurrentCreates() async throws {
        try await SolarTestServer.with(now: Ops.date("2025-01-02T12:00:00Z"), workers: 0) { server, client in
            let op = try server.token("OPERATOR")
            let responses = try await withThrowingTaskGroup(of: GraphQLValue.self) { group in
                for _ in 0..<10 {
                    group.addTask { try await client.graphQL(Ops.createPlant, variables: ["i": .object(["name": .string("Race")])], token: op) }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(responses.filter { $0.at("data", "createPlant", "plant") != .null }.count == 1)
            #expect(responses.filter { $0.at("data", "createPlant", "userErrors", 0, "code") == .string("INVALID") }.count == 9)
            #expect(try await Self.counts(server).prefix(3) == [1, 1, 1])
        }
    }

    @Test("viewers may read but not change plants; anonymous callers may do neither")
    func roles() async throws {
        try await SolarTestServer.with(now: Ops.date("2025-01-02T12:00:00Z"), workers: 0) { server, client in
            let viewer = try await client.graphQL(Ops.createPlant, variables: ["i": .object(["name": .string("Nope")])], token: try server.token("VIEWER"))
            #expect(viewer.at("errors", 0, "extensions", "code") == .string("FORBIDDEN"))
            #expect(viewer.at("errors", 0, "message") == .string("Your role VIEWER may not use Mutation.createPlant; it needs OPERATOR."))
            let anonymous = try await client.graphQL("{ plants { totalCount } }")
            #expect(anonymous.at("errors", 0, "extensions", "code") == .string("UNAUTHENTICATED"))
            let read = try await client.graphQL("{ plants { totalCount } }", token: try server.token("VIEWER"))
            #expect(read.at("data", "plants", "totalCount") == .int(0))
        }
    }

    static func userError(_ field: [String], _ message: String, _ code: String) -> GraphQLValue {
        .object(["field": .list(field.map { .string($0) }), "message": .string(message), "code": .string(code)])
    }
}
