import Foundation
import GraphQLEngine
import HummingbirdTesting
import HummingbirdWSClient
import Resolvers
import Testing
@testable import Server

/// graphql-transport-ws against a live server: events, completion, and the protocol's close codes.
@Suite(.serialized, .timeLimit(.minutes(2))) struct GraphQLWebSocketTests {
    static let rename = "mutation($i: UpdateUserInput!) { updateUser(input: $i) { user { name } userErrors { message } } }"

    static func subscribe(_ id: String, _ query: String, variables: String = "{}") -> String {
        var json = JSONWriter()
        json.raw("{\"id\":")
        json.string(id)
        json.raw(",\"type\":\"subscribe\",\"payload\":{\"query\":")
        json.string(query)
        json.raw(",\"variables\":")
        json.raw(bytes: Array(variables.utf8))
        json.raw("}}")
        return json.text
    }

    @Test func subscriptionReceivesEventsAndCompletesCleanly() async throws {
        try await AccountsTestServer.with { server, client in
            let admin = try server.token("ADMIN")
            let viewerID = server.users["VIEWER"]!.globalID
            let close = try await TransportWSTestClient.run(port: server.port) { inbound, outbound in
                var messages = JSONMessages(inbound)
                try await outbound.write(.text(#"{"type":"connection_init","payload":{"Authorization":"Bearer \#(admin)"}}"#))
                #expect(try await messages.next() == .object(["type": .string("connection_ack")]))
                try await outbound.write(.text(#"{"type":"ping"}"#))
                #expect(try await messages.next() == .object(["type": .string("pong")]))
                try await outbound.write(.text(Self.subscribe("s1", "subscription($id: ID) { userUpdated(id: $id) { id name } }",
                                                              variables: #"{"id":"\#(viewerID)"}"#)))
                try await Task.sleep(for: .milliseconds(300))
                for name in ["First name", "Second name"] {
                    let renamed = try await client.graphQL(Self.rename, variables: ["i": .object(["id": .string(viewerID), "name": .string(name)])], token: admin)
                    #expect(renamed.at("data", "updateUser", "user", "name") == .string(name))
                    let event = try await messages.next()
                    #expect(event == .object(["id": .string("s1"), "type": .string("next"), "payload": .object([
                        "data": .object(["userUpdated": .object(["id": .string(viewerID), "name": .string(name)])]),
                    ])]))
                }
                // The client completes the subscription; the id is free again, and a query over the
                // same connection answers with next, then complete.
                try await outbound.write(.text(#"{"id":"s1","type":"complete"}"#))
                try await outbound.write(.text(Self.subscribe("s1", "{ viewer { email } }")))
                #expect(try await messages.next() == .object(["id": .string("s1"), "type": .string("next"), "payload": .object([
                    "data": .object(["viewer": .object(["email": .string("admin@example.com")])]),
                ])]))
                #expect(try await messages.next() == .object(["id": .string("s1"), "type": .string("complete")]))
                // A refused operation gets error, not next.
                try await outbound.write(.text(Self.subscribe("s2", "{ nope }")))
                let refused = try await messages.next()
                #expect(refused?.at("type") == .string("error"))
                #expect(refused?.at("payload", 0, "message") == .string(#"Cannot query field "nope" on type "Query". Did you mean "node" or "nodes"?"#))
                try await outbound.close(.normalClosure, reason: nil)
            }
            #expect(close?.closeCode == .normalClosure)
        }
    }

    @Test func subscriptionAccessIsCheckedBeforeTheStreamStarts() async throws {
        try await AccountsTestServer.with { server, _ in
            let viewerToken = try server.token("VIEWER")
            let adminID = server.users["ADMIN"]!.globalID
            _ = try await TransportWSTestClient.run(port: server.port) { inbound, outbound in
                var messages = JSONMessages(inbound)
                try await outbound.write(.text(#"{"type":"connection_init","payload":{"token":"\#(viewerToken)"}}"#))
                #expect(try await messages.next()?.at("type") == .string("connection_ack"))
                try await outbound.write(.text(Self.subscribe("a", "subscription { userUpdated(id: \"\(adminID)\") { name } }")))
                let denied = try await messages.next()
                #expect(denied?.at("type") == .string("error"))
                #expect(denied?.at("payload", 0, "extensions", "code") == .string("FORBIDDEN"))
                try await outbound.close(.normalClosure, reason: nil)
            }
        }
    }

    @Test("protocol violations close with the protocol's codes", arguments: [
        ("subscribe before connection_init", [subscribe("x", "{ viewer { id } }")], UInt16(4401)),
        ("duplicate id", [#"{"type":"connection_init"}"#, subscribe("x", "subscription { userUpdated { id } }"),
                          subscribe("x", "subscription { userUpdated { id } }")], 4409),
        ("second connection_init", [#"{"type":"connection_init"}"#, #"{"type":"connection_init"}"#], 4429),
        ("not JSON", ["{oops"], 4400),
        ("unknown type", [#"{"type":"hello"}"#], 4400),
        ("subscribe without a query", [#"{"type":"connection_init"}"#, #"{"id":"1","type":"subscribe","payload":{}}"#], 4400),
        ("refused credentials", [#"{"type":"connection_init","payload":{"token":"forged.token.here"}}"#], 4403),
    ] as [(String, [String], UInt16)])
    func protocolViolations(name: String, messages: [String], code: UInt16) async throws {
        try await AccountsTestServer.with { server, _ in
            let token = try server.token("ADMIN")
            let close = try await TransportWSTestClient.run(port: server.port, authorization: "Bearer " + token) { inbound, outbound in
                var replies = JSONMessages(inbound)
                for message in messages { try await outbound.write(.text(message)) }
                while try await replies.next() != nil {}
            }
            #expect(close?.closeCode == .unknown(code), "\(name)")
        }
    }

    @Test func connectionInitTimeoutCloses4408() async throws {
        try await AccountsTestServer.with(initTimeout: .milliseconds(300)) { server, _ in
            let started = ContinuousClock.now
            let close = try await TransportWSTestClient.run(port: server.port) { inbound, _ in
                var replies = JSONMessages(inbound)
                while try await replies.next() != nil {}
            }
            #expect(close?.closeCode == .unknown(4408))
            #expect(close?.reason == "Connection initialisation timeout")
            #expect(ContinuousClock.now - started < .seconds(5))
        }
    }

    @Test func withoutTheSubprotocolCloses4406() async throws {
        try await AccountsTestServer.with { server, _ in
            let close = try await TransportWSTestClient.run(port: server.port, subprotocol: nil) { inbound, _ in
                var replies = JSONMessages(inbound)
                while try await replies.next() != nil {}
            }
            #expect(close?.closeCode == .unknown(4406))
        }
    }
}
