import Logging
import Storage

/// The parking domain's process-wide parts: its clock, the Redis hot status and the event
/// topics. The server makes one at start-up, calls ``start()`` (which rebuilds the hot status
/// from PostgreSQL) and hands it to requests through ``ResolverServices/parking``.
///
/// ```swift
/// let parking = ParkingServices(postgres: postgres, redis: redis, logger: logger)
/// await parking.start()
/// // … RealtimeSetup(…, parking: parking) …
/// parking.shutdown()
/// ```
public final class ParkingServices: Sendable {
    public let clock: any ParkingClock
    public let hot: HotStatusStore
    public let repository: ParkingRepository
    /// Topics on the event bus are `<topicPrefix><plate>`.
    public let topicPrefix = "parking.status."
    let logger: Logger

    /// - Parameters:
    ///   - namespace: prefix of the Redis keys; instances that share a hot set share it.
    public init(postgres: PostgresPool, redis: RedisClient, namespace: String = "energygraph",
                clock: any ParkingClock = SystemParkingClock(), logger: Logger) {
        var logger = logger
        logger[metadataKey: "component"] = "parking"
        self.clock = clock
        self.logger = logger
        repository = ParkingRepository(postgres: postgres)
        hot = HotStatusStore(redis: redis, repository: repository, namespace: namespace,
                             nowMs: { clock.nowMs() }, logger: logger)
    }

    /// The start-up hook: rebuilds the Redis hot status from PostgreSQL (or, when that fails,
    /// serves from PostgreSQL and keeps retrying in the background).
    public func start() async {
        await hot.start()
    }

    /// Stops background work.
    public func shutdown() {
        hot.shutdown()
    }

    /// The parking services of the request's server.
    /// - Throws: an internal error when the server wired none.
    static func required(_ context: RequestContext) throws -> ParkingServices {
        guard let parking = try ResolverServices.required(context).parking else { throw ParkingServicesMissing() }
        return parking
    }
}

/// The server did not pass ``ParkingServices`` to ``ResolverServices`` (a wiring bug).
public struct ParkingServicesMissing: Error, CustomStringConvertible {
    public var description: String { "ResolverServices.parking is not set (server wiring bug: create ParkingServices at start-up)" }
}
