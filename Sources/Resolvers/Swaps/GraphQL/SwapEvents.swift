import GraphQLEngine

/// `Subscription.swapRecorded(stationId:)`: each swap recorded or corrected.
///
/// After the commit, the new swap's id (decimal) is published on `swaps.station.<id>` for each
/// station the write touched (a correction may move a swap to another station) and once on
/// `swaps.all`; each subscriber reads the swap afresh, so it sees the committed row.
enum SwapEvents {
    static let allTopic = "swaps.all"

    static func topic(stationID: Int) -> String { "swaps.station.\(stationID)" }

    static func register(into registry: inout ResolverRegistry) {
        registry.subscription("swapRecorded") { _, arguments, context, _ in
            let station = try SwapArguments.id(arguments["stationId"], "Station", argument: "stationId")
            return try await stream(topic: station.map(topic(stationID:)) ?? allTopic, context: context)
        }
        // Each event is the recorded `Swap`; access was checked when the stream was created.
        registry.field("Subscription", "swapRecorded", access: .anyone) { event, _, _, _ in .object(event) }
    }

    /// Publishes a committed write; a bus failure is logged, never undoes the write.
    static func announce(_ outcome: SwapWriteOutcome, context: RequestContext) async {
        do {
            let bus = try ResolverServices.required(context).events
            let payload = Array(String(outcome.swapID).utf8)
            for station in outcome.stationIDs.sorted() { try await bus.publish(topic: topic(stationID: station), payload: payload) }
            try await bus.publish(topic: allTopic, payload: payload)
        } catch {
            context.logger.warning("swapRecorded event not published", metadata: ["swapID": "\(outcome.swapID)", "error": "\(error)"])
        }
    }

    /// The source event stream: one `Swap` per recorded swap on `topic`.
    static func stream(topic: String, context: RequestContext) async throws -> AsyncThrowingStream<FieldValue, any Error> {
        let bus = try ResolverServices.required(context).events
        let events = try await bus.subscribe(topic: topic)
        let repository = SwapLoaders.repository(context)
        let (stream, continuation) = AsyncThrowingStream<FieldValue, any Error>.makeStream()
        let task = Task {
            for await payload in events {
                guard let id = Int(String(decoding: payload, as: UTF8.self)) else { continue }
                do {
                    if let swap = try await repository.swaps(ids: [id])[id] { continuation.yield(.object(swap)) }
                } catch {
                    continuation.finish(throwing: error)
                    return
                }
            }
            continuation.finish()
        }
        continuation.onTermination = { _ in task.cancel() }
        return stream
    }
}
