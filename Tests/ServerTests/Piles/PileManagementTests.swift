import Foundation
import GraphQLEngine
import HummingbirdTesting
import Resolvers
import Storage
import Testing
@testable import Server

/// Creating, changing and soft-deleting piles; reading them, their owner and bookings; the
/// import's idempotence; statements per level of a nested query.
@Suite struct PileManagementTests {
    static let create = """
        mutation($i: CreateChargingPileInput!) { createChargingPile(input: $i) {
          pile { id serialNumber name location { latitude longitude } timeZone opensAt closesAt electricityFee serviceFee appointmentFee available owner { email } }
          userErrors { field message code } } }
        """
    static let update = "mutation($i: UpdateChargingPileInput!) { updateChargingPile(input: $i) { pile { name opensAt closesAt serviceFee available } userErrors { field message code } } }"
    static let delete = "mutation($id: ID!) { deleteChargingPile(id: $id) { deletedId userErrors { field message code } } }"

    static func input(_ changes: [String: GraphQLValue] = [:]) -> GraphQLObjectValue {
        var input: [String: GraphQLValue] = [
            "serialNumber": .string("SN-NEW"), "name": .string("Harbour 1"), "latitude": .double(31.23), "longitude": .double(121.49),
            "timeZone": .string("Asia/Shanghai"), "opensAt": .string("07:30"), "closesAt": .string("22:00"),
            "electricityFee": .string("1.25"), "serviceFee": .string("3"), "appointmentFee": .string("10.50"),
        ]
        for (key, value) in changes { input[key] = value }
        return ["i": .object(GraphQLObjectValue(input.sorted { $0.key < $1.key }.map { (key: $0.key, value: $0.value) }))]
    }

