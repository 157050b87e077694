import Hummingbird
import HummingbirdTesting
import Logging
import Storage
import Testing
import TestSupport
@testable import Server

/// The live server on 127.0.0.1 against the real services.
@Suite struct HealthRoutesTests {
    @Test func healthAndReadyAnswerWhenTheServicesAreUp() async throws {
        try await TestDatabase.with { postgres in
            let redis = RedisClient(configuration: try TestServices.redisConfiguration())
            let app = try makeApp(postgres: postgres, redis: redis)
            try await app.test(.live) { client in
                try await client.execute(uri: "/health", method: .get) { response in
                    #expect(response.status == .ok)
                    #expect(String(buffer: response.body) == #"{"status":"ok"}"#)
                }
                try await client.execute(uri: "/ready", method: .get) { response in
                    #expect(response.status == .ok)
                    #expect(response.headers[.contentType] == "application/json")
                    #expect(String(buffer: response.body) == #"{"status":"ready","postgres":"ok","redis":"ok"}"#)
                }
            }
            await redis.shutdown()
        }
    }

    @Test func readyIsUnavailableWhenPostgresIsDownAndReportsRedis() async throws {
        let deadPort = ProcessRunner.freePort()
        let postgres = PostgresPool(configuration: PostgresConfiguration(url: "postgres://postgres@127.0.0.1:\(deadPort)/x", poolSize: 1))
        var redisConfiguration = RedisConfiguration(port: ProcessRunner.freePort(), poolSize: 1)
        redisConfiguration.connectTimeout = .milliseconds(500)
        let redis = RedisClient(configuration: redisConfiguration)
        let app = try makeApp(postgres: postgres, redis: redis)
        try await app.test(.live) { client in
            try await client.execute(uri: "/ready", method: .get) { response in
                #expect(response.status == .serviceUnavailable)
                #expect(String(buffer: response.body) == #"{"status":"unavailable","postgres":"down","redis":"down"}"#)
            }
        }
        await postgres.shutdown()
        await redis.shutdown()
    }

    private func makeApp(postgres: PostgresPool, redis: RedisClient) throws -> some ApplicationProtocol {
        let configuration = try ServerConfiguration(options: ["port": "0"], environment: [:])
        return buildApplication(configuration: configuration, postgres: postgres, redis: redis,
                                logger: Logger(label: "test"))
    }
}
