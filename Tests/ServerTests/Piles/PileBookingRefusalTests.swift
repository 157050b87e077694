import Foundation
import GraphQLEngine
import HummingbirdTesting
import Resolvers
import Testing
@testable import Server

/// One test per refusal of DOMAIN.md section 5; each checks the full user error and that
/// nothing changed (no booking, wallet untouched). Sample users: 1 wei (MERCHANT, owns piles
/// 1-6), 3 lin (DRIVER), 4 zhao (DRIVER, owns piles 7-8); the clock is at 2016-08-01T00:00Z.
@Suite struct PileBookingRefusalTests {
    static let lin = "3", zhao = "4", wei = "1"

    func wallet(_ server: PilesTestServer, _ client: any TestClientProtocol, _ user: String) async throws -> GraphQLValue? {
        try await client.graphQL("{ viewer { wallet { balance available } bookings { id } } }", token: try server.token(user)).at("data", "viewer")
    }

    func request(_ client: any TestClientProtocol, _ server: PilesTestServer, pile: Int, _ start: String, _ end: String, as user: String) async throws -> GraphQLValue {
        let id = try await server.pileGlobalID(pile)
        let response = try await client.graphQL(PileOps.request, variables: PileOps.requestInput(pile: id, start: start, end: end), token: try server.token(user))
        return response.at("data", "requestBooking") ?? response
    }

    /// Requests and asserts exactly one user error, and that the booker's wallet and bookings did not change.
    func expectRefusal(_ server: PilesTestServer, _ client: any TestClientProtocol, pile: Int, _ start: String, _ end: String, as user: String,
                       _ expected: GraphQLValue, sourceLocation: Testing.SourceLocation = #_sourceLocation) async throws {
        let before = try await wallet(server, client, user)
        let payload = try await request(client, server, pile: pile, start, end, as: user)
        #expect(payload.at("booking") == .null, sourceLocation: sourceLocation)
        #expect(payload.at("userErrors") == .list([expected]), sourceLocation: sourceLocation)
        #expect(try await wallet(server, client, user) == before, sourceLocation: sourceLocation)
    }

    @Test func outsideOpeningHoursIsOutOfRange() async throws {
        try await PilesTestServer.with { server, client in
            try await expectRefusal(server, client, pile: 1, "2016-08-08T17:30:00Z", "2016-08-08T18:30:00Z", as: Self.lin, .object([
                "field": .list([.string("input"), .string("start")]),
                "message": .string("[2016-08-08T17:30:00Z, 2016-08-08T18:30:00Z] is not inside the opening hours 08:00–18:00 (UTC) of one day; book within them."),
                "code": .string("OUT_OF_RANGE"),
            ]))
            try await expectRefusal(server, client, pile: 1, "2016-08-08T07:00:00Z", "2016-08-08T09:00:00Z", as: Self.lin, .object([
                "field": .list([.string("input"), .string("start")]),
                "message": .string("[2016-08-08T07:00:00Z, 2016-08-08T09:00:00Z] is not inside the opening hours 08:00–18:00 (UTC) of one day; book within them."),
                "code": .string("OUT_OF_RANGE"),
            ]))
        }
    }

    @Test func startInThePastIsInvalid() async throws {
        try await PilesTestServer.with(start: TestClock.at("2016-08-08T09:30:00Z")) { server, client in
            try await expectRefusal(server, client, pile: 1, "2016-08-08T09:00:00Z", "2016-08-08T10:00:00Z", as: Self.lin, .object([
                "field": .list([.string("input"), .string("start")]),
                "message": .string("The start 2016-08-08T09:00:00Z is not in the future (now is 2016-08-08T09:30:00Z); book a later time."),
                "code": .string("INVALID"),
            ]))
        }
    }

