import Foundation
import GraphQLEngine
import HummingbirdTesting
import Resolvers
import Storage
import Testing
@testable import Server

/// Overlapping requests at the same moment, over real HTTP and real parallel transactions.
@Suite struct PileBookingConcurrencyTests {
    /// 20 requests of one user for one pile, each overlapping the others: exactly one holds
    /// (PAID, its fees held once), the other 19 are CONFLICT and hold nothing.
    @Test func twentyParallelOverlappingRequestsExactlyOneHolds() async throws {
        try await PilesTestServer.with(poolSize: 10) { server, client in
            let pile = try await server.pileGlobalID(1)
            let token = try server.token("3")
            let payloads = try await withThrowingTaskGroup(of: GraphQLValue?.self) { group in
                for i in 0..<20 {
                    group.addTask {
                        let start = TestClock.at("2016-08-08T09:00:00Z").addingTimeInterval(Double(i) * 60)
                        let response = try await client.graphQL(PileOps.request, variables: PileOps.requestInput(
                            pile: pile, start: start.formatted(Date.ISO8601FormatStyle(timeZone: .gmt)), end: start.addingTimeInterval(3600).formatted(Date.ISO8601FormatStyle(timeZone: .gmt))), token: token)
                        return response.at("data", "requestBooking")
                    }
                }
                var all: [GraphQLValue?] = []
                for try await payload in group { all.append(payload) }
                return all
            }
            let held = payloads.filter { $0?.at("booking", "status") == .string("PAID") }
            let refused = payloads.filter { $0?.at("userErrors", 0, "code") == .string("CONFLICT") }
            #expect(held.count == 1)
            #expect(refused.count == 19)
            let count = try await server.postgres.query("SELECT count(*) FROM bookings").scalar(Int.self)
            #expect(count == 1)
            // One booking's fees (100.00 + round(5 + 42) = 47.00, lin's friend price) are held, once.
            let wallet = try await client.graphQL("{ viewer { wallet { balance available entries { kind amount availableChange } } } }", token: token)
            #expect(wallet.at("data", "viewer", "wallet", "balance") == .string("500.00"))
            #expect(wallet.at("data", "viewer", "wallet", "available") == .string("353.00"))
        }
    }

    /// Different users may all hold PAID bookings for the same time; when the owner accepts them
    /// in parallel, exactly one is ACCEPTED and the others are CONFLICT.
    @Test func parallelAcceptsOfOverlappingBookingsExactlyOneWins() async throws {
        try await PilesTestServer.with(poolSize: 10) { server, client in
            let pile = try await server.pileGlobalID(1)
            var ids: [GraphQLValue] = []
            for user in ["3", "4", "1", "ADMIN", "DRIVER", "MERCHANT"] {
                if user == "DRIVER" || user == "MERCHANT" {
                    _ = try await client.graphQL(PileOps.topUp, variables: ["u": .string(server.users[user]!.globalID), "a": .string("500")], token: try server.token("ADMIN"))
                }
                let response = try await client.graphQL(PileOps.request, variables: PileOps.requestInput(
                    pile: pile, start: "2016-08-08T09:00:00Z", end: "2016-08-08T10:00:00Z"), token: try server.token(user))
                #expect(response.at("data", "requestBooking", "booking", "status") == .string("PAID"), "\(user): \(response)")
                if let id = response.at("data", "requestBooking", "booking", "id") { ids.append(id) }
            }
            let owner = try server.token("1")
            let answers = try await withThrowingTaskGroup(of: GraphQLValue?.self) { group in
                for id in ids {
                    group.addTask { try await client.graphQL(PileOps.respond, variables: ["id": id, "a": .bool(true)], token: owner).at("data", "respondToBooking") }
                }
                var all: [GraphQLValue?] = []
                for try await answer in group { all.append(answer) }
                return all
            }
            #expect(answers.filter { $0?.at("booking", "status") == .string("ACCEPTED") }.count == 1)
            #expect(answers.filter { $0?.at("userErrors", 0, "code") == .string("CONFLICT") }.count == ids.count - 1)
            let accepted = try await server.postgres.query("SELECT count(*) FROM bookings WHERE status = 'ACCEPTED'").scalar(Int.self)
            #expect(accepted == 1)
        }
    }
}
