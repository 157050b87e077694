import Foundation
import GraphQLEngine
import Testing
@testable import Server

/// GraphQL over Server-Sent Events ("distinct connections mode") against a live server.
@Suite(.serialized, .timeLimit(.minutes(2))) struct ServerSentEventsTests {
    static func post(_ body: String, port: Int, token: String?) -> String {
        var request = "POST /graphql HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nAccept: text/event-stream\r\n"
        request += "Content-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\n"
        if let token { request += "Authorization: Bearer \(token)\r\n" }
        return request + "\r\n" + body
    }

    @Test func subscriptionStreamsNextEvents() async throws {
        try await AccountsTestServer.with { server, client in
            let admin = try server.token("ADMIN")
            let driverID = server.users["DRIVER"]!.globalID
            let body = #"{"query":"subscription { userUpdated { id name } }"}"#
            let stream = try EventStreamTestClient(port: server.port, request: Self.post(body, port: server.port, token: admin))
            var status = stream.status.makeAsyncIterator()
            #expect(await status.next() == 200)
            try await Task.sleep(for: .milliseconds(300))
            var events = stream.events.makeAsyncIterator()
            for name in ["Over SSE", "Twice over SSE"] {
                _ = try await client.graphQL(GraphQLWebSocketTests.rename,
                                             variables: ["i": .object(["id": .string(driverID), "name": .string(name)])], token: admin)
                let event = await events.next()
                #expect(event?.name == "next")
                #expect(try event.map { try JSONReader.parse($0.data) } == .object(["data": .object([
                    "userUpdated": .object(["id": .string(driverID), "name": .string(name)]),
                ])]))
            }
            stream.disconnect()
        }
    }

    @Test func queryStreamsOneNextThenComplete() async throws {
        try await AccountsTestServer.with { server, _ in
            let token = try server.token("VIEWER")
            let stream = try EventStreamTestClient(port: server.port, request: Self.post(#"{"query":"{ viewer { email role } }"}"#, port: server.port, token: token))
            var collected: [EventStreamTestClient.Event] = []
            for await event in stream.events { collected.append(event) }
            #expect(collected == [
                .init(name: "next", data: #"{"data":{"viewer":{"email":"viewer@example.com","role":"VIEWER"}}}"#),
                .init(name: "complete", data: ""),
            ])
        }
    }

    @Test func refusedOperationsGet400WithErrors() async throws {
        try await AccountsTestServer.with { server, _ in
            let anonymous = try EventStreamTestClient(port: server.port,
                                                      request: Self.post(#"{"query":"subscription { userUpdated { id } }"}"#, port: server.port, token: nil))
            var status = anonymous.status.makeAsyncIterator()
            #expect(await status.next() == 400)
            let invalid = try EventStreamTestClient(port: server.port, request: Self.post(#"{"query":"{ nope }"}"#, port: server.port, token: nil))
            var invalidStatus = invalid.status.makeAsyncIterator()
            #expect(await invalidStatus.next() == 400)
            anonymous.disconnect()
            invalid.disconnect()
        }
    }
}
