import Foundation
import GraphQLEngine
import HummingbirdTesting
import Logging
import Storage
import Testing
import TestSupport
@testable import Server

/// Two server instances on one database and one Redis: an event published by one reaches a
/// subscriber connected to the other, through Redis pub/sub.
@Suite(.serialized, .timeLimit(.minutes(2))) struct EventFanOutTests {
    @Test func eventFromOneInstanceReachesASubscriberOnAnother() async throws {
        try await TestDatabase.with { postgres in
            let users = try await AccountsTestServer.seed(postgres)
            let redisA = RedisClient(configuration: try TestServices.redisConfiguration(poolSize: 2))
            let redisB = RedisClient(configuration: try TestServices.redisConfiguration(poolSize: 2))
            let namespace = TestServices.uniqueName("eg-fanout")
            let (appA, realtimeA) = try AccountsTestServer.application(postgres: postgres, redis: redisA, namespace: namespace)
            let (appB, realtimeB) = try AccountsTestServer.application(postgres: postgres, redis: redisB, namespace: namespace)
            let admin = try realtimeA.tokens.issue(userID: users["ADMIN"]!.id, now: Date().timeIntervalSince1970).token
            let merchantID = users["MERCHANT"]!.globalID
            try await appA.test(.live) { clientA in
                try await appB.test(.live) { clientB in
                    #expect(clientA.port != clientB.port)
                    _ = try await TransportWSTestClient.run(port: clientB.port!) { inbound, outbound in
                        var messages = JSONMessages(inbound)
                        try await outbound.write(.text(#"{"type":"connection_init","payload":{"token":"\#(admin)"}}"#))
                        #expect(try await messages.next()?.at("type") == .string("connection_ack"))
                        try await outbound.write(.text(GraphQLWebSocketTests.subscribe(
                            "fan", "subscription($id: ID) { userUpdated(id: $id) { name } }", variables: #"{"id":"\#(merchantID)"}"#)))
                        try await Task.sleep(for: .milliseconds(300))
                        let renamed = try await clientA.graphQL(GraphQLWebSocketTests.rename,
                                                                variables: ["i": .object(["id": .string(merchantID), "name": .string("Renamed on A")])],
                                                                token: admin)
                        #expect(renamed.at("data", "updateUser", "user", "name") == .string("Renamed on A"))
                        #expect(try await messages.next() == .object(["id": .string("fan"), "type": .string("next"), "payload": .object([
                            "data": .object(["userUpdated": .object(["name": .string("Renamed on A")])]),
                        ])]))
                        try await outbound.close(.normalClosure, reason: nil)
                    }
                }
            }
            await realtimeA.shutdown()
            await realtimeB.shutdown()
            await redisA.shutdown()
            await redisB.shutdown()
        }
    }
}
