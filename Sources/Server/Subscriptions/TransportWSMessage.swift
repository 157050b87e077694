import GraphQLEngine

/// Messages of the `graphql-transport-ws` WebSocket subprotocol (the graphql-ws project's
/// PROTOCOL.md): what a client may send, what the server sends, and the close codes.
enum TransportWSMessage: Equatable {
    /// The subprotocol name negotiated in `Sec-WebSocket-Protocol`.
    static let subprotocol = "graphql-transport-ws"

    case connectionInit(payload: GraphQLObjectValue)
    case ping
    case pong
    case subscribe(id: String, payload: GraphQLObjectValue)
    case complete(id: String)

    /// Reads one client message.
    /// - Throws: `TransportWSClose.badRequest` naming what is wrong; the connection then closes with 4400.
    static func parse(_ text: String) throws(TransportWSClose) -> TransportWSMessage {
        let value: GraphQLValue
        do {
            value = try JSONReader.parse(text)
        } catch {
            throw .badRequest("Invalid message received: not JSON (\(error.message))")
        }
        guard case let .object(message) = value, case let .string(type)? = message["type"] else {
            throw .badRequest("Invalid message received: expected an object with a \"type\" string")
        }
        func payloadObject(required: Bool) throws(TransportWSClose) -> GraphQLObjectValue {
            switch message["payload"] {
            case let .object(payload)?: return payload
            case nil, .null?:
                if required { throw .badRequest("Invalid message received: \"\(type)\" needs a payload object") }
                return [:]
            default: throw .badRequest("Invalid message received: the payload of \"\(type)\" must be an object")
            }
        }
        func id() throws(TransportWSClose) -> String {
            guard case let .string(id)? = message["id"], !id.isEmpty else {
                throw .badRequest("Invalid message received: \"\(type)\" needs a non-empty \"id\" string")
            }
            return id
        }
        switch type {
        case "connection_init": return .connectionInit(payload: try payloadObject(required: false))
        case "ping": return .ping
        case "pong": return .pong
        case "subscribe":
            let id = try id()
            let payload = try payloadObject(required: true)
            guard case .string? = payload["query"] else {
                throw .badRequest("Invalid message received: the subscribe payload needs a \"query\" string")
            }
            return .subscribe(id: id, payload: payload)
        case "complete": return .complete(id: try id())
        default: throw .badRequest("Invalid message received: unknown type \"\(type)\"")
        }
    }

    /// `{"type":"connection_ack"}`.
    static let connectionAck = #"{"type":"connection_ack"}"#
    /// `{"type":"pong"}`.
    static let pongText = #"{"type":"pong"}"#
    /// `{"type":"ping"}`.
    static let pingText = #"{"type":"ping"}"#

    /// `{"id":…,"type":"next","payload":<execution result>}`.
    static func next(id: String, result: ExecutionResult) -> String {
        var json = JSONWriter(capacity: 256)
        json.raw("{\"id\":")
        json.string(id)
        json.raw(",\"type\":\"next\",\"payload\":")
        result.write(to: &json)
        json.raw(UInt8(ascii: "}"))
        return json.text
    }

    /// `{"id":…,"type":"error","payload":[<errors>]}`.
    static func error(id: String, errors: [GraphQLError]) -> String {
        var json = JSONWriter(capacity: 256)
        json.raw("{\"id\":")
        json.string(id)
        json.raw(",\"type\":\"error\",\"payload\":[")
        for (i, e) in errors.enumerated() {
            if i > 0 { json.raw(UInt8(ascii: ",")) }
            e.write(to: &json)
        }
        json.raw("]}")
        return json.text
    }

    /// `{"id":…,"type":"complete"}`.
    static func complete(id: String) -> String {
        var json = JSONWriter(capacity: 64)
        json.raw("{\"id\":")
        json.string(id)
        json.raw(",\"type\":\"complete\"}")
        return json.text
    }
}

/// Why the server closes a `graphql-transport-ws` connection, with the protocol's code.
enum TransportWSClose: Error, Equatable {
    /// 4400: a message the protocol does not allow.
    case badRequest(String)
    /// 4401: `subscribe` before the connection was acknowledged.
    case unauthorized
    /// 4403: `connection_init` carried credentials that were refused.
    case forbidden(String)
    /// 4406: the client did not offer the `graphql-transport-ws` subprotocol.
    case subprotocolNotAcceptable
    /// 4408: no `connection_init` within the wait time.
    case initialisationTimeout
    /// 4409: a `subscribe` reused the id of an operation still running.
    case duplicateSubscriber(id: String)
    /// 4429: a second `connection_init`.
    case tooManyInitialisationRequests
    /// 4500: the server failed.
    case internalError

    var code: UInt16 {
        switch self {
        case .badRequest: 4400
        case .unauthorized: 4401
        case .forbidden: 4403
        case .subprotocolNotAcceptable: 4406
        case .initialisationTimeout: 4408
        case .duplicateSubscriber: 4409
        case .tooManyInitialisationRequests: 4429
        case .internalError: 4500
        }
    }

    /// The close frame's reason (at most 123 bytes, as RFC 6455 allows).
    var reason: String {
        let text: String = switch self {
        case let .badRequest(message): message
        case .unauthorized: "Unauthorized"
        case let .forbidden(problem): "Forbidden: \(problem)"
        case .subprotocolNotAcceptable: "Subprotocol not acceptable"
        case .initialisationTimeout: "Connection initialisation timeout"
        case let .duplicateSubscriber(id): "Subscriber for \(id) already exists"
        case .tooManyInitialisationRequests: "Too many initialisation requests"
        case .internalError: "Internal server error"
        }
        var bytes = Array(text.utf8.prefix(123))
        while String(validating: bytes, as: UTF8.self) == nil { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }
}
