import Foundation
import GraphQLEngine
import HummingbirdTesting
import Logging
import Resolvers
import Storage
import Synchronization
import Testing
import TestSupport
@testable import Server

/// The `chargingStatus` hot path: answered from Redis with no SQL, written through on import
/// and removal, rebuilt at start-up, served from PostgreSQL while Redis is away, and healed
/// when it returns.
@Suite(.serialized, .timeLimit(.minutes(3))) struct ParkingHotPathTests {
    @Test func chargingStatusRunsNoSQL() async throws {
        try await ParkingTestServer.with { server, client in
            _ = try await server.importCSV(try await ParkingSeedFiles.text("vehicles.csv"), client: client)
            let before = server.postgres.statements.value
            for plate in ["YB074VD", "CV434BW", "SB223KE", "NOTPARKED", "ZM023RM"] {
                let status = try await server.status(plate, client: client)
                #expect(status == .null ? plate == "NOTPARKED" : status?.at("plate") == .string(plate))
            }
            #expect(server.postgres.statements.value == before)
        }
    }

    @Test func startUpRebuildsTheHotStatusFromPostgreSQL() async throws {
        try await ParkingTestServer.with { server, client in
            _ = try await server.importCSV("YB074VD,25,100,60\nTG038CP,7,100,90\n", client: client)
            _ = try await client.graphQL("mutation { removeVehicle(plate: \"TG038CP\") { chargeKwh } }", token: server.operatorToken)
            // Redis loses everything of this deployment.
            let prefix = server.namespace + ":parking:"
            try await server.redis.command("DEL", RedisArgument(prefix + "status:YB074VD"), RedisArgument(prefix + "status:TG038CP"),
                                           RedisArgument(prefix + "complete"))
            // A second instance starting up rebuilds it before serving.
            let restarted = ParkingServices(postgres: server.postgres, redis: server.redis, namespace: server.namespace,
                                            clock: server.clock, logger: Logger(label: "parking-test"))
            await restarted.start()
            defer { restarted.shutdown() }
            #expect(try await server.redis.command("GET", RedisArgument(prefix + "status:YB074VD")).string?.hasPrefix("P ") == true)
            #expect(try await server.redis.command("GET", RedisArgument(prefix + "status:TG038CP")).string?.hasPrefix("L ") == true)
            #expect(try await server.redis.command("GET", RedisArgument(prefix + "complete")).string == "1")
            let before = server.postgres.statements.value
            #expect(try await server.status("YB074VD", client: client)?.at("chargeKwh") == .int(25))
            #expect(try await server.status("TG038CP", client: client) == .null)
            #expect(server.postgres.statements.value == before)
        }
    }

    @Test func redisStoppedThenBackKeepsAnsweringAndHealsWithoutARestart() async throws {
        let first = try await ThrowawayRedis.start()
        let port = first.port
        let second = Mutex<ThrowawayRedis?>(nil)
        let redis = RedisClient(configuration: RedisConfiguration(port: port, poolSize: 4, commandTimeout: .milliseconds(500),
                                                                  connectTimeout: .milliseconds(500), acquireTimeout: .seconds(5)))
        do {
            try await ParkingTestServer.with(redis: redis) { server, client in
                _ = try await server.importCSV("YB074VD,25,100,60\nTG038CP,7,100,90\n", client: client)
                #expect(try await server.status("YB074VD", client: client)?.at("chargeKwh") == .int(25))

                await first.stop()
                server.clock.advance(toMs: ParkingTestServer.startMs + 3_600_000)
                // Reads fall back to PostgreSQL, writes still succeed.
                #expect(try await server.status("YB074VD", client: client)?.at("chargeKwh") == .int(36))
                let imported = try await server.importCSV("WB633GS,16,200,100\nTG038CP,50,100,90\n", client: client)
                #expect(imported.at("data", "importVehicles", "report", "accepted") == .int(2))
                let removed = try await client.graphQL("mutation { removeVehicle(plate: \"YB074VD\") { chargeKwh userErrors { code } } }",
                                                       token: server.operatorToken)
                #expect(removed.at("data", "removeVehicle") == .object(["chargeKwh": .int(36), "userErrors": .list([])]))
                #expect(try await server.status("YB074VD", client: client) == .null)
                #expect(try await server.status("WB633GS", client: client)?.at("chargeKwh") == .int(16))
                #expect(try await server.status("TG038CP", client: client)?.at("chargeKwh") == .int(50))
                #expect(server.parking.hot.isSuspect)

                // Redis comes back empty on the same port; the server heals it by itself.
                let restarted = try await ThrowawayRedis.start(port: port)
                second.withLock { $0 = restarted }
                let deadline = ContinuousClock.now + .seconds(15)
                while server.parking.hot.isSuspect, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(100)) }
                #expect(!server.parking.hot.isSuspect)
                let prefix = server.namespace + ":parking:"
                #expect(try await redis.command("GET", RedisArgument(prefix + "status:TG038CP")).string?.split(separator: " ")[4] == "50.0")
                #expect(try await redis.command("GET", RedisArgument(prefix + "status:YB074VD")).string?.hasPrefix("L ") == true)
                let before = server.postgres.statements.value
                #expect(try await server.status("YB074VD", client: client) == .null)
                #expect(try await server.status("WB633GS", client: client)?.at("chargeKwh") == .int(16))
                #expect(try await server.status("TG038CP", client: client)?.at("chargeKwh") == .int(50))
                #expect(server.postgres.statements.value == before)
            }
        } catch {
            await redis.shutdown()
            if let restarted = second.withLock({ $0 }) { await restarted.stop() } else { await first.stop() }
            throw error
        }
        await redis.shutdown()
        if let restarted = second.withLock({ $0 }) { await restarted.stop() }
    }

    @Test func redisFrozenThenThawedWithStaleEntriesHeals() async throws {
        let redisServer = try await ThrowawayRedis.start()
        let redis = RedisClient(configuration: RedisConfiguration(port: redisServer.port, poolSize: 4, commandTimeout: .milliseconds(300),
                                                                  connectTimeout: .milliseconds(300), acquireTimeout: .seconds(5)))
        do {
            try await ParkingTestServer.with(redis: redis) { server, client in
                _ = try await server.importCSV("YB074VD,25,100,60\n", client: client)
                redisServer.pause()
                _ = try await server.importCSV("YB074VD,55,100,60\n", client: client)  // Redis still holds 25 kWh
                #expect(try await server.status("YB074VD", client: client)?.at("chargeKwh") == .int(55))
                redisServer.resume()
                let deadline = ContinuousClock.now + .seconds(15)
                while server.parking.hot.isSuspect, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(100)) }
                let before = server.postgres.statements.value
                #expect(try await server.status("YB074VD", client: client)?.at("chargeKwh") == .int(55))
                #expect(server.postgres.statements.value == before)
            }
        } catch {
            await redis.shutdown()
            await redisServer.stop()
            throw error
        }
        await redis.shutdown()
        await redisServer.stop()
    }
}