    @Test func aMerchantCreatesChangesAndDeletesTheirPile() async throws {
        try await PilesTestServer.with { server, client in
            let merchant = try server.token("MERCHANT")
            let created = try await client.graphQL(Self.create, variables: Self.input(), token: merchant)
            #expect(created.at("data", "createChargingPile", "userErrors") == .list([]))
            #expect(created.at("data", "createChargingPile", "pile", "owner", "email") == .string("merchant@example.com"))
            #expect(created.at("data", "createChargingPile", "pile", "electricityFee") == .string("1.25"))
            #expect(created.at("data", "createChargingPile", "pile", "serviceFee") == .string("3.00"))
            #expect(created.at("data", "createChargingPile", "pile", "opensAt") == .string("07:30"))
            #expect(created.at("data", "createChargingPile", "pile", "timeZone") == .string("Asia/Shanghai"))
            #expect(created.at("data", "createChargingPile", "pile", "location") == .object(["latitude": .double(31.23), "longitude": .double(121.49)]))
            let id = try #require(created.at("data", "createChargingPile", "pile", "id"))

            let again = try await client.graphQL(Self.create, variables: Self.input(["name": .string("Other")]), token: merchant)
            #expect(again.at("data", "createChargingPile", "userErrors") == .list([.object([
                "field": .list([.string("input"), .string("serialNumber")]),
                "message": .string("Another pile has this serial number; use the pile's own serial number."), "code": .string("INVALID"),
            ])]))
            let bad = try await client.graphQL(Self.create, variables: Self.input(["latitude": .double(91), "opensAt": .string("23:00"), "timeZone": .string("Mars/Base")]), token: merchant)
            #expect(bad.at("data", "createChargingPile", "userErrors") == .list([
                .object(["field": .list([.string("input"), .string("latitude")]), "message": .string("latitude 91.0 is outside -90.0…90.0."), "code": .string("OUT_OF_RANGE")]),
                .object(["field": .list([.string("input"), .string("timeZone")]), "message": .string("Mars/Base is not an IANA time zone name such as Europe/Paris or UTC."), "code": .string("INVALID")]),
            ]))
            let overnight = try await client.graphQL(Self.create, variables: Self.input(["serialNumber": .string("SN-X"), "name": .string("X"), "opensAt": .string("23:00")]), token: merchant)
            #expect(overnight.at("data", "createChargingPile", "userErrors", 0, "code") == .string("INVALID"))
            let driver = try await client.graphQL(Self.create, variables: Self.input(["serialNumber": .string("SN-D")]), token: try server.token("DRIVER"))
            #expect(driver.at("errors", 0, "extensions", "code") == .string("FORBIDDEN"))

            let updated = try await client.graphQL(Self.update, variables: ["i": .object(["id": id, "name": .string("Harbour 2"), "closesAt": .string("21:00"),
                                                                                          "serviceFee": .string("4.5"), "available": .bool(false)])], token: merchant)
            #expect(updated.at("data", "updateChargingPile") == .object([
                "pile": .object(["name": .string("Harbour 2"), "opensAt": .string("07:30"), "closesAt": .string("21:00"), "serviceFee": .string("4.50"), "available": .bool(false)]),
                "userErrors": .list([]),
            ]))

            let deleted = try await client.graphQL(Self.delete, variables: ["id": id], token: merchant)
            #expect(deleted.at("data", "deleteChargingPile") == .object(["deletedId": id, "userErrors": .list([])]))
            let gone = try await client.graphQL("query($id: ID!) { chargingPile(id: $id) { name } }", variables: ["id": id])
            #expect(gone.at("data", "chargingPile") == .null)
            let bySerial = try await client.graphQL("{ chargingPile(serialNumber: \"SN-NEW\") { name } }")
            #expect(bySerial.at("data", "chargingPile") == .null)
            // The serial number is free again.
            let recreated = try await client.graphQL(Self.create, variables: Self.input(), token: merchant)
            #expect(recreated.at("data", "createChargingPile", "userErrors") == .list([]))
        }
    }

    @Test func aPileWithOpenBookingsIsNotDeleted() async throws {
        try await PilesTestServer.with { server, client in
            let pile = try await server.pileGlobalID(1)
            _ = try await client.graphQL(PileOps.request, variables: PileOps.requestInput(pile: pile, start: "2016-08-08T09:00:00Z", end: "2016-08-08T10:00:00Z"),
                                         token: try server.token("3"))
            let refused = try await client.graphQL(Self.delete, variables: ["id": .string(pile)], token: try server.token("1"))
            #expect(refused.at("data", "deleteChargingPile") == .object(["deletedId": .null, "userErrors": .list([.object([
                "field": .list([.string("id")]), "message": .string("The pile has 1 open booking(s); decline or finish them before deleting it."), "code": .string("CONFLICT"),
            ])])]))
            let still = try await client.graphQL("{ chargingPile(serialNumber: \"SN1\") { name owner { email } } }")
            #expect(still.at("data", "chargingPile") == .object(["name": .string("PILE1"), "owner": .object(["email": .string("w@example.com")])]))
        }
    }

    /// The import of the sample: 9 piles (1 soft-deleted), users and wallets; a second run changes nothing.
    @Test func theImportIsIdempotent() async throws {
        try await PilesTestServer.with { server, _ in
            let counts = try await server.postgres.query("""
                SELECT (SELECT count(*) FROM charging_piles), (SELECT count(*) FROM charging_piles WHERE deleted_at IS NOT NULL),
                       (SELECT count(*) FROM wallet_entries), (SELECT count(*) FROM users), (SELECT count(*) FROM pile_friend_prices)
                """)[0]
            let before = try (0..<5).map { try counts.decode(Int.self, at: $0) }
            #expect(before == [9, 1, 6, 6 + 5, 1])  // 6 accounts test users + 5 sample users (admin@example.com is shared)
            let report = try await PileSeedImport(postgres: server.postgres).run(server.seed, passwordHash: "$2b$04$abcdefghijklmnopqrstuu", now: Date())
            #expect(report == PileImportReport())
            let after = try await server.postgres.query("""
                SELECT (SELECT count(*) FROM charging_piles), (SELECT count(*) FROM charging_piles WHERE deleted_at IS NOT NULL),
                       (SELECT count(*) FROM wallet_entries), (SELECT count(*) FROM users), (SELECT count(*) FROM pile_friend_prices)
                """)[0]
            #expect(try (0..<5).map { try after.decode(Int.self, at: $0) } == before)
        }
    }

    /// `users { piles { bookings { user pile } } wallet { entries { booking } } }`: one statement
    /// per level, however many users, piles and bookings.
    @Test func nestedQueriesCostOneStatementPerLevel() async throws {
        try await PilesTestServer.with { server, client in
            for (user, pile, start, end) in [("3", 1, "09:00", "10:00"), ("4", 2, "09:00", "10:00"), ("3", 3, "12:00", "13:00"), ("4", 1, "14:00", "15:00")] {
                let id = try await server.pileGlobalID(pile)
                let r = try await client.graphQL(PileOps.request, variables: PileOps.requestInput(pile: id, start: "2016-08-08T\(start):00Z", end: "2016-08-08T\(end):00Z"),
                                                 token: try server.token(user))
                #expect(r.at("data", "requestBooking", "booking", "status") == .string("PAID"), "\(r)")
            }
            let query = """
                { users(first: 100) { nodes { email piles { name bookings(from: "2016-08-01T00:00:00Z", to: "2016-08-31T00:00:00Z") { status user { email } pile { name } } }
                  wallet { balance entries { kind booking { status } } } } } }
                """
            let token = try server.token("ADMIN")
            let before = server.postgres.statements.value
            let response = try await client.graphQL(query, token: token)
            let used = server.postgres.statements.value - before
            #expect(response.at("errors") == nil)
            let baselineStart = server.postgres.statements.value
            _ = try await client.graphQL("{ users(first: 100) { nodes { email } } }", token: token)
            let baseline = server.postgres.statements.value - baselineStart
            // Beyond the token check and the users page: piles by owner, wallets, bookings by pile,
            // wallet entries, then the bookings' users, the bookings' piles and the entries' bookings.
            #expect(used - baseline == 7, "\(used) statements, \(baseline) for the users page alone")
        }
    }
}
