import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// Fetches an import file by URL under a ``RemoteFilePolicy``, streaming its body.
///
/// The host is resolved off the cooperative pool (on NIO's thread pool) and every address is
/// checked before connecting; redirects are followed by hand so that each target is checked
/// the same way. The body is a sequence of chunks that fails with ``RemoteFileError/tooLarge(limit:)``
/// once the limit is passed, so a caller can parse it as it arrives.
///
/// A host that resolves differently between the check and the connection (DNS rebinding) is
/// not caught; closed networks should keep `allowPrivateAddresses` off and filter egress too.
public enum RemoteFile {
    /// The response body of `url`, checked against `policy`.
    /// - Throws: ``RemoteFileError`` saying what went wrong and what to do.
    public static func open(_ url: String, policy: RemoteFilePolicy,
                            client: HTTPClient = RemoteFile.client) async throws(RemoteFileError) -> RemoteFileBody {
        let deadline = NIODeadline.now() + .nanoseconds(Int64(policy.timeout.components.seconds) * 1_000_000_000
            + policy.timeout.components.attoseconds / 1_000_000_000)
        var current = url
        for _ in 0...policy.maxRedirects {
            let target = try await checkedURL(current, policy: policy)
            var request = HTTPClientRequest(url: target.absoluteString)
            request.method = .GET
            let response: HTTPClientResponse
            do {
                response = try await client.execute(request, deadline: deadline)
            } catch let error as HTTPClientError where error == .deadlineExceeded || error == .readTimeout || error == .connectTimeout {
                throw .timedOut(seconds: seconds(policy.timeout))
            } catch {
                throw .transport("\(error)")
            }
            switch response.status.code {
            case 200..<300:
                if let length = response.headers.first(name: "content-length").flatMap(Int.init), length > policy.maxBytes {
                    throw .tooLarge(limit: policy.maxBytes)
                }
                return RemoteFileBody(body: response.body, limit: policy.maxBytes, timeout: seconds(policy.timeout))
            case 301, 302, 303, 307, 308:
                guard let location = response.headers.first(name: "location"),
                      let next = URL(string: location, relativeTo: target)?.absoluteURL.absoluteString else {
                    throw .httpStatus(Int(response.status.code))
                }
                current = next
            default:
                throw .httpStatus(Int(response.status.code))
            }
        }
        throw .tooManyRedirects(policy.maxRedirects)
    }

    /// The process' client for imports: it never follows redirects itself (``open(_:policy:client:)``
    /// checks each target first) and lives as long as the process.
    public static let client = HTTPClient(
        eventLoopGroup: HTTPClient.defaultEventLoopGroup,
        configuration: HTTPClient.Configuration(redirectConfiguration: .disallow,
                                                timeout: .init(connect: .seconds(10), read: .seconds(30)),
                                                decompression: .disabled))

    /// The URL, when its scheme is http(s) and its host resolves only to allowed addresses.
    static func checkedURL(_ text: String, policy: RemoteFilePolicy) async throws(RemoteFileError) -> URL {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased() else { throw .invalidURL(text) }
        guard scheme == "http" || scheme == "https" else { throw .unsupportedScheme(scheme) }
        guard let host = url.host, !host.isEmpty else { throw .invalidURL(text) }
        if policy.allowPrivateAddresses { return url }
        let addresses: [SocketAddress]
        do {
            addresses = try await NIOThreadPool.singleton.runIfActive {
                try resolve(host: host, port: url.port ?? (scheme == "https" ? 443 : 80))
            }
        } catch {
            throw .unresolvableHost(host)
        }
        guard !addresses.isEmpty else { throw .unresolvableHost(host) }
        for address in addresses where isNonPublic(address) {
            throw .forbiddenAddress(host: host, address: address.ipAddress ?? "\(address)")
        }
        return url
    }

    /// getaddrinfo: blocking, so only ever called on NIO's thread pool.
    private static func resolve(host: String, port: Int) throws -> [SocketAddress] {
        let trimmed = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var result: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(trimmed, String(port), &hints, &result) == 0, let first = result else {
            throw RemoteFileError.unresolvableHost(host)
        }
        defer { freeaddrinfo(first) }
        var addresses: [SocketAddress] = []
        var cursor: UnsafeMutablePointer<addrinfo>? = first
        while let info = cursor {
            if let sockaddr = info.pointee.ai_addr {
                switch Int32(info.pointee.ai_family) {
                case AF_INET:
                    let ipv4 = sockaddr.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { $0.pointee }
                    addresses.append(SocketAddress(ipv4, host: trimmed))
                case AF_INET6:
                    let ipv6 = sockaddr.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { $0.pointee }
                    addresses.append(SocketAddress(ipv6, host: trimmed))
                default: break
                }
            }
            cursor = info.pointee.ai_next
        }
        return addresses
    }

    static func isNonPublic(_ address: SocketAddress) -> Bool {
        switch address {
        case let .v4(v4):
            let raw = UInt32(bigEndian: v4.address.sin_addr.s_addr)
            return NetworkAddressRules.isNonPublic(ipv4: [UInt8(raw >> 24), UInt8(raw >> 16 & 0xFF), UInt8(raw >> 8 & 0xFF), UInt8(raw & 0xFF)])
        case let .v6(v6):
            var address = v6.address.sin6_addr
            let bytes = withUnsafeBytes(of: &address) { Array($0) }
            return NetworkAddressRules.isNonPublic(ipv6: bytes)
        case .unixDomainSocket:
            return true
        }
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
