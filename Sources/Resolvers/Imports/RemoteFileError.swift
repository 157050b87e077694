/// Why a URL import could not fetch its file; each says what to do instead.
public enum RemoteFileError: Error, Hashable, CustomStringConvertible {
    case invalidURL(String)
    case unsupportedScheme(String)
    case unresolvableHost(String)
    case forbiddenAddress(host: String, address: String)
    case httpStatus(Int)
    case tooLarge(limit: Int)
    case timedOut(seconds: Double)
    case tooManyRedirects(Int)
    case transport(String)

    public var description: String {
        switch self {
        case let .invalidURL(text):
            "\"\(text)\" is not an absolute URL; give one like https://example.com/vehicles.csv."
        case let .unsupportedScheme(scheme):
            "URL scheme \"\(scheme)\" is not allowed; use http or https, or send the content inline."
        case let .unresolvableHost(host):
            "Host \"\(host)\" could not be resolved; check the URL."
        case let .forbiddenAddress(host, address):
            "Host \"\(host)\" resolves to \(address), a loopback, private or link-local address, which imports may not fetch; use a public URL or send the content inline."
        case let .httpStatus(status):
            "The server answered HTTP \(status); check that the URL serves the file."
        case let .tooLarge(limit):
            "The file is larger than the import limit of \(limit) bytes; split it or raise the limit."
        case let .timedOut(seconds):
            "Fetching the file took longer than \(seconds) seconds; try again or send the content inline."
        case let .tooManyRedirects(count):
            "The URL redirected more than \(count) times; give the final URL."
        case let .transport(reason):
            "The file could not be fetched: \(reason)."
        }
    }
}
