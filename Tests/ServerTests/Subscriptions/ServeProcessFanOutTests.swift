import Foundation
import GraphQLEngine
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Resolvers
import Storage
import Testing
import TestSupport
@testable import Server

/// Two `energygraph serve` processes (the built executable) on one database and one Redis
/// namespace: a subscriber on either receives the events of mutations made on the other,
/// over WebSocket (graphql-transport-ws) and over Server-Sent Events. Both then stop cleanly on
/// SIGTERM, and their logs are JSON lines that carry the request ids.
@Suite(.serialized, .timeLimit(.minutes(3))) struct ServeProcessFanOutTests {
    @Test func eventsCrossBetweenTwoServeProcesses() async throws {
        let database = try await TestDatabase.create()
        let postgres = database.pool(size: 1)
        let users: [String: User]
        do {
            users = try await AccountsTestServer.seed(postgres)
        } catch {
            await postgres.shutdown()
            try? await database.drop()
            throw error
        }
        await postgres.shutdown()
        let namespace = TestServices.uniqueName("eg-procs")
        let environment = [
            "DATABASE_URL": database.url, "DATABASE_POOL_SIZE": "2", "REDIS_URL": TestServices.redisURL,
            "EVENT_NAMESPACE": namespace, "JWT_SECRET": String(repeating: "fan-out-secret-", count: 3),
            "AUTO_MIGRATE": "false", "EXPLORER": "false", "LOG_LEVEL": "info",
        ]
        let a = try await ServeProcess.start(environment: environment)
        let b: ServeProcess
        do { b = try await ServeProcess.start(environment: environment) } catch { _ = await a.stop(); throw error }
        var failure: (any Error)?
        do { try await Self.exchangeEvents(a: a, b: b, users: users, namespace: namespace) } catch { failure = error }
        let (endedA, endedB) = (await a.stop(), await b.stop())
        try? await database.drop()
        if let failure { throw failure }

        #expect(a.port != b.port)
        for (name, ended) in [("A", endedA), ("B", endedB)] {
            #expect(ended.exitCode == 0, "serve \(name) ended with status \(ended.status): \(ended.errorText.suffix(2000))")
            let entries = ended.errorText.split(separator: "\n").map { try? JSONReader.parse(String($0)) }
            #expect(!entries.isEmpty && entries.allSatisfy { entry in
                guard case let .object(o)? = entry else { return false }
                return ["timestamp", "level", "message", "requestID", "metadata"].allSatisfy { o[$0] != nil }
            }, "every log line of \(name) is a JSON object with timestamp, level, message, requestID, metadata")
            let request = entries.first { $0?.at("requestID") == .string("fan-out-\(name)") && $0?.at("message") == .string("request") }
            #expect(request??.at("metadata", "path") == .string("/graphql"), "\(name) logged the mutation with its request id")
            #expect(request??.at("metadata", "status") == .string("200"))
        }
    }

    /// WebSocket on B and SSE on A subscribe; a mutation on A reaches B's WebSocket and a
    /// mutation on B reaches A's event stream.
    static func exchangeEvents(a: ServeProcess, b: ServeProcess, users: [String: User], namespace: String) async throws {
        let login = try await post(port: a.port, #"mutation { login(email: "admin@example.com", password: "\#(AccountsTestServer.password)") { token } }"#)
        guard case let .string(admin)? = login.at("data", "login", "token") else {
            Issue.record("login failed: \(login)")
            return
        }
        let merchant = users["MERCHANT"]!, driver = users["DRIVER"]!
        let stream = try EventStreamTestClient(port: a.port, request: ServerSentEventsTests.post(
            #"{"query":"subscription($id: ID) { userUpdated(id: $id) { name } }","variables":{"id":"\#(driver.globalID)"}}"#,
            port: a.port, token: admin))
        var status = stream.status.makeAsyncIterator()
        #expect(await status.next() == 200)
        _ = try await TransportWSTestClient.run(port: b.port) { inbound, outbound in
            var messages = JSONMessages(inbound)
            try await outbound.write(.text(#"{"type":"connection_init","payload":{"token":"\#(admin)"}}"#))
            #expect(try await messages.next()?.at("type") == .string("connection_ack"))
            try await outbound.write(.text(GraphQLWebSocketTests.subscribe(
                "fan", "subscription($id: ID) { userUpdated(id: $id) { name } }", variables: #"{"id":"\#(merchant.globalID)"}"#)))
            try await waitForSubscribers(namespace: namespace, userIDs: [merchant.id, driver.id])

            let onA = try await post(port: a.port, GraphQLWebSocketTests.rename, variables: #"{"i":{"id":"\#(merchant.globalID)","name":"Renamed on A"}}"#,
                                     token: admin, requestID: "fan-out-A")
            #expect(onA.at("data", "updateUser", "user", "name") == .string("Renamed on A"))
            #expect(try await messages.next() == .object(["id": .string("fan"), "type": .string("next"), "payload": .object([
                "data": .object(["userUpdated": .object(["name": .string("Renamed on A")])]),
            ])]))

            let onB = try await post(port: b.port, GraphQLWebSocketTests.rename, variables: #"{"i":{"id":"\#(driver.globalID)","name":"Renamed on B"}}"#,
                                     token: admin, requestID: "fan-out-B")
            #expect(onB.at("data", "updateUser", "user", "name") == .string("Renamed on B"))
            var events = stream.events.makeAsyncIterator()
            let event = await events.next()
            #expect(event?.name == "next")
            #expect(try event.map { try JSONReader.parse($0.data) } == .object(["data": .object([
                "userUpdated": .object(["name": .string("Renamed on B")]),
            ])]))
            try await outbound.close(.normalClosure, reason: nil)
        }
        stream.disconnect()
    }

    /// Waits until each user's event channel has a subscriber in Redis (`PUBSUB NUMSUB`), so the
    /// mutations are published after the subscriptions are live.
    static func waitForSubscribers(namespace: String, userIDs: [Int64]) async throws {
        let redis = RedisClient(configuration: try TestServices.redisConfiguration(poolSize: 1))
        let channels = userIDs.map { RedisArgument("\(namespace):events:accounts.user.\($0)") }
        var live = false
        for _ in 0..<300 where !live {
            let reply = try? await redis.command(["PUBSUB", "NUMSUB"] + channels)
            if case let .array(items)? = reply, items.count == 2 * channels.count {
                live = stride(from: 1, to: items.count, by: 2).allSatisfy { if case let .integer(n) = items[$0] { n > 0 } else { false } }
            }
            if !live { try? await Task.sleep(for: .milliseconds(50)) }
        }
        await redis.shutdown()
        #expect(live, "the subscriptions did not reach Redis within 15 s")
    }

    /// POSTs a GraphQL request to 127.0.0.1:`port` and parses the JSON response.
    static func post(port: Int, _ query: String, variables: String = "{}", token: String? = nil, requestID: String? = nil) async throws -> GraphQLValue {
        var json = JSONWriter()
        json.raw("{\"query\":")
        json.string(query)
        json.raw(",\"variables\":")
        json.raw(bytes: Array(variables.utf8))
        json.raw(UInt8(ascii: "}"))
        var headers: HTTPFields = [.contentType: "application/json", .accept: "application/json"]
        if let token { headers[.authorization] = "Bearer " + token }
        if let requestID { headers[.xRequestID] = requestID }
        let fields = headers
        let body = ByteBuffer(bytes: json.bytes)
        let response = try await TestClient.withClient(host: "127.0.0.1", port: port) { client in
            try await client.execute(TestClient.Request("/graphql", method: .post, headers: fields, body: body))
        }
        return try JSONReader.parse(String(buffer: response.body ?? ByteBuffer()))
    }
}
