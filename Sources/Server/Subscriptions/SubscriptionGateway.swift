import Foundation
import GraphQLEngine
import Logging
import Resolvers

/// Starts one GraphQL operation for a streaming transport (WebSocket or Server-Sent Events):
/// the same document cache, persisted queries, limits and executor as plain HTTP, then the
/// engine's `subscribe`, which also answers queries and mutations with a single result.
struct SubscriptionGateway: Sendable {
    let service: GraphQLService
    let services: ResolverServices

    /// How an operation started.
    enum Start: Sendable {
        /// Refused before execution (parse, validation, variables, access to the subscription
        /// root field): the errors, no data.
        case rejected([GraphQLError])
        /// A query or mutation: its one result.
        case single(ExecutionResult)
        /// A subscription: one result per event; dropping the stream ends the subscription.
        case stream(AsyncThrowingStream<ExecutionResult, any Error>)
    }

    /// Prepares and starts `request` for the caller `authentication`.
    ///
    /// Runs with ``ResolverServices`` bound, and the stream's event tasks inherit it.
    func start(_ request: GraphQLRequest, authentication: Authentication, requestID: String) async -> Start {
        let query: String
        do {
            guard let text = try service.persistedQueries.resolve(request), !text.isEmpty else {
                return .rejected([GraphQLError("The request has no \"query\"; send the GraphQL document as \"query\".",
                                               extensions: [(key: "code", value: "BAD_REQUEST")])])
            }
            query = text
        } catch {
            return .rejected([error])
        }
        guard query.utf8.count <= service.limits.maxQueryBytes else {
            return .rejected([GraphQLError("The query is \(query.utf8.count) bytes long; the limit is \(service.limits.maxQueryBytes).",
                                           extensions: [(key: "code", value: "QUERY_TOO_COMPLEX")])])
        }
        let (entry, hit) = service.documents.entry(for: query)
        service.metrics?.recordDocumentLookup(hit: hit)
        guard let document = entry.document, entry.errors.isEmpty else { return .rejected(entry.errors) }
        let context = RequestContext(requestID: requestID, viewer: authentication.viewer,
                                     credentialProblem: authentication.problem, dependencies: service.dependencies,
                                     now: service.now, services: services, logger: service.logger)
        let outcome = await ResolverServices.$current.withValue(services) {
            await service.executor.subscribe(document: document, operationName: request.operationName,
                                             variables: request.variables, context: context, plans: entry.plans)
        }
        switch outcome {
        case let .finished(result):
            let reported = Self.reportingInternalErrors(result, context: context)
            return reported.data == nil && !reported.errors.isEmpty ? .rejected(reported.errors) : .single(reported)
        case let .events(stream):
            return .stream(AsyncThrowingStream { continuation in
                let task = Task {
                    do {
                        for try await result in stream {
                            continuation.yield(Self.reportingInternalErrors(result, context: context))
                        }
                        continuation.finish()
                    } catch {
                        continuation.finish(throwing: error)
                    }
                }
                continuation.onTermination = { _ in task.cancel() }
            })
        }
    }

    /// Errors hidden behind INTERNAL_SERVER_ERROR get the request id, and their details go to the log.
    static func reportingInternalErrors(_ result: ExecutionResult, context: RequestContext) -> ExecutionResult {
        var result = result
        for i in result.errors.indices where result.errors[i].code == ResolverErrorMapping.internalCode {
            result.errors[i].extensions.append((key: "requestID", value: context.requestID))
            context.logger.error("resolver failed", metadata: [
                "path": "\(result.errors[i].path.map { $0.map(\.description).joined(separator: ".") } ?? "")",
                "error": "\((result.errors[i].underlying as? SendableErrorBox)?.debugDescription ?? String(describing: result.errors[i].underlying))",
            ])
        }
        return result
    }
}
