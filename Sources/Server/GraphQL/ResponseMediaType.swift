import Foundation

/// The media types a GraphQL response can be sent as, chosen from the `Accept` header
/// (spec: GraphQL over HTTP, "Accept" and "Body").
enum ResponseMediaType: String, Sendable {
    /// `application/graphql-response+json`: request errors get 4xx status codes.
    case graphQLResponse = "application/graphql-response+json"
    /// `application/json`: every well-formed request gets 200.
    case json = "application/json"
    /// `text/html`: the explorer (GET only, no `query` parameter).
    case html = "text/html"

    /// The `Content-Type` header value.
    var contentType: String { rawValue + "; charset=utf-8" }

    /// The best media type `accept` allows among `offered`, by q-value then by the order of
    /// `offered`; no header counts as `application/json` (legacy clients). Nil when none is allowed.
    static func negotiate(_ accept: String?, offered: [ResponseMediaType] = [.graphQLResponse, .json]) -> ResponseMediaType? {
        guard let accept, !accept.trimmingCharacters(in: .whitespaces).isEmpty else { return .json }
        var best: (type: ResponseMediaType, q: Double, rank: Int)?
        for range in accept.split(separator: ",") {
            let parts = range.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard let pattern = parts.first, !pattern.isEmpty else { continue }
            var q = 1.0
            for parameter in parts.dropFirst() where parameter.hasPrefix("q=") {
                q = Double(parameter.dropFirst(2)) ?? 0
            }
            guard q > 0 else { continue }
            let candidate: (type: ResponseMediaType, rank: Int)?
            if pattern == "*/*" || pattern == "application/*" {
                // A wildcard alone gets plain JSON, which every client reads; explicit types win.
                candidate = offered.contains(.json) ? (.json, offered.count) : nil
            } else if let index = offered.firstIndex(where: { $0.rawValue == pattern }) {
                candidate = (offered[index], index)
            } else {
                candidate = nil
            }
            if let candidate, best == nil || q > best!.q || (q == best!.q && candidate.rank < best!.rank) {
                best = (candidate.type, q, candidate.rank)
            }
        }
        return best?.type
    }

    /// Whether a request's `Content-Type` is JSON (`application/json` or
    /// `application/graphql-response+json`, any case, parameters such as `charset` allowed).
    /// Byte by byte: every POST passes through here.
    static func isJSONRequest(_ contentType: String) -> Bool {
        var contentType = contentType
        return contentType.withUTF8 { bytes -> Bool in
            var start = 0
            var end = bytes.count
            if let semicolon = bytes.firstIndex(of: UInt8(ascii: ";")) { end = semicolon }
            while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
            while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
            func equalsIgnoringCase(_ expected: StaticString) -> Bool {
                guard end - start == expected.utf8CodeUnitCount else { return false }
                let e = expected.utf8Start
                for i in 0..<(end - start) {
                    var b = bytes[start + i]
                    if b >= 65 && b <= 90 { b += 32 }
                    if b != e[i] { return false }
                }
                return true
            }
            return equalsIgnoringCase("application/json") || equalsIgnoringCase("application/graphql-response+json")
        }
    }
}
