import GraphQLEngine

/// The parameters of a GraphQL-over-HTTP request: `query`, `operationName`, `variables`,
/// `extensions` (spec: GraphQL over HTTP, "Request Parameters").
struct GraphQLRequest: Sendable {
    var query: String?
    var operationName: String?
    var variables: GraphQLObjectValue
    var extensions: GraphQLObjectValue

    /// `extensions.persistedQuery.sha256Hash` when the request uses automatic persisted queries.
    var persistedQueryHash: String? {
        guard case let .object(persisted)? = extensions["persistedQuery"],
              case let .string(hash)? = persisted["sha256Hash"] else { return nil }
        return hash
    }

    /// Reads a POST body of media type `application/json`.
    /// - Throws: `GraphQLHTTPError.badRequest` for malformed JSON or parameters of the wrong type.
    static func fromJSON(_ bytes: [UInt8]) throws(GraphQLHTTPError) -> GraphQLRequest {
        let value: GraphQLValue
        do {
            value = try JSONReader.parse(bytes: bytes)
        } catch {
            throw .badRequest("The request body is not valid JSON: \(error.message) at byte \(error.offset).")
        }
        guard case let .object(body) = value else {
            throw .badRequest("The request body must be a JSON object with a \"query\" string.")
        }
        return try GraphQLRequest(
            query: string(body["query"], "query"), operationName: string(body["operationName"], "operationName"),
            variables: object(body["variables"], "variables"), extensions: object(body["extensions"], "extensions"))
    }

    /// Reads the URL query parameters of a GET request; `variables` and `extensions` are JSON text.
    static func fromQueryParameters(_ parameters: [(String, String)]) throws(GraphQLHTTPError) -> GraphQLRequest {
        func parameter(_ name: String) -> String? { parameters.first { $0.0 == name }?.1 }
        func json(_ name: String) throws(GraphQLHTTPError) -> GraphQLObjectValue {
            guard let text = parameter(name), !text.isEmpty else { return [:] }
            let value: GraphQLValue
            do {
                value = try JSONReader.parse(text)
            } catch {
                throw .badRequest("The \"\(name)\" parameter is not valid JSON: \(error.message).")
            }
            return try object(value, name)
        }
        let operationName = parameter("operationName").flatMap { $0.isEmpty ? nil : $0 }
        return GraphQLRequest(query: parameter("query"), operationName: operationName,
                              variables: try json("variables"), extensions: try json("extensions"))
    }

    private static func string(_ value: GraphQLValue?, _ name: String) throws(GraphQLHTTPError) -> String? {
        switch value {
        case nil, .null?: return nil
        case let .string(s)?: return s
        default: throw .badRequest("The \"\(name)\" parameter must be a string.")
        }
    }

    private static func object(_ value: GraphQLValue?, _ name: String) throws(GraphQLHTTPError) -> GraphQLObjectValue {
        switch value {
        case nil, .null?: return [:]
        case let .object(o)?: return o
        default: throw .badRequest("The \"\(name)\" parameter must be a JSON object.")
        }
    }
}

/// A request that is not a well-formed GraphQL-over-HTTP request; answered before GraphQL runs.
enum GraphQLHTTPError: Error, Sendable, Equatable {
    /// 400: malformed JSON, a missing query, parameters of the wrong type.
    case badRequest(String)
    /// 405: a mutation over GET, or a method other than GET and POST.
    case methodNotAllowed(String)
    /// 406: no acceptable response media type.
    case notAcceptable(String)
    /// 413: body over the limit.
    case contentTooLarge(String)
    /// 415: a body media type other than application/json.
    case unsupportedMediaType(String)

    var status: Int {
        switch self {
        case .badRequest: 400
        case .methodNotAllowed: 405
        case .notAcceptable: 406
        case .contentTooLarge: 413
        case .unsupportedMediaType: 415
        }
    }

    var message: String {
        switch self {
        case let .badRequest(m), let .methodNotAllowed(m), let .notAcceptable(m), let .contentTooLarge(m),
             let .unsupportedMediaType(m): m
        }
    }

    /// The response body: a GraphQL response with one request error.
    var body: [UInt8] {
        ExecutionResult.requestErrors([GraphQLError(message, extensions: [(key: "code", value: "BAD_REQUEST")])]).jsonBytes(capacity: 256)
    }
}
