import Synchronization
import Testing
@testable import GraphQLEngine

/// Subscriptions: one response per source event, errors at subscribe time and per event, and
/// cancellation that reaches the source stream.
@Suite("Subscriptions")
struct SubscriptionTests {
    static let sdl = """
    type Query { n: Int }
    type Subscription { ticks(upTo: Int!): Tick, broken: Tick }
    type Tick { n: Int!, label: String }
    """

    /// Records whether the source stream was terminated, and how.
    final class Termination: Sendable {
        let state = Mutex<String?>(nil)
    }

    static func resolvers(termination: Termination, endless: Bool = false) -> Resolvers<Void> {
        var r = Resolvers<Void>()
        r.subscription("Subscription", "ticks") { _, args, _, _ in
            guard case let .int(upTo)? = args["upTo"] else { throw GraphQLError("no upTo") }
            let (stream, continuation) = AsyncThrowingStream<FieldValue, any Error>.makeStream()
            continuation.onTermination = { reason in
                termination.state.withLock { $0 = "\(reason)" }
            }
            for i in 1...upTo {
                // Event 2 carries a null for the non-null `n`: that response has an error, later ones do not.
                continuation.yield(.value(.object(["ticks": .object(["n": i == 2 ? .null : .int(i), "label": .string("t\(i)")])])))
            }
            if !endless { continuation.finish() }
            return stream
        }
        r.subscription("Subscription", "broken") { _, _, _, _ in throw GraphQLError("cannot subscribe now") }
        return r
    }

    static func subscribe(_ query: String, _ resolvers: Resolvers<Void>) async throws -> Executor<Void>.SubscriptionOutcome {
        let schema = try GraphQLSchema(sdl: sdl)
        let document = try Parser.parse(Source(query))
        #expect(validate(schema: schema, document: document).isEmpty)
        return await Executor(schema: schema, resolvers: resolvers).subscribe(document: document, context: ())
    }

    @Test("each source event executes the selection set; an event's error stays in its response")
    func events() async throws {
        let termination = Termination()
        guard case let .events(stream) = try await Self.subscribe("subscription { ticks(upTo: 3) { n label } }",
                                                                    Self.resolvers(termination: termination)) else {
            Issue.record("expected a stream")
            return
        }
        var responses: [String] = []
        for try await response in stream { responses.append(response.json) }
        #expect(responses == [
            #"{"data":{"ticks":{"n":1,"label":"t1"}}}"#,
            #"{"errors":[{"message":"Cannot return null for non-nullable field Tick.n.","locations":[{"line":1,"column":33}],"path":["ticks","n"]}],"data":{"ticks":null}}"#,
            #"{"data":{"ticks":{"n":3,"label":"t3"}}}"#,
        ])
    }

    @Test("an error creating the source stream ends the request with that error and no data")
    func subscribeError() async throws {
        let outcome = try await Self.subscribe("subscription { broken { n } }", Self.resolvers(termination: Termination()))
        guard case let .finished(result) = outcome else {
            Issue.record("expected an error response")
            return
        }
        #expect(result.json == #"{"errors":[{"message":"cannot subscribe now","locations":[{"line":1,"column":16}],"path":["broken"]}]}"#)
    }

    @Test("cancelling the consumer cancels the source stream")
    func cancellationReachesSource() async throws {
        let termination = Termination()
        guard case let .events(stream) = try await Self.subscribe("subscription { ticks(upTo: 1) { n } }",
                                                                    Self.resolvers(termination: termination, endless: true)) else {
            Issue.record("expected a stream")
            return
        }
        let consumer = Task {
            var count = 0
            for try await _ in stream { count += 1 }
            return count
        }
        try await Task.sleep(for: .milliseconds(20))
        #expect(termination.state.withLock { $0 } == nil)
        consumer.cancel()
        for _ in 0..<200 where termination.state.withLock({ $0 }) == nil {
            try await Task.sleep(for: .milliseconds(5))
        }
        _ = try? await consumer.value
        #expect(termination.state.withLock { $0 } == "cancelled")
    }
}
