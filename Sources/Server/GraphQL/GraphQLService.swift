import Foundation
import GraphQLEngine
import Logging
import Resolvers
import Schema

/// GraphQL over HTTP without the HTTP framework: request parameters in, status, media type and
/// body out (spec: GraphQL over HTTP). The routes adapt it to Hummingbird; the tests and the
/// bench serve through the same code.
final class GraphQLService: Sendable {
    /// What arrived, already taken apart by the route.
    struct Input: Sendable {
        enum Method: Sendable { case get, post }
        var method: Method
        var accept: String?
        var contentType: String?
        var authorization: String?
        /// POST body (already limited to `maxBodyBytes`).
        var body: [UInt8] = []
        /// GET query parameters.
        var queryParameters: [(String, String)] = []
        var requestID: String
    }

    /// What to answer.
    struct Output: Sendable {
        var status: Int
        var contentType: String
        var body: [UInt8]
        /// `Allow` for 405.
        var allow: String?
        /// For metrics and logs: the operation's name (or "anonymous"), and whether it failed.
        var operationName: String
        var failed: Bool
    }

    let served: ServedSchema
    let executor: Executor<RequestContext>
    let documents: DocumentCache
    let persistedQueries: PersistedQueries
    let limits: GraphQLLimits
    let dependencies: ResolverDependencies
    let authenticator: any GraphQLAuthenticator
    let now: @Sendable () -> Date
    let logger: Logger
    let metrics: ServerMetrics?
    /// Token signing and the event bus, bound as `ResolverServices.current` during execution.
    let services: ResolverServices?
    /// The root value handed to root resolvers (the bench serves its JSON data this way).
    let root: any Sendable

    init(served: ServedSchema, limits: GraphQLLimits, dependencies: ResolverDependencies,
         authenticator: any GraphQLAuthenticator = AnonymousAuthenticator(),
         now: @escaping @Sendable () -> Date = { Date() }, metrics: ServerMetrics? = nil,
         root: any Sendable = GraphQLValue.null, services: ResolverServices? = nil, logger: Logger) {
        self.served = served
        self.limits = limits
        self.executor = served.executor(options: limits.executionOptions)
        let introspection = limits.introspection
        self.documents = DocumentCache(schema: served.schema, capacity: limits.documentCacheSize, parseOptions: limits.parseOptions,
                                       extraCheck: { introspection ? [] : IntrospectionGuard.errors(in: $0) })
        self.persistedQueries = PersistedQueries(capacity: limits.persistedQueryCacheSize)
        self.dependencies = dependencies
        self.authenticator = authenticator
        self.now = now
        self.logger = logger
        self.metrics = metrics
        self.root = root
        self.services = services
    }

