import Foundation
import GraphQLEngine
import Hummingbird
import HummingbirdTesting
import Logging
import Resolvers
import Schema
import Storage
import TestSupport
@testable import Server

/// A live server on 127.0.0.1 with every domain, real JWT authentication and a fresh migrated
/// database seeded with one user per role (as ``AccountsTestServer``), taking request bodies up
/// to 8 MiB so that a 5 MB file reaches the importer.
struct MetersTestServer: Sendable {
    let postgres: PostgresPool
    let operatorToken: String
    let viewerToken: String

    static func with(_ body: @Sendable (MetersTestServer, any TestClientProtocol) async throws -> Void) async throws {
        try await TestDatabase.with { postgres in
            let users = try await AccountsTestServer.seed(postgres)
            let redis = RedisClient(configuration: try TestServices.redisConfiguration(poolSize: 2))
            let logger = Logger(label: "test")
            let realtime = RealtimeSetup(auth: AuthSettings(secret: AccountsTestServer.secret, tokenLifetime: .seconds(3600), bcryptCost: 4),
                                         postgres: postgres, redis: redis, eventNamespace: TestServices.uniqueName("eg-meters"), logger: logger)
            var limits = GraphQLLimits()
            limits.maxBodyBytes = 8 << 20
            let endpoint = GraphQLEndpoint(served: try ServedSchema.load(), limits: limits, postgres: postgres, redis: redis,
                                           authenticator: realtime.authenticator, explorerAssets: nil,
                                           services: realtime.services,
                                           remoteFiles: RemoteFilePolicy(maxBytes: 1 << 20, allowPrivateAddresses: true), logger: logger)
            let router = Router()
            endpoint.register(on: router)
            // The seed files by name, for imports by URL from this same server.
            let seeds = try Dictionary(uniqueKeysWithValues: MeterSeeds.files.map { ($0.lastPathComponent, try Data(contentsOf: $0)) })
            router.get("/seeds/:name") { _, context -> Response in
                guard let bytes = seeds[context.parameters.get("name") ?? ""] else { return Response(status: .notFound) }
                return Response(status: .ok, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
            }
            let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)), logger: logger)
            let now = Date().timeIntervalSince1970
            let server = MetersTestServer(postgres: postgres,
                                          operatorToken: try realtime.tokens.issue(userID: users["OPERATOR"]!.id, now: now).token,
                                          viewerToken: try realtime.tokens.issue(userID: users["VIEWER"]!.id, now: now).token)
            do {
                try await app.test(.live) { client in try await body(server, client) }
            } catch {
                await realtime.shutdown()
                await redis.shutdown()
                throw error
            }
            await realtime.shutdown()
            await redis.shutdown()
        }
    }

    static let importMutation = """
        mutation($i: ImportMeterFileInput!) { importMeterFile(input: $i) {
          file { id fileName kind sha256 rows median meters { meterPointCode serialNumber plantCode } }
          report { accepted rejected duplicate rejectedLines(first: 20) { line message content } }
          userErrors { field message code } } }
        """

    /// Imports `content` as `fileName` over HTTP as OPERATOR; returns `data.importMeterFile`.
    func importFile(_ client: any TestClientProtocol, fileName: String, content: String? = nil, url: String? = nil,
                    timeZone: String? = nil, kind: String? = nil) async throws -> GraphQLValue {
        var input: GraphQLObjectValue = ["fileName": .string(fileName)]
        if let content { input["content"] = .string(content) }
        if let url { input["url"] = .string(url) }
        if let timeZone { input["timeZone"] = .string(timeZone) }
        if let kind { input["kind"] = .string(kind) }
        let response = try await client.graphQL(Self.importMutation, variables: ["i": .object(input)], token: operatorToken)
        guard let payload = response.at("data", "importMeterFile"), response.at("errors") == nil else {
            throw TestFailure("importMeterFile failed: \(response)")
        }
        return payload
    }

    /// Row counts of every meters table, to show that something changed nothing.
    func tableCounts() async throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for table in ["meters", "meter_files", "meter_file_meters", "meter_readings", "meter_file_rows", "meter_daily_aggregates"] {
            counts[table] = try await postgres.query(SQL(unsafe: "SELECT count(*) FROM \(table)")).scalar(Int.self)
        }
        return counts
    }

    /// Every aggregate row, as text, to compare snapshots.
    func aggregateSnapshot() async throws -> [String] {
        try await postgres.query("""
            SELECT concat_ws('|', meter_id, day, data_type, units, reading_count, value_sum, value_min, value_max)
            FROM meter_daily_aggregates ORDER BY 1
            """).map { try $0.decode(String.self, at: 0) }
    }
}

/// A failed expectation that must stop the test.
struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

extension GraphQLValue {
    /// The number of a `Float` or `Int` value.
    var number: Double? {
        switch self {
        case let .double(value): value
        case let .int(value): Double(value)
        default: nil
        }
    }

    var list: [GraphQLValue] {
        if case let .list(items) = self { return items }
        return []
    }

    var text: String? {
        if case let .string(value) = self { return value }
        return nil
    }
}
