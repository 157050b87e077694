import GraphQLEngine

/// `Subscription.userUpdated`: events on the bus when `updateUser` changes an account.
///
/// Each change is published twice: on `accounts.user.<id>` (subscribers of that user) and on
/// `accounts.users` (subscribers of every user). The payload is the user's id in decimal; each
/// subscriber reads the user afresh, so it sees the committed row.
enum UserEvents {
    static let allUsersTopic = "accounts.users"

    static func topic(userID: Int64) -> String { "accounts.user.\(userID)" }

    /// Publishes a change of `userID` after it was committed.
    static func publishUpdate(userID: Int64, bus: any EventBus) async throws {
        let payload = Array(String(userID).utf8)
        try await bus.publish(topic: topic(userID: userID), payload: payload)
        try await bus.publish(topic: allUsersTopic, payload: payload)
    }

    /// The source event stream: one `User` per change of `userID` (or of any user when nil).
    static func stream(userID: Int64?, context: RequestContext) async throws -> AsyncThrowingStream<FieldValue, any Error> {
        let bus = try ResolverServices.required(context).events
        let events = try await bus.subscribe(topic: userID.map(topic(userID:)) ?? allUsersTopic)
        let repository = UserRepository(postgres: context.dependencies.postgres)
        let (stream, continuation) = AsyncThrowingStream<FieldValue, any Error>.makeStream()
        let task = Task {
            for await payload in events {
                guard let id = Int64(String(decoding: payload, as: UTF8.self)) else { continue }
                do {
                    if let user = try await repository.user(id: id) { continuation.yield(.object(user)) }
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
