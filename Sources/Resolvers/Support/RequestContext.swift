import Foundation
import Logging

/// Everything a resolver may use during one GraphQL request: the caller, the clock, the request
/// id, the request's loaders, the storage clients and a logger.
///
/// The HTTP layer creates one per request (and one per subscription) and passes it to the
/// executor; resolvers receive it as their context argument. Never reach for globals or
/// `Date()` from a resolver: everything time- or caller-dependent comes from here.
public final class RequestContext: Sendable {
    /// The id that appears in logs, in the `X-Request-ID` header and in internal-error responses.
    public let requestID: String
    /// The authenticated caller, or nil when anonymous.
    public let viewer: Viewer?
    /// Why credentials that were sent were not accepted (bad signature, expired, unknown user),
    /// or nil when none were sent or they were accepted; authorization errors quote it.
    public let credentialProblem: String?
    /// Storage clients and the shared clock source.
    public let dependencies: ResolverDependencies
    /// Wall-clock time for this request; tests inject a fixed clock.
    public let now: @Sendable () -> Date
    /// Per-request data loaders.
    public let loaders: LoaderStore
    /// Logger with `requestID` metadata, made when something logs (most requests never do, and
    /// setting metadata makes some log handlers re-render theirs).
    public var logger: Logger {
        var logger = baseLogger
        logger[metadataKey: "requestID"] = "\(requestID)"
        return logger
    }
    private let baseLogger: Logger
    /// Token signing, the event bus and the password cost, when the server set them up
    /// (the server also binds them as ``ResolverServices/current`` while the request runs).
    public let services: ResolverServices?

    public init(requestID: String, viewer: Viewer?, credentialProblem: String? = nil,
                dependencies: ResolverDependencies, now: @escaping @Sendable () -> Date = { Date() },
                services: ResolverServices? = nil, logger: Logger) {
        self.requestID = requestID
        self.viewer = viewer
        self.credentialProblem = credentialProblem
        self.dependencies = dependencies
        self.now = now
        self.loaders = LoaderStore()
        self.services = services
        self.baseLogger = logger
    }
}
