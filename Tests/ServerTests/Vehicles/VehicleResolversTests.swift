import GraphQLEngine
import Resolvers
import Storage
import Testing

/// The shared `Vehicle` type over HTTP: lookups by id, plate and VIN, `node`, and the errors.
@Suite("Vehicle lookups")
struct VehicleResolversTests {
    @Test func lookupByIdPlateVinAndNode() async throws {
        try await AccountsTestServer.with { server, client in
            let rows = try await server.postgres.query("""
                INSERT INTO vehicles (plate, vin) VALUES ('AB123CD', NULL), (NULL, 'WVWZZZ1JZXW000001'), ('XY999ZZ', 'VIN-2')
                RETURNING id
                """)
            let ids = try rows.map { Int64(try $0.decode(Int.self, at: 0)) }
            let token = try server.token("VIEWER")
            let byPlate = try await client.graphQL("{ vehicle(plate: \" AB123CD \") { id plate vin } }", token: token)
            #expect(byPlate.at("data", "vehicle", "id") == .string(GlobalID("Vehicle", ids[0]).encoded))
            #expect(byPlate.at("data", "vehicle", "vin") == .null)
            let byVIN = try await client.graphQL("{ vehicle(vin: \"WVWZZZ1JZXW000001\") { plate vin } }", token: token)
            #expect(byVIN.at("data", "vehicle", "plate") == .null)
            #expect(byVIN.at("data", "vehicle", "vin") == .string("WVWZZZ1JZXW000001"))
            let id = GlobalID("Vehicle", ids[2]).encoded
            let byID = try await client.graphQL("query($id: ID!) { vehicle(id: $id) { plate } node(id: $id) { ... on Vehicle { vin } } }",
                                                variables: ["id": .string(id)], token: token)
            #expect(byID.at("data", "vehicle", "plate") == .string("XY999ZZ"))
            #expect(byID.at("data", "node", "vin") == .string("VIN-2"))
            let missing = try await client.graphQL("{ vehicle(plate: \"NOPE\") { id } }", token: token)
            #expect(missing.at("data", "vehicle") == .null)
            #expect(missing.at("errors") == nil)
        }
    }

    @Test func exactlyOneIdentifierAndSignedInOnly() async throws {
        try await AccountsTestServer.with { server, client in
            let token = try server.token("VIEWER")
            let both = try await client.graphQL("{ vehicle(plate: \"A\", vin: \"B\") { id } }", token: token)
            #expect(both.at("errors", 0, "message") == .string("Give exactly one of \"id\", \"plate\" or \"vin\" to find a vehicle; got plate, vin."))
            #expect(both.at("errors", 0, "extensions", "code") == .string("BAD_USER_INPUT"))
            #expect(both.at("errors", 0, "path", 0) == .string("vehicle"))
            let none = try await client.graphQL("{ vehicle { id } }", token: token)
            #expect(none.at("errors", 0, "extensions", "code") == .string("BAD_USER_INPUT"))
            let foreign = try await client.graphQL("query($id: ID!) { vehicle(id: $id) { id } }",
                                                   variables: ["id": .string(server.users["ADMIN"]!.globalID)], token: token)
            #expect(foreign.at("errors", 0, "extensions", "code") == .string("BAD_USER_INPUT"))
            let anonymous = try await client.graphQL("{ vehicle(plate: \"A\") { id } }")
            #expect(anonymous.at("errors", 0, "extensions", "code") == .string("UNAUTHENTICATED"))
        }
    }
}
