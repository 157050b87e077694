import HTTPTypes
import Hummingbird
import NIOCore

/// `/graphql`: GraphQL over HTTP (GET and POST), and the explorer for browsers.
struct GraphQLRoutes: Sendable {
    let service: GraphQLService
    let explorer: ExplorerPage?
    let metrics: ServerMetrics?
    let path: String

    init(service: GraphQLService, explorer: ExplorerPage?, metrics: ServerMetrics?, path: String = "graphql") {
        self.service = service
        self.explorer = explorer
        self.metrics = metrics
        self.path = path
    }

    func register<Context: RequestContext>(on router: Router<Context>) {
        router.get(RouterPath(path)) { request, context in
            let parameters = request.uri.queryParameters.map { (String($0.key), String($0.value)) }
            if let explorer, !parameters.contains(where: { $0.0 == "query" }),
               ResponseMediaType.negotiate(request.headers[.accept], offered: [.html, .graphQLResponse, .json]) == .html {
                return explorer.response()
            }
            return await answer(GraphQLService.Input(
                method: .get, accept: request.headers[.accept], authorization: request.headers[.authorization],
                queryParameters: parameters, requestID: RequestID.of(context)))
        }
        router.post(RouterPath(path)) { request, context in
            var request = request
            let limit = service.limits.maxBodyBytes
            if let length = request.headers[.contentLength].flatMap(Int.init), length > limit {
                return tooLarge(limit, accept: request.headers[.accept])
            }
            let body: ByteBuffer
            do {
                body = try await request.collectBody(upTo: limit)
            } catch is NIOTooManyBytesError {
                return tooLarge(limit, accept: request.headers[.accept])
            }
            return await answer(GraphQLService.Input(
                method: .post, accept: request.headers[.accept], contentType: request.headers[.contentType],
                authorization: request.headers[.authorization], body: Array(buffer: body), requestID: RequestID.of(context)))
        }
        for method in [HTTPRequest.Method.put, .patch, .delete] {
            router.on(RouterPath(path), method: method) { _, _ in
                Self.response(GraphQLService.Output(status: 405, contentType: ResponseMediaType.json.contentType,
                                                    body: GraphQLHTTPError.methodNotAllowed("Use GET or POST.").body,
                                                    allow: "GET, POST", operationName: "invalid", failed: true))
            }
        }
    }

    private func answer(_ input: GraphQLService.Input) async -> Response {
        let start = ContinuousClock.now
        let output = await service.handle(input)
        metrics?.recordRequest(operation: output.operationName, duration: ContinuousClock.now - start, failed: output.failed)
        return Self.response(output)
    }

    private func tooLarge(_ limit: Int, accept: String?) -> Response {
        let type = ResponseMediaType.negotiate(accept) ?? .json
        return Self.response(GraphQLService.Output(
            status: 413, contentType: type.contentType,
            body: GraphQLHTTPError.contentTooLarge("The request body is larger than \(limit) bytes.").body,
            operationName: "invalid", failed: true))
    }

    static func response(_ output: GraphQLService.Output) -> Response {
        var headers: HTTPFields = [.contentType: output.contentType]
        if let allow = output.allow { headers[.allow] = allow }
        return Response(status: HTTPResponse.Status(code: output.status), headers: headers,
                        body: ResponseBody(byteBuffer: ByteBuffer(bytes: output.body)))
    }
}
