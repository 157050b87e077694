import Foundation
import GraphQLEngine
import HummingbirdTesting
import Resolvers
import Storage
import Testing
@testable import Server

/// `chargingPilesNear` against distances computed here with the haversine formula.
@Suite struct PileGeoSearchTests {
    /// Haversine, written independently of the server's.
    static func haversineKm(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double) -> Double {
        let r = 6371.0088, rad = Double.pi / 180
        let dLat = (lat2 - lat1) * rad, dLon = (lon2 - lon1) * rad
        let h = sin(dLat / 2) * sin(dLat / 2) + cos(lat1 * rad) * cos(lat2 * rad) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * r * atan2(sqrt(h), sqrt(1 - h))
    }

    static let near = """
        query($lat: Float!, $lon: Float!, $r: Float, $from: DateTime, $to: DateTime, $first: Int, $after: String) {
          chargingPilesNear(latitude: $lat, longitude: $lon, radiusKm: $r, freeFrom: $from, freeTo: $to, first: $first, after: $after) {
            totalCount nodes { serialNumber distanceKm } pageInfo { hasNextPage endCursor } } }
        """

    @Test("nearest first within the radius, as computed here", arguments: [(31.2, 121.47, 5.0), (31.2, 121.47, 8.0), (31.21, 121.5, 20.0), (31.2, 121.47, 0.5)])
    func nearestFirst(latitude: Double, longitude: Double, radius: Double) async throws {
        try await PilesTestServer.with { server, client in
            let expected = server.seed.piles.filter { !$0.isDeleted }
                .map { ($0.serialNumber, Self.haversineKm(latitude, longitude, Double($0.latitude)!, Double($0.longitude)!)) }
                .filter { $0.1 <= radius }.sorted { $0.1 < $1.1 }
            let response = try await client.graphQL(Self.near, variables: ["lat": .double(latitude), "lon": .double(longitude), "r": .double(radius)])
            guard case let .list(nodes)? = response.at("data", "chargingPilesNear", "nodes") else {
                Issue.record("no nodes: \(response)")
                return
            }
            #expect(nodes.compactMap { $0.at("serialNumber") } == expected.map { .string($0.0) })
            for (node, (serial, distance)) in zip(nodes, expected) {
                guard case let .double(found)? = node.at("distanceKm") else { Issue.record("no distance for \(serial)"); continue }
                #expect(abs(found - distance) < 1e-6, "\(serial): \(found) vs \(distance)")
            }
            #expect(response.at("data", "chargingPilesNear", "totalCount") == .int(expected.count))
        }
    }

    @Test func pagesFollowTheCursor() async throws {
        try await PilesTestServer.with { server, client in
            var seen: [GraphQLValue] = []
            var after: GraphQLValue = .null
            repeat {
                let response = try await client.graphQL(Self.near, variables: ["lat": .double(31.2), "lon": .double(121.47), "r": .double(50), "first": .int(3), "after": after])
                guard case let .list(nodes)? = response.at("data", "chargingPilesNear", "nodes") else { Issue.record("\(response)"); return }
                seen += nodes.compactMap { $0.at("serialNumber") }
                after = response.at("data", "chargingPilesNear", "pageInfo", "hasNextPage") == .bool(true)
                    ? response.at("data", "chargingPilesNear", "pageInfo", "endCursor") ?? .null : .null
            } while after != .null
            let expected = server.seed.piles.filter { !$0.isDeleted }
                .sorted { Self.haversineKm(31.2, 121.47, Double($0.latitude)!, Double($0.longitude)!) < Self.haversineKm(31.2, 121.47, Double($1.latitude)!, Double($1.longitude)!) }
            #expect(seen == expected.map { .string($0.serialNumber) })
        }
    }

