import Foundation
import GraphQLEngine
import HummingbirdTesting
import Resolvers
import Testing
@testable import Server

/// The sample's bookings made through the API and walked along their status paths, checking
/// the fees, and after every step the balances and available amounts of booker, owner and
/// platform against a model kept here, and that all balances plus the platform's commission add
/// up to the top-ups.
@Suite struct PileBookingFlowTests {
    /// What the test expects, computed here from DOMAIN.md's rules, independently of the server.
    struct Ledger {
        var balance: [String: Int] = [:]
        var available: [String: Int] = [:]
        var platform = 0
        var toppedUp = 0

        static func commission(_ cents: Int) -> Int { (cents * 2 + 50) / 100 }

        mutating func topUp(_ user: String, _ cents: Int) {
            balance[user, default: 0] += cents
            available[user, default: 0] += cents
            toppedUp += cents
        }

        mutating func pay(from booker: String, to owner: String, _ cents: Int) {
            balance[booker, default: 0] -= cents
            let fee = Self.commission(cents)
            balance[owner, default: 0] += cents - fee
            available[owner, default: 0] += cents - fee
            platform += fee
        }
    }

    /// "100" or "100.00" in cents.
    static func cents(_ text: String) -> Int { MinorUnits.parse(text)! }

    func check(_ ledger: Ledger, _ server: PilesTestServer, _ client: any TestClientProtocol, after step: String,
               sourceLocation: Testing.SourceLocation = #_sourceLocation) async throws {
        let response = try await client.graphQL(PileOps.wallets, token: try server.token("ADMIN"))
        guard case let .list(nodes)? = response.at("data", "users", "nodes") else {
            Issue.record("no users in \(response)", sourceLocation: sourceLocation)
            return
        }
        var total = 0
        for node in nodes {
            guard case let .string(email)? = node.at("email"), case let .string(balance)? = node.at("wallet", "balance"),
                  case let .string(available)? = node.at("wallet", "available") else { continue }
            total += Self.cents(balance)
            #expect(Self.cents(balance) == ledger.balance[email, default: 0], "\(step): balance of \(email)", sourceLocation: sourceLocation)
            #expect(Self.cents(available) == ledger.available[email, default: 0], "\(step): available of \(email)", sourceLocation: sourceLocation)
        }
        let platform = response.at("data", "platformWallet", "balance")
        #expect(platform == .string(MinorUnits.format(ledger.platform)), "\(step): platform", sourceLocation: sourceLocation)
        #expect(total + ledger.platform == ledger.toppedUp, "\(step): balances + commission = top-ups", sourceLocation: sourceLocation)
    }

