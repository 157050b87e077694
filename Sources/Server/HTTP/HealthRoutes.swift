import Hummingbird
import Logging
import Storage

/// `/health` (the process answers) and `/ready` (PostgreSQL and Redis answer).
struct HealthRoutes: Sendable {
    let postgres: PostgresPool
    let redis: RedisClient

    func register(on router: Router<BasicRequestContext>) {
        router.get("health") { _, _ in
            Self.json(.ok, #"{"status":"ok"}"#)
        }
        router.get("ready") { _, context in
            await ready(logger: context.logger)
        }
    }

    /// 200 when PostgreSQL answers. Redis being down is reported but does not make the server
    /// unready, since reads fall back to PostgreSQL.
    func ready(logger: Logger) async -> Response {
        async let postgresOK = check("postgres", logger: logger) { try await postgres.ping() }
        async let redisOK = check("redis", logger: logger) { try await redis.ping() }
        let (database, cache) = await (postgresOK, redisOK)
        let body = #"{"status":"\#(database ? "ready" : "unavailable")","postgres":"\#(database ? "ok" : "down")","redis":"\#(cache ? "ok" : "down")"}"#
        return Self.json(database ? .ok : .serviceUnavailable, body)
    }

    private func check(_ name: String, logger: Logger, _ ping: () async throws -> Void) async -> Bool {
        do {
            try await ping()
            return true
        } catch {
            logger.warning("readiness check failed", metadata: ["service": "\(name)", "error": "\(String(reflecting: error))"])
            return false
        }
    }

    private static func json(_ status: HTTPResponse.Status, _ body: String) -> Response {
        Response(status: status, headers: [.contentType: "application/json"],
                 body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }
}