    /// Answers one request.
    func handle(_ input: Input) async -> Output {
        guard let mediaType = ResponseMediaType.negotiate(input.accept) else {
            return failure(.notAcceptable("Accept allows neither application/graphql-response+json nor application/json."), .json)
        }
        let request: GraphQLRequest
        do {
            request = try parse(input)
        } catch {
            return failure(error, mediaType)
        }
        let query: String
        do {
            guard let text = try persistedQueries.resolve(request), !text.isEmpty else {
                return failure(.badRequest("The request has no \"query\"; send the GraphQL document as \"query\"."), mediaType)
            }
            query = text
        } catch {
            return requestErrors([error], mediaType, request.operationName)
        }
        guard query.utf8.count <= limits.maxQueryBytes else {
            return requestErrors([GraphQLError("The query is \(query.utf8.count) bytes long; the limit is \(limits.maxQueryBytes).",
                                               extensions: [(key: "code", value: "QUERY_TOO_COMPLEX")])],
                                 mediaType, request.operationName)
        }
        let (entry, hit) = documents.entry(for: query)
        metrics?.recordDocumentLookup(hit: hit)
        guard let document = entry.document, entry.errors.isEmpty else {
            return requestErrors(entry.errors, mediaType, request.operationName)
        }
        let selected = entry.operationTypes[request.operationName ?? ""]
            ?? (request.operationName == nil && entry.operationTypes.count == 1 ? entry.operationTypes.first?.value : nil)
        // The operation's own name when the request names none (for metrics and logs).
        let operationName = request.operationName
            ?? (entry.operationTypes.count == 1 ? entry.operationTypes.first.map { $0.key.isEmpty ? "anonymous" : $0.key } : nil)
        if input.method == .get, let selected, selected != .query {
            return failure(.methodNotAllowed("A \(selected.rawValue) cannot be sent with GET; use POST."), mediaType, allow: "POST")
        }
        if selected == .subscription {
            return failure(.badRequest("Subscriptions are served over WebSocket (graphql-transport-ws) and Server-Sent Events, not plain POST."), mediaType)
        }
        let prepared: Executor<RequestContext>.Prepared
        switch executor.prepare(document: document, operationName: request.operationName, variables: request.variables, plans: entry.plans) {
        case let .finished(result):
            var errors = result.errors
            for i in errors.indices where errors[i].code == nil {
                errors[i].extensions.append((key: "code", value: "BAD_USER_INPUT"))
            }
            return requestErrors(errors, mediaType, operationName)
        case let .prepared(p):
            prepared = p
        }
        let authentication = await authenticator.authenticate(authorization: input.authorization)
        let context = RequestContext(requestID: input.requestID, viewer: authentication.viewer,
                                     credentialProblem: authentication.problem, dependencies: dependencies,
                                     now: now, services: services, logger: logger)
        var result = await ResolverServices.$current.withValue(services) {
            await executor.execute(prepared, root: root, context: context)
        }
        reportInternalErrors(&result, context: context)
        return Output(status: 200, contentType: mediaType.contentType, body: result.jsonBytes(capacity: 4096),
                      operationName: operationName ?? "anonymous", failed: !result.errors.isEmpty)
    }

    private func parse(_ input: Input) throws(GraphQLHTTPError) -> GraphQLRequest {
        switch input.method {
        case .get:
            return try GraphQLRequest.fromQueryParameters(input.queryParameters)
        case .post:
            guard let contentType = input.contentType else {
                throw .unsupportedMediaType("The request has no Content-Type; send application/json.")
            }
            guard ResponseMediaType.isJSONRequest(contentType) else {
                let type = contentType.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
                throw .unsupportedMediaType("Content-Type \(type) is not supported; send application/json.")
            }
            return try GraphQLRequest.fromJSON(input.body)
        }
    }

    /// Errors hidden behind INTERNAL_SERVER_ERROR get the request id, and their details are logged.
    private func reportInternalErrors(_ result: inout ExecutionResult, context: RequestContext) {
        for i in result.errors.indices where result.errors[i].code == ResolverErrorMapping.internalCode {
            result.errors[i].extensions.append((key: "requestID", value: context.requestID))
            context.logger.error("resolver failed", metadata: [
                "path": "\(result.errors[i].path.map { $0.map(\.description).joined(separator: ".") } ?? "")",
                "error": "\((result.errors[i].underlying as? SendableErrorBox)?.debugDescription ?? String(describing: result.errors[i].underlying))",
            ])
        }
    }

    /// A GraphQL response with request errors only: 200 under application/json, 400 under
    /// application/graphql-response+json.
    private func requestErrors(_ errors: [GraphQLError], _ mediaType: ResponseMediaType, _ operationName: String?) -> Output {
        Output(status: mediaType == .graphQLResponse ? 400 : 200, contentType: mediaType.contentType,
               body: ExecutionResult.requestErrors(errors).jsonBytes(capacity: 512),
               operationName: operationName ?? "anonymous", failed: true)
    }

    private func failure(_ error: GraphQLHTTPError, _ mediaType: ResponseMediaType, allow: String? = nil) -> Output {
        Output(status: error.status, contentType: mediaType.contentType, body: error.body, allow: allow,
               operationName: "invalid", failed: true)
    }
}
