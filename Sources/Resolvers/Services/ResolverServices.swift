/// Process-wide services that some resolvers need beyond storage: signing access tokens, the
/// bcrypt cost for new passwords, and the event bus that feeds subscriptions.
///
/// The server creates one at start-up and puts it in every `RequestContext` (and binds it as
/// ``current`` while a request runs), so two servers in one process never share it. Resolvers
/// call ``required(_:)``, which fails with an internal error when the server set up none.
public final class ResolverServices: Sendable {
    /// Signs the bearer tokens that `login` returns.
    public let tokens: any AccessTokenIssuing
    /// Subscription events, shared by every server process through Redis.
    public let events: any EventBus
    /// bcrypt cost (log2 rounds) for passwords set from now on.
    public let passwordCost: Int
    /// The parking domain's clock and Redis hot status (nil when the server set up none).
    public let parking: ParkingServices?
    /// Settings of individual domains (e.g. `SolarSettings`); a domain uses its defaults when absent.
    public let domainSettings: DomainSettings

    public init(tokens: any AccessTokenIssuing, events: any EventBus, passwordCost: Int, parking: ParkingServices? = nil,
                domainSettings: DomainSettings = DomainSettings()) {
        self.tokens = tokens
        self.events = events
        self.passwordCost = passwordCost
        self.parking = parking
        self.domainSettings = domainSettings
    }

    /// The services of the server executing the current request.
    @TaskLocal public static var current: ResolverServices?

    /// The request's services (``RequestContext/services``, else ``current``), or an internal
    /// error when the server set up neither.
    public static func required(_ context: RequestContext) throws -> ResolverServices {
        guard let services = context.services ?? current else { throw ResolverServicesMissing() }
        return services
    }
}

/// A resolver that needs ``ResolverServices`` ran outside `ResolverServices.$current.withValue`.
public struct ResolverServicesMissing: Error, CustomStringConvertible {
    public var description: String { "ResolverServices.current is not bound for this request (server wiring bug)" }
}

/// Signs access tokens; the server implements it with JWT (HS256).
public protocol AccessTokenIssuing: Sendable {
    /// A bearer token for `userID`, and when it expires (seconds since 1970).
    func issue(userID: Int64, now: Double) throws -> IssuedToken
}

/// A signed bearer token and its expiry.
public struct IssuedToken: Sendable, Hashable {
    public let token: String
    /// Expiry in seconds since 1970, UTC.
    public let expiresAt: Double

    public init(token: String, expiresAt: Double) {
        self.token = token
        self.expiresAt = expiresAt
    }
}
