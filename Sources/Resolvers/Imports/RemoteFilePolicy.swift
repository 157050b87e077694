/// What a URL import may fetch (DOMAIN.md §2: http and https only, bounded size and time, no
/// loopback, private or link-local targets unless configuration allows them).
public struct RemoteFilePolicy: Sendable, Hashable {
    /// Most bytes of a body; a larger file is refused (by its Content-Length, or when reached).
    public var maxBytes: Int
    /// The whole fetch (connecting, redirects and the body) must finish within this.
    public var timeout: Duration
    /// Whether loopback, private, link-local and other non-public addresses may be fetched
    /// (tests and closed networks only).
    public var allowPrivateAddresses: Bool
    /// Most redirects followed; each target is checked like the first URL.
    public var maxRedirects: Int

    public init(maxBytes: Int = 50 << 20, timeout: Duration = .seconds(30), allowPrivateAddresses: Bool = false,
                maxRedirects: Int = 3) {
        self.maxBytes = maxBytes
        self.timeout = timeout
        self.allowPrivateAddresses = allowPrivateAddresses
        self.maxRedirects = maxRedirects
    }
}
