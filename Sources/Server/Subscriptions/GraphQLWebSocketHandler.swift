import Foundation
import GraphQLEngine
import HTTPTypes
import HummingbirdWebSocket
import Logging
import NIOCore
import Resolvers

/// GraphQL over WebSocket at `/graphql` with the `graphql-transport-ws` subprotocol.
///
/// `connection_init` must come within ``initTimeout`` (else 4408); its payload may carry the
/// bearer token as `Authorization` (`Bearer …`) or `token`, or the upgrade request's
/// `Authorization` header is used. Refused credentials close with 4403; no credentials make an
/// anonymous connection, which may still run the operations anonymous callers may.
struct GraphQLWebSocketHandler: Sendable {
    typealias Handler = WebSocketDataHandler<HTTP1WebSocketUpgradeChannel.Context>

    let gateway: SubscriptionGateway
    let authenticator: any GraphQLAuthenticator
    var path = "/graphql"
    /// How long a client may take to send `connection_init`.
    var initTimeout: Duration = .seconds(10)
    /// Largest message accepted.
    var maxMessageBytes = 1 << 20

    /// The `shouldUpgrade` of `HTTPServerBuilder.http1WebSocketUpgrade`: upgrades `path` only.
    /// A client that does not offer `graphql-transport-ws` is upgraded and closed with 4406.
    func shouldUpgrade(_ request: HTTPRequest, _ channel: any Channel, _ logger: Logger) async throws -> ShouldUpgradeResult<Handler> {
        let requestPath = request.path.map { String($0.prefix { $0 != "?" }) }
        guard requestPath == path else { return .dontUpgrade }
        let offered = request.headerFields[values: .secWebSocketProtocol]
            .flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }
        let header = request.headerFields[.authorization]
        guard offered.contains(TransportWSMessage.subprotocol) else {
            return .upgrade([:]) { _, outbound, _ in
                // A moment's grace: a close frame sent in the same packet as the 101 response can
                // reach a client before its WebSocket handler is installed, and be lost.
                try await Task.sleep(for: .milliseconds(100))
                let close = TransportWSClose.subprotocolNotAcceptable
                try await outbound.close(.unknown(close.code), reason: close.reason)
            }
        }
        return .upgrade([.secWebSocketProtocol: TransportWSMessage.subprotocol]) { inbound, outbound, context in
            await run(inbound: inbound, outbound: outbound, logger: context.logger, upgradeAuthorization: header)
        }
    }

    /// What the single writer sends next.
    enum Outgoing: Sendable {
        case text(String)
        case close(TransportWSClose)
    }

    /// Serves one connection until either side closes it.
    func run(inbound: WebSocketInboundStream, outbound: WebSocketOutboundWriter, logger: Logger, upgradeAuthorization: String?) async {
        let session = TransportWSSession()
        let (outgoing, send) = AsyncStream<Outgoing>.makeStream()
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                for await item in outgoing {
                    switch item {
                    case let .text(text):
                        do { try await outbound.write(.text(text)) } catch { return }
                    case let .close(reason):
                        try? await outbound.close(.unknown(reason.code), reason: reason.reason)
                        return
                    }
                }
            }
            group.addTask {
                try? await Task.sleep(for: initTimeout)
                if !session.initReceived, session.beginClosing() { send.yield(.close(.initialisationTimeout)) }
            }
            var authentication = Authentication.anonymous
            do {
                for try await message in inbound.messages(maxSize: maxMessageBytes) {
                    guard case let .text(text) = message else {
                        if session.beginClosing() { send.yield(.close(.badRequest("Invalid message received: binary frames are not used"))) }
                        continue
                    }
                    let parsed: TransportWSMessage
                    do throws(TransportWSClose) {
                        parsed = try TransportWSMessage.parse(text)
                    } catch {
                        if session.beginClosing() { send.yield(.close(error)) }
                        continue
                    }
                    switch session.decide(parsed) {
                    case .authenticate:
                        guard case let .connectionInit(payload) = parsed else { continue }
                        let credentials = Self.credentials(in: payload) ?? upgradeAuthorization
                        authentication = await authenticator.authenticate(authorization: credentials)
                        if credentials != nil, authentication.viewer == nil {
                            send.yield(.close(.forbidden(authentication.problem ?? "the credentials were refused")))
                            _ = session.beginClosing()
                        } else {
                            session.acknowledge()
                            send.yield(.text(TransportWSMessage.connectionAck))
                        }
                    case .pong:
                        send.yield(.text(TransportWSMessage.pongText))
                    case let .start(id):
                        guard case let .subscribe(_, payload) = parsed else { continue }
                        let caller = authentication
                        let task = Task { await operate(id: id, payload: payload, authentication: caller, session: session, send: send) }
                        session.attach(task, to: id)
                    case .stop, .ignore:
                        continue
                    case let .close(reason):
                        send.yield(.close(reason))
                    }
                }
            } catch {
                logger.debug("WebSocket read ended", metadata: ["error": "\(error)"])
            }
            session.cancelAll()
            send.finish()
            group.cancelAll()
        }
    }

    /// Runs one operation: `next` per result, then `complete`; or `error` when it was refused.
    func operate(id: String, payload: GraphQLObjectValue, authentication: Authentication,
                 session: TransportWSSession, send: AsyncStream<Outgoing>.Continuation) async {
        var request = GraphQLRequest(query: nil, operationName: nil, variables: [:], extensions: [:])
        if case let .string(query)? = payload["query"] { request.query = query }
        if case let .string(name)? = payload["operationName"] { request.operationName = name }
        if case let .object(variables)? = payload["variables"] { request.variables = variables }
        if case let .object(extensions)? = payload["extensions"] { request.extensions = extensions }
        switch await gateway.start(request, authentication: authentication, requestID: UUID().uuidString) {
        case let .rejected(errors):
            if session.finish(id) { send.yield(.text(TransportWSMessage.error(id: id, errors: errors))) }
            return
        case let .single(result):
            send.yield(.text(TransportWSMessage.next(id: id, result: result)))
        case let .stream(results):
            do {
                for try await result in results {
                    if Task.isCancelled { return }
                    send.yield(.text(TransportWSMessage.next(id: id, result: result)))
                }
            } catch {
                if Task.isCancelled { return }
                gateway.service.logger.error("subscription stream failed", metadata: ["error": "\(String(reflecting: error))"])
                if session.finish(id) {
                    send.yield(.text(TransportWSMessage.error(id: id, errors: [ResolverErrorMapping.map(error)])))
                }
                return
            }
        }
        if !Task.isCancelled, session.finish(id) { send.yield(.text(TransportWSMessage.complete(id: id))) }
    }

    /// The credentials in a `connection_init` payload: `Authorization`/`authorization` as sent
    /// in the header, or a bare `token`/`authToken` (turned into `Bearer …`).
    static func credentials(in payload: GraphQLObjectValue) -> String? {
        for key in ["Authorization", "authorization"] {
            if case let .string(value)? = payload[key], !value.isEmpty { return value }
        }
        for key in ["token", "authToken"] {
            if case let .string(value)? = payload[key], !value.isEmpty { return "Bearer " + value }
        }
        if case let .object(headers)? = payload["headers"] { return credentials(in: headers) }
        return nil
    }
}
