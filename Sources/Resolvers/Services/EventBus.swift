/// Subscription events, published on a topic and delivered to every subscriber of that topic in
/// every server process (the server's implementation goes through Redis pub/sub).
///
/// Topics are plain names such as `user:42`; payloads are JSON bytes the publishing domain
/// defines. Publishing after a database change is done after the commit, so subscribers that
/// refetch see the change.
public protocol EventBus: Sendable {
    /// Sends `payload` to the topic's subscribers everywhere.
    /// - Throws: the transport's error when the event could not be handed over.
    func publish(topic: String, payload: [UInt8]) async throws

    /// The topic's events from now on. The subscription is live when this returns, so nothing
    /// published afterwards is missed; ending the iteration unsubscribes.
    func subscribe(topic: String) async throws -> AsyncStream<[UInt8]>
}
