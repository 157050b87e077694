import Foundation
import GraphQLEngine
import Hummingbird
import NIOCore
import Resolvers

/// GraphQL over Server-Sent Events, "distinct connections mode" of the GraphQL-over-SSE
/// protocol: `GET` or `POST /graphql` with `Accept: text/event-stream` answers with a stream of
/// `event: next` (one execution result each) ended by `event: complete`.
///
/// A request refused before execution (parse, validation, access) gets 400 with a JSON
/// `{"errors":[…]}` body instead. Requests that do not ask for `text/event-stream` pass on to
/// the plain GraphQL-over-HTTP route. A comment line every ``heartbeat`` keeps proxies from
/// closing an idle stream and notices clients that went away.
struct ServerSentEventsMiddleware<Context: Hummingbird.RequestContext>: RouterMiddleware {
    let gateway: SubscriptionGateway
    let authenticator: any GraphQLAuthenticator
    var path = "/graphql"
    var heartbeat: Duration = .seconds(15)

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.uri.path == path, request.method == .get || request.method == .post,
              Self.wantsEventStream(request.headers[.accept])
        else { return try await next(request, context) }
        let parsed: GraphQLRequest
        do {
            parsed = try await Self.graphQLRequest(request, maxBodyBytes: gateway.service.limits.maxBodyBytes)
        } catch {
            return Self.errorResponse(status: HTTPResponse.Status(code: error.status), body: error.body)
        }
        let authentication = await authenticator.authenticate(authorization: request.headers[.authorization])
        let requestID = request.headers[.init("X-Request-ID")!] ?? UUID().uuidString
        let events: AsyncThrowingStream<ExecutionResult, any Error>
        switch await gateway.start(parsed, authentication: authentication, requestID: requestID) {
        case let .rejected(errors):
            return Self.errorResponse(status: .badRequest, body: Array(GraphQLError.errorsDocument(errors).utf8))
        case let .single(result):
            events = AsyncThrowingStream { $0.yield(result); $0.finish() }
        case let .stream(stream):
            events = stream
        }
        let headers: HTTPFields = [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-cache",
                                   .init("X-Accel-Buffering")!: "no"]
        return Response(status: .ok, headers: headers, body: ResponseBody(asyncSequence: Self.frames(of: events, heartbeat: heartbeat)))
    }

    /// The stream's events as SSE frames, with heartbeats, ending with `event: complete`.
    static func frames(of events: AsyncThrowingStream<ExecutionResult, any Error>, heartbeat: Duration) -> AsyncStream<ByteBuffer> {
        AsyncStream { continuation in
            let producer = Task {
                do {
                    for try await result in events {
                        continuation.yield(ByteBuffer(string: "event: next\ndata: " + result.json + "\n\n"))
                    }
                } catch {
                    let errors = [ResolverErrorMapping.map(error)]
                    continuation.yield(ByteBuffer(string: "event: next\ndata: " + ExecutionResult.requestErrors(errors).json + "\n\n"))
                }
                continuation.yield(ByteBuffer(string: "event: complete\ndata: \n\n"))
                continuation.finish()
            }
            let beat = Task {
                while !Task.isCancelled {
                    try? await Task.sleep(for: heartbeat)
                    if Task.isCancelled { break }
                    continuation.yield(ByteBuffer(string: ":\n\n"))
                }
            }
            continuation.onTermination = { _ in
                producer.cancel()
                beat.cancel()
            }
        }
    }

    /// Whether the client asked for an event stream (and not the explorer page).
    static func wantsEventStream(_ accept: String?) -> Bool {
        guard let accept else { return false }
        return accept.split(separator: ",").contains { part in
            part.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased() == "text/event-stream"
        }
    }

    static func graphQLRequest(_ request: Request, maxBodyBytes: Int) async throws(GraphQLHTTPError) -> GraphQLRequest {
        if request.method == .get {
            let parameters = request.uri.queryParameters.map { (String($0.key), String($0.value)) }
            return try GraphQLRequest.fromQueryParameters(parameters)
        }
        let type = request.headers[.contentType]?.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased()
        guard type == "application/json" else {
            throw .unsupportedMediaType("Content-Type \(type ?? "(none)") is not supported; send application/json.")
        }
        var request = request
        let body: ByteBuffer
        do {
            body = try await request.collectBody(upTo: maxBodyBytes)
        } catch {
            throw .badRequest("The request body could not be read or is larger than \(maxBodyBytes) bytes.")
        }
        return try GraphQLRequest.fromJSON(Array(buffer: body))
    }

    static func errorResponse(status: HTTPResponse.Status, body: [UInt8]) -> Response {
        Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                 body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }
}