    @Test func everySampleBookingWalksItsStatusPath() async throws {
        try await PilesTestServer.with { server, client in
            var ledger = Ledger()
            // The sample's opening balances are top-ups of 500.00 for users 1-6 (ADMIN is user 2).
            let email = { (key: String) -> String in server.users[key]!.email }
            for wallet in server.seed.wallets { ledger.topUp(email(String(wallet.userID)), Self.cents(wallet.balance)) }
            try await check(ledger, server, client, after: "import")
            // lin (3) and zhao (4) get more money so that every request is PAID.
            let admin = try server.token("ADMIN")
            for (user, amount) in [("3", "1000.00"), ("4", "500")] {
                let topUp = try await client.graphQL(PileOps.topUp, variables: ["u": .string(server.users[user]!.globalID), "a": .string(amount)], token: admin)
                #expect(topUp.at("data", "topUpWallet", "userErrors") == .list([]))
                ledger.topUp(email(user), Self.cents(amount))
                try await check(ledger, server, client, after: "top-up of \(user)")
            }

            // Every booking of the sample, requested at 2016-08-01: PAID with the expected fees.
            var ids: [Int: String] = [:]
            var fees: [Int: (appointment: Int, service: Int)] = [:]
            for book in server.seed.books {
                let pile = try await server.pileGlobalID(book.pileID)
                let response = try await client.graphQL(PileOps.request, variables: PileOps.requestInput(pile: pile, start: book.start + "Z", end: book.end + "Z"),
                                                        token: try server.token(String(book.userID)))
                #expect(response.at("data", "requestBooking", "userErrors") == .list([]), "booking \(book.id): \(response)")
                #expect(response.at("data", "requestBooking", "booking", "status") == .string("PAID"), "booking \(book.id)")
                #expect(response.at("data", "requestBooking", "booking", "appointmentFee") == .string(MinorUnits.format(Self.cents(book.expectedAppointmentFee))), "booking \(book.id)")
                #expect(response.at("data", "requestBooking", "booking", "prepaidServiceFee") == .string(MinorUnits.format(Self.cents(book.expectedPrepaidServiceFee))), "booking \(book.id)")
                #expect(response.at("data", "requestBooking", "booking", "start") == .string(book.start + "Z"))
                guard case let .string(id)? = response.at("data", "requestBooking", "booking", "id") else { continue }
                ids[book.id] = id
                let held = (Self.cents(book.expectedAppointmentFee), Self.cents(book.expectedPrepaidServiceFee))
                fees[book.id] = held
                ledger.available[email(String(book.userID)), default: 0] -= held.0 + held.1
                try await check(ledger, server, client, after: "request of booking \(book.id)")
            }
            // Sample user ids (for tokens) and emails (for the ledger) of a booking's owner and booker.
            let owner = { (book: Int) -> String in
                let pile = server.seed.books.first { $0.id == book }!.pileID
                return String(server.seed.piles.first { $0.id == pile }!.ownerID)
            }
            let booker = { (book: Int) -> String in String(server.seed.books.first { $0.id == book }!.userID) }
            let ownerEmail = { (book: Int) -> String in email(owner(book)) }
            let bookerEmail = { (book: Int) -> String in email(booker(book)) }

            func step(_ operation: String, _ book: Int, as user: String, accept: Bool? = nil, expect status: String, at time: String) async throws {
                server.clock.set(TestClock.at(time))
                var variables: GraphQLObjectValue = ["id": .string(ids[book]!)]
                if let accept { variables["a"] = .bool(accept) }
                let response = try await client.graphQL(operation, variables: variables, token: try server.token(user))
                guard case let .object(payload)? = response.at("data"), let result = payload.entries.first?.value else {
                    Issue.record("no payload: \(response)")
                    return
                }
                #expect(result.at("userErrors") == .list([]), "booking \(book): \(response)")
                #expect(result.at("booking", "status") == .string(status), "booking \(book): \(response)")
            }

            // 1: accepted, charged 09:00-10:00, completed at cost round(5 + 42 × 1) = 47.
            try await step(PileOps.respond, 1, as: owner(1), accept: true, expect: "ACCEPTED", at: "2016-08-02T10:00:00Z")
            ledger.pay(from: bookerEmail(1), to: ownerEmail(1), fees[1]!.appointment)
            try await check(ledger, server, client, after: "accept of 1")
            // 2: accepted (the sweep makes it OVERDUE once its end has passed, below).
            try await step(PileOps.respond, 2, as: owner(2), accept: true, expect: "ACCEPTED", at: "2016-08-02T10:01:00Z")
            ledger.pay(from: bookerEmail(2), to: ownerEmail(2), fees[2]!.appointment)
            try await check(ledger, server, client, after: "accept of 2")
            // 3 stays PAID. 4: declined, both holds released.
            try await step(PileOps.respond, 4, as: owner(4), accept: false, expect: "DECLINED", at: "2016-08-02T10:02:00Z")
            ledger.available[bookerEmail(4), default: 0] += fees[4]!.appointment + fees[4]!.service
            try await check(ledger, server, client, after: "decline of 4")
            // 5: cancelled by its booker, both holds released.
            try await step(PileOps.cancel, 5, as: booker(5), expect: "CANCELLED", at: "2016-08-02T10:03:00Z")
            ledger.available[bookerEmail(5), default: 0] += fees[5]!.appointment + fees[5]!.service
            try await check(ledger, server, client, after: "cancel of 5")
            // 6: the owner on their own pile (nothing to pay): accepted, then charging.
            try await step(PileOps.respond, 6, as: owner(6), accept: true, expect: "ACCEPTED", at: "2016-08-02T10:04:00Z")
            try await check(ledger, server, client, after: "accept of 6")
            // 8: accepted.
            try await step(PileOps.respond, 8, as: owner(8), accept: true, expect: "ACCEPTED", at: "2016-08-02T10:05:00Z")
            ledger.pay(from: bookerEmail(8), to: ownerEmail(8), fees[8]!.appointment)
            try await check(ledger, server, client, after: "accept of 8")

            try await step(PileOps.start, 1, as: booker(1), expect: "CHARGING", at: "2016-08-08T09:00:00Z")
            try await check(ledger, server, client, after: "start of 1")
            try await step(PileOps.stop, 1, as: booker(1), expect: "COMPLETED", at: "2016-08-08T10:00:00Z")
            let cost = Self.cents("47.00")
            ledger.available[bookerEmail(1), default: 0] += fees[1]!.service
            ledger.available[bookerEmail(1), default: 0] -= cost
            ledger.pay(from: bookerEmail(1), to: ownerEmail(1), cost)
            try await check(ledger, server, client, after: "stop of 1")
            let completed = try await client.graphQL("query($id: ID!) { booking(id: $id) { cost chargingStartedAt chargingStoppedAt } }",
                                                     variables: ["id": .string(ids[1]!)], token: try server.token(booker(1)))
            #expect(completed.at("data", "booking") == .object(["cost": .string("47.00"), "chargingStartedAt": .string("2016-08-08T09:00:00Z"),
                                                                "chargingStoppedAt": .string("2016-08-08T10:00:00Z")]))

            try await step(PileOps.start, 6, as: booker(6), expect: "CHARGING", at: "2016-08-09T08:00:00Z")
            try await check(ledger, server, client, after: "start of 6")

            // Past the end of 2 and 8 without charging: the sweep makes both OVERDUE and releases their service holds.
            server.clock.set(TestClock.at("2016-08-10T17:00:01Z"))
            let swept = try await OverdueSweep(postgres: server.postgres, interval: .seconds(60), now: { server.clock.now }, logger: .init(label: "test")).sweepOnce()
            #expect(swept == 2)
            for book in [2, 8] { ledger.available[bookerEmail(book), default: 0] += fees[book]!.service }
            try await check(ledger, server, client, after: "sweep")

            // Final statuses: the sample's, except 2 (its end passed: OVERDUE) and 7 (an owner on
            // their own pile has nothing to pay, so it is PAID, where the sample says NPAID).
            let expected: [Int: String] = [1: "COMPLETED", 2: "OVERDUE", 3: "PAID", 4: "DECLINED", 5: "CANCELLED", 6: "CHARGING", 7: "PAID", 8: "OVERDUE"]
            for (book, status) in expected {
                let response = try await client.graphQL("query($id: ID!) { booking(id: $id) { status } }", variables: ["id": .string(ids[book]!)], token: admin)
                #expect(response.at("data", "booking", "status") == .string(status), "booking \(book)")
            }
        }
    }

    /// The server's background sweep (every 100 ms here) marks an accepted booking OVERDUE once
    /// the clock passes its end, and releases its prepaid service hold.
    @Test func theBackgroundSweepMarksOverdueBookings() async throws {
        try await PilesTestServer.with(sweepInterval: .milliseconds(100)) { server, client in
            let pile = try await server.pileGlobalID(1)
            let booked = try await client.graphQL(PileOps.request, variables: PileOps.requestInput(pile: pile, start: "2016-08-08T09:00:00Z", end: "2016-08-08T10:00:00Z"),
                                                  token: try server.token("3"))
            let id = try #require(booked.at("data", "requestBooking", "booking", "id"))
            _ = try await client.graphQL(PileOps.respond, variables: ["id": id, "a": .bool(true)], token: try server.token("1"))
            let query = "query($id: ID!) { booking(id: $id) { status user { wallet { balance available } } } }"
            try await Task.sleep(for: .milliseconds(300))
            let stillAccepted = try await client.graphQL(query, variables: ["id": id], token: try server.token("3"))
            #expect(stillAccepted.at("data", "booking", "status") == .string("ACCEPTED"))
            #expect(stillAccepted.at("data", "booking", "user", "wallet") == .object(["balance": .string("400.00"), "available": .string("353.00")]))
            server.clock.set(TestClock.at("2016-08-08T10:00:01Z"))
            var status: GraphQLValue? = nil
            for _ in 0..<100 {
                let response = try await client.graphQL(query, variables: ["id": id], token: try server.token("3"))
                status = response.at("data", "booking", "status")
                if status == .string("OVERDUE") {
                    #expect(response.at("data", "booking", "user", "wallet") == .object(["balance": .string("400.00"), "available": .string("400.00")]))
                    break
                }
                try await Task.sleep(for: .milliseconds(50))
            }
            #expect(status == .string("OVERDUE"))
        }
    }
}
