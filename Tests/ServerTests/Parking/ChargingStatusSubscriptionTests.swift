import Foundation
import GraphQLEngine
import HummingbirdTesting
import Logging
import Storage
import Testing
import TestSupport
@testable import Server

/// `Subscription.chargingStatus` over graphql-transport-ws: change events from another server
/// instance through Redis pub/sub, and the ready event at the scheduled instant of the clock.
@Suite(.serialized, .timeLimit(.minutes(2))) struct ChargingStatusSubscriptionTests {
    static let subscription = "subscription($p: String!) { chargingStatus(plate: $p) { plate state ready chargeKwh readyAt asOf } }"

    @Test func eventsOnImportAndRemovalFromAnotherInstanceAndOneAtTheMomentItBecomesReady() async throws {
        try await ParkingTestServer.with { server, clientA in
            // A second instance on the same database, Redis namespace and clock.
            let redisB = RedisClient(configuration: try TestServices.redisConfiguration(poolSize: 2))
            let (appB, realtimeB, parkingB) = try await ParkingTestServer.application(postgres: server.postgres, redis: redisB,
                                                                                   namespace: server.namespace, clock: server.clock)
            let t0 = ParkingTestServer.startMs
            // TG038CP: 7 → 90 kWh at 11 kW.
            let readyAt = t0 + Int64((83.0 / 11 * 3_600_000).rounded(.up))
            let token = server.operatorToken
            try await appB.test(.live) { clientB in
                _ = try await TransportWSTestClient.run(port: clientB.port!) { inbound, outbound in
                    var messages = JSONMessages(inbound)
                    try await outbound.write(.text(#"{"type":"connection_init","payload":{"token":"\#(token)"}}"#))
                    #expect(try await messages.next()?.at("type") == .string("connection_ack"))
                    try await outbound.write(.text(GraphQLWebSocketTests.subscribe("cs", Self.subscription, variables: #"{"p":"TG038CP"}"#)))
                    try await Task.sleep(for: .milliseconds(300))

                    _ = try await server.importCSV("YB074VD,25,100,60\nTG038CP,7,100,90\n", client: clientA)
                    let imported = try await messages.next()
                    #expect(imported?.at("payload", "data", "chargingStatus") == .object([
                        "plate": .string("TG038CP"), "state": .string("CHARGING"), "ready": .bool(false), "chargeKwh": .int(7),
                        "readyAt": .string(Self.text(readyAt)), "asOf": .string("2026-03-01T08:00:00Z"),
                    ]))

                    // The subscription sleeps on the clock until readyAt; nothing fires before.
                    let deadline = ContinuousClock.now + .seconds(5)
                    while server.clock.sleepers == 0, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(20)) }
                    server.clock.advance(toMs: readyAt - 1000)
                    try await Task.sleep(for: .milliseconds(200))
                    server.clock.advance(toMs: readyAt)
                    let ready = try await messages.next()
                    #expect(ready?.at("payload", "data", "chargingStatus") == .object([
                        "plate": .string("TG038CP"), "state": .string("READY"), "ready": .bool(true), "chargeKwh": .int(90),
                        "readyAt": .string(Self.text(readyAt)), "asOf": .string(Self.text(readyAt)),
                    ]))

                    server.clock.advance(toMs: readyAt + 60_000)
                    let removed = try await clientA.graphQL("mutation { removeVehicle(plate: \"TG038CP\") { chargeKwh } }", token: token)
                    #expect(removed.at("data", "removeVehicle", "chargeKwh") == .int(90))
                    let left = try await messages.next()
                    #expect(left?.at("payload", "data", "chargingStatus") == .object([
                        "plate": .string("TG038CP"), "state": .string("LEFT"), "ready": .bool(true), "chargeKwh": .int(90),
                        "readyAt": .string(Self.text(readyAt)), "asOf": .string(Self.text(readyAt + 60_000)),
                    ]))
                    try await outbound.close(.normalClosure, reason: nil)
                }
            }
            parkingB.shutdown()
            await realtimeB.shutdown()
            await redisB.shutdown()
        }
    }

    /// The `DateTime` text of an instant: whole seconds, or with milliseconds.
    static func text(_ ms: Int64) -> String {
        let date = Date(timeIntervalSince1970: Double(ms) / 1000)
        let style = ms % 1000 == 0 ? Date.ISO8601FormatStyle() : Date.ISO8601FormatStyle(includingFractionalSeconds: true)
        return date.formatted(style)
    }
}
