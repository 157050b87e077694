import GraphQLEngine

/// `Subscription.plantSync(runId)`: the run's progress, published on `solar.run.<id>` after
/// each stored chunk and each change of state. The payload is the run id; each subscriber
/// reads the run afresh, so it sees committed progress.
enum PlantSyncEvents {
    static func topic(runID: Int64) -> String { "solar.run.\(runID)" }

    /// Publishes a change of `run` after it was committed.
    static func publish(_ run: PlantSyncRun, bus: any EventBus) async throws {
        try await bus.publish(topic: topic(runID: run.id), payload: Array(String(run.id).utf8))
    }

    /// Publishes that runs ended without finishing (their plant was deleted): subscribers read
    /// nothing and end.
    static func publishGone(runIDs: [Int64], bus: any EventBus) async throws {
        for id in runIDs { try await bus.publish(topic: topic(runID: id), payload: Array(String(id).utf8)) }
    }

    /// The source stream: the run as it is now, then after every change, ending after a
    /// SUCCEEDED or FAILED state or when the run is gone.
    static func stream(runID: Int64, context: RequestContext) async throws -> AsyncThrowingStream<FieldValue, any Error> {
        let bus = try ResolverServices.required(context).events
        let events = try await bus.subscribe(topic: topic(runID: runID))
        let repository = PlantSyncRunRepository(postgres: context.dependencies.postgres)
        guard let first = try await repository.runs(ids: [runID])[runID] else {
            throw SolarFieldError.unknownRun(id: GlobalID("PlantSyncRun", runID).encoded)
        }
        let (stream, continuation) = AsyncThrowingStream<FieldValue, any Error>.makeStream()
        continuation.yield(.object(first))
        guard !first.state.isFinished else {
            continuation.finish()
            return stream
        }
        let task = Task {
            var last = first
            for await _ in events {
                do {
                    guard let run = try await repository.runs(ids: [runID])[runID] else { break }
                    if run != last { continuation.yield(.object(run)) }
                    last = run
                    if run.state.isFinished { break }
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