    /// free: a pile with an ACCEPTED booking within 30 minutes of the window is left out.
    @Test func freeFilterLeavesOutPilesBookedAroundTheWindow() async throws {
        try await PilesTestServer.with { server, client in
            let pile = try await server.pileGlobalID(1)
            let booked = try await client.graphQL(PileOps.request, variables: PileOps.requestInput(pile: pile, start: "2016-08-08T09:00:00Z", end: "2016-08-08T10:00:00Z"),
                                                  token: try server.token("3"))
            let id = try #require(booked.at("data", "requestBooking", "booking", "id"))
            func serials(_ from: String, _ to: String) async throws -> [GraphQLValue] {
                let response = try await client.graphQL(Self.near, variables: ["lat": .double(31.2163033073026), "lon": .double(121.547354443251), "r": .double(1),
                                                                                "from": .string(from), "to": .string(to)])
                guard case let .list(nodes)? = response.at("data", "chargingPilesNear", "nodes") else { return [] }
                return nodes.compactMap { $0.at("serialNumber") }
            }
            // PAID is not yet a reservation of the pile.
            #expect(try await serials("2016-08-08T09:30:00Z", "2016-08-08T10:30:00Z") == [.string("SN1")])
            _ = try await client.graphQL(PileOps.respond, variables: ["id": id, "a": .bool(true)], token: try server.token("1"))
            #expect(try await serials("2016-08-08T09:30:00Z", "2016-08-08T10:30:00Z") == [])
            #expect(try await serials("2016-08-08T10:29:00Z", "2016-08-08T11:00:00Z") == [])
            #expect(try await serials("2016-08-08T10:30:00Z", "2016-08-08T11:00:00Z") == [.string("SN1")])
            #expect(try await serials("2016-08-09T09:00:00Z", "2016-08-09T10:00:00Z") == [.string("SN1")])
        }
    }

    @Test func badArgumentsAreBadUserInput() async throws {
        try await PilesTestServer.with { _, client in
            let north = try await client.graphQL(Self.near, variables: ["lat": .double(90.5), "lon": .double(0)])
            #expect(north.at("errors", 0, "message") == .string("Argument \"latitude\" must be from -90 to 90."))
            #expect(north.at("errors", 0, "extensions", "code") == .string("BAD_USER_INPUT"))
            let radius = try await client.graphQL(Self.near, variables: ["lat": .double(31), "lon": .double(121), "r": .double(0)])
            #expect(radius.at("errors", 0, "message") == .string("Argument \"radiusKm\" must be above 0 and at most 1000."))
            let half = try await client.graphQL(Self.near, variables: ["lat": .double(31), "lon": .double(121), "from": .string("2016-08-08T09:00:00Z")])
            #expect(half.at("errors", 0, "message") == .string("Give both freeFrom and freeTo, or neither."))
        }
    }

    /// With 20,000 piles the search reads the (latitude, longitude) index, not every pile.
    @Test func theSearchIsAnsweredByTheIndex() async throws {
        try await PilesTestServer.with { server, _ in
            let owner = Int(server.users["1"]!.id)
            try await server.postgres.execute("""
                INSERT INTO charging_piles (serial_number, name, latitude, longitude, owner_id, opens_at, closes_at,
                    electricity_fee_minor, service_fee_minor, appointment_fee_minor, created_at, updated_at)
                SELECT 'X' || g, 'X' || g, -60 + (g % 1200) * 0.1, -180 + (g / 1200) * 21.0 + (g % 7), \(owner), '08:00', '18:00', 1, 1, 1, now(), now()
                FROM generate_series(1, 20000) g
                """)
            try await server.postgres.execute("ANALYZE charging_piles")
            let search = PileRepository.NearSearch(latitude: 31.2, longitude: 121.47, radiusKm: 5)
            let plan = try await server.postgres.query("EXPLAIN " + PileRepository.nearSQL(search, offset: 0, limit: 51))
                .map { try $0.decode(String.self, at: 0) }.joined(separator: "\n")
            #expect(plan.contains("charging_piles_geo_idx"), "\(plan)")
            #expect(!plan.contains("Seq Scan"), "\(plan)")
        }
    }
}