    /// Against another user's ACCEPTED booking and against the same user's PAID one: closer than
    /// 30 minutes is a CONFLICT; exactly 30 minutes apart is allowed.
    @Test func overlapWithin30MinutesIsAConflict() async throws {
        try await PilesTestServer.with { server, client in
            let first = try await request(client, server, pile: 1, "2016-08-08T09:00:00Z", "2016-08-08T10:00:00Z", as: Self.lin)
            #expect(first.at("booking", "status") == .string("PAID"))
            let conflict: GraphQLValue = .object([
                "field": .list([.string("input"), .string("start")]),
                "message": .string("The pile is booked for [2016-08-08T09:00:00Z, 2016-08-08T10:00:00Z], less than 30 minutes from the requested time; choose a time at least 30 minutes apart."),
                "code": .string("CONFLICT"),
            ])
            // The same user's PAID booking blocks them.
            try await expectRefusal(server, client, pile: 1, "2016-08-08T10:29:00Z", "2016-08-08T11:00:00Z", as: Self.lin, conflict)
            // Another user's PAID booking does not block zhao (the owner picks) ...
            let other = try await request(client, server, pile: 1, "2016-08-08T10:00:00Z", "2016-08-08T10:30:00Z", as: Self.zhao)
            #expect(other.at("booking", "status") == .string("PAID"))
            #expect(try await client.graphQL(PileOps.cancel, variables: ["id": other.at("booking", "id")!], token: try server.token(Self.zhao))
                .at("data", "cancelBooking", "booking", "status") == .string("CANCELLED"))
            // ... but once accepted it blocks everyone.
            let accepted = try await client.graphQL(PileOps.respond, variables: ["id": first.at("booking", "id")!, "a": .bool(true)], token: try server.token(Self.wei))
            #expect(accepted.at("data", "respondToBooking", "booking", "status") == .string("ACCEPTED"))
            try await expectRefusal(server, client, pile: 1, "2016-08-08T08:00:00Z", "2016-08-08T08:31:00Z", as: Self.zhao, conflict)
            // Exactly 30 minutes apart, on both sides.
            let after = try await request(client, server, pile: 1, "2016-08-08T10:30:00Z", "2016-08-08T11:00:00Z", as: Self.zhao)
            #expect(after.at("userErrors") == .list([]))
            let before = try await request(client, server, pile: 1, "2016-08-08T08:00:00Z", "2016-08-08T08:30:00Z", as: Self.lin)
            #expect(before.at("userErrors") == .list([]))
        }
    }

    /// A VIEWER may not book; only the pile's owner answers; only the booker cancels and charges;
    /// a MERCHANT may not change another merchant's pile; anonymous callers must sign in.
    @Test func wrongRoleOrNotTheOwnerIsForbidden() async throws {
        try await PilesTestServer.with { server, client in
            let pile = try await server.pileGlobalID(1)
            let viewer = try await client.graphQL(PileOps.request, variables: PileOps.requestInput(pile: pile, start: "2016-08-08T09:00:00Z", end: "2016-08-08T10:00:00Z"),
                                                  token: try server.token("VIEWER"))
            #expect(viewer.at("errors", 0, "extensions", "code") == .string("FORBIDDEN"))
            #expect(viewer.at("errors", 0, "message") == .string("Your role VIEWER may not use Mutation.requestBooking; it needs DRIVER or MERCHANT."))
            let anonymous = try await client.graphQL(PileOps.request, variables: PileOps.requestInput(pile: pile, start: "2016-08-08T09:00:00Z", end: "2016-08-08T10:00:00Z"))
            #expect(anonymous.at("errors", 0, "extensions", "code") == .string("UNAUTHENTICATED"))

            let booked = try await request(client, server, pile: 1, "2016-08-08T09:00:00Z", "2016-08-08T10:00:00Z", as: Self.lin)
            let id = try #require(booked.at("booking", "id"))
            let notOwner = try await client.graphQL(PileOps.respond, variables: ["id": id, "a": .bool(true)], token: try server.token(Self.zhao))
            #expect(notOwner.at("errors", 0, "extensions", "code") == .string("FORBIDDEN"))
            #expect(notOwner.at("errors", 0, "message") == .string("Only the pile's owner (or an ADMIN) may use Mutation.respondToBooking on this pile."))
            let notBooker = try await client.graphQL(PileOps.cancel, variables: ["id": id], token: try server.token(Self.wei))
            #expect(notBooker.at("errors", 0, "extensions", "code") == .string("FORBIDDEN"))
            #expect(notBooker.at("errors", 0, "message") == .string("Only the user who made the booking (or an ADMIN) may use Mutation.cancelBooking on it."))
            let status = try await client.graphQL("query($id: ID!) { booking(id: $id) { status } }", variables: ["id": id], token: try server.token(Self.lin))
            #expect(status.at("data", "booking", "status") == .string("PAID"))

            let otherMerchant = try await client.graphQL("mutation($i: UpdateChargingPileInput!) { updateChargingPile(input: $i) { pile { name } userErrors { code } } }",
                                                         variables: ["i": .object(["id": .string(pile), "name": .string("Mine now")])], token: try server.token("MERCHANT"))
            #expect(otherMerchant.at("errors", 0, "extensions", "code") == .string("FORBIDDEN"))
            #expect(otherMerchant.at("errors", 0, "message") == .string("Only the pile's owner (or an ADMIN) may use Mutation.updateChargingPile on this pile."))
            let driverTopUp = try await client.graphQL(PileOps.topUp, variables: ["u": .string(server.users[Self.lin]!.globalID), "a": .string("5")], token: try server.token(Self.lin))
            #expect(driverTopUp.at("errors", 0, "extensions", "code") == .string("FORBIDDEN"))
            let othersWallet = try await client.graphQL("query($id: ID!) { node(id: $id) { ... on User { wallet { balance } } } }",
                                                        variables: ["id": .string(server.users[Self.lin]!.globalID)], token: try server.token(Self.zhao))
            #expect(othersWallet.at("errors", 0, "extensions", "code") == .string("FORBIDDEN"))
        }
    }

    @Test func cancelAfterChargingStartedIsAConflict() async throws {
        try await PilesTestServer.with { server, client in
            let booked = try await request(client, server, pile: 1, "2016-08-08T09:00:00Z", "2016-08-08T10:00:00Z", as: Self.lin)
            let id = try #require(booked.at("booking", "id"))
            _ = try await client.graphQL(PileOps.respond, variables: ["id": id, "a": .bool(true)], token: try server.token(Self.wei))
            server.clock.set(TestClock.at("2016-08-08T08:45:00Z"))
            let started = try await client.graphQL(PileOps.start, variables: ["id": id], token: try server.token(Self.lin))
            #expect(started.at("data", "startCharging", "booking", "status") == .string("CHARGING"))
            let before = try await wallet(server, client, Self.lin)
            let cancel = try await client.graphQL(PileOps.cancel, variables: ["id": id], token: try server.token(Self.lin))
            #expect(cancel.at("data", "cancelBooking", "booking") == .null)
            #expect(cancel.at("data", "cancelBooking", "userErrors") == .list([.object([
                "field": .list([.string("id")]),
                "message": .string("The booking is CHARGING, so it cannot be cancelled: only an UNPAID, PAID or ACCEPTED booking can be cancelled, before charging starts. Fetch the booking to see its status."),
                "code": .string("CONFLICT"),
            ])]))
            #expect(try await wallet(server, client, Self.lin) == before)
        }
    }

    @Test("charging starts only from 30 minutes before the start until the end",
          arguments: [("2016-08-08T08:29:59Z", "2016-08-08T08:30:00Z"), ("2016-08-08T10:00:01Z", "2016-08-08T08:30:00Z")])
    func startChargingOutsideTheWindowIsAConflict(now: String, opens: String) async throws {
        try await PilesTestServer.with { server, client in
            let booked = try await request(client, server, pile: 1, "2016-08-08T09:00:00Z", "2016-08-08T10:00:00Z", as: Self.lin)
            let id = try #require(booked.at("booking", "id"))
            _ = try await client.graphQL(PileOps.respond, variables: ["id": id, "a": .bool(true)], token: try server.token(Self.wei))
            server.clock.set(TestClock.at(now))
            let before = try await wallet(server, client, Self.lin)
            let started = try await client.graphQL(PileOps.start, variables: ["id": id], token: try server.token(Self.lin))
            #expect(started.at("data", "startCharging", "booking") == .null)
            let message = now > "2016-08-08T10:00:00Z"
                ? "The booking is OVERDUE, so charging cannot start: only an ACCEPTED booking can start charging. Fetch the booking to see its status."
                : "Charging can start from \(opens) until 2016-08-08T10:00:00Z; it is \(now)."
            #expect(started.at("data", "startCharging", "userErrors") == .list([.object([
                "field": .list([.string("bookingId")]), "message": .string(message), "code": .string("CONFLICT"),
            ])]))
            #expect(try await wallet(server, client, Self.lin) == before)
        }
    }

    /// Not enough money: the booking is UNPAID and nothing is held; the owner cannot accept it.
    @Test func withoutMoneyTheBookingStaysUnpaid() async throws {
        try await PilesTestServer.with { server, client in
            // 10 hours on pile 1 at the pile's prices: 400.00 + 517.00 > 500.00.
            let booked = try await request(client, server, pile: 1, "2016-08-08T08:00:00Z", "2016-08-08T18:00:00Z", as: Self.zhao)
            #expect(booked.at("booking", "status") == .string("UNPAID"))
            #expect(booked.at("booking", "appointmentFee") == .string("400.00"))
            #expect(booked.at("booking", "prepaidServiceFee") == .string("517.00"))
            #expect(try await wallet(server, client, Self.zhao)?.at("wallet") == .object(["balance": .string("500.00"), "available": .string("500.00")]))
            let accept = try await client.graphQL(PileOps.respond, variables: ["id": booked.at("booking", "id")!, "a": .bool(true)], token: try server.token(Self.wei))
            #expect(accept.at("data", "respondToBooking", "userErrors", 0, "code") == .string("CONFLICT"))
            #expect(accept.at("data", "respondToBooking", "userErrors", 0, "message") == .string(
                "The booking is UNPAID, so it cannot be accepted: only a PAID booking can be accepted. Fetch the booking to see its status."))
        }
    }
}
