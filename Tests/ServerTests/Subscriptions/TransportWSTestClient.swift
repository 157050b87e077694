import Foundation
import GraphQLEngine
import HTTPTypes
import HummingbirdWSClient
import Logging
import NIOCore

/// A `graphql-transport-ws` client for tests: runs `script` on a connection to
/// `ws://127.0.0.1:<port>/graphql` and returns the server's close frame.
enum TransportWSTestClient {
    /// Connects with the subprotocol (unless `subprotocol` is nil) and runs `script`.
    static func run(port: Int, subprotocol: String? = "graphql-transport-ws", authorization: String? = nil,
                    _ script: @escaping @Sendable (WebSocketInboundStream, WebSocketOutboundWriter) async throws -> Void) async throws -> WebSocketCloseFrame? {
        var headers: HTTPFields = [:]
        if let subprotocol { headers[.secWebSocketProtocol] = subprotocol }
        if let authorization { headers[.authorization] = authorization }
        return try await WebSocketClient.connect(url: "ws://127.0.0.1:\(port)/graphql",
                                                 configuration: .init(maxFrameSize: 1 << 20, additionalHeaders: headers),
                                                 logger: Logger(label: "ws-test")) { inbound, outbound, _ in
            try await script(inbound, outbound)
        }
    }
}

/// Reads text messages as JSON with a time limit.
struct JSONMessages {
    var iterator: WebSocketInboundMessageStream.AsyncIterator

    init(_ inbound: WebSocketInboundStream) {
        iterator = inbound.messages(maxSize: 1 << 20).makeAsyncIterator()
    }

    /// The next message, or nil when the connection closed.
    mutating func next() async throws -> GraphQLValue? {
        guard let message = try await iterator.next() else { return nil }
        guard case let .text(text) = message else { return .string("<binary>") }
        return try JSONReader.parse(text)
    }
}
