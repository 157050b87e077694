import Crypto
import GraphQLEngine

/// Automatic persisted queries (Apollo's protocol): a client sends only
/// `extensions.persistedQuery.sha256Hash`; when the server does not know the hash it answers
/// `PersistedQueryNotFound` (code PERSISTED_QUERY_NOT_FOUND) and the client retries with the
/// query and the hash, which the server checks and remembers.
///
/// Queries are kept in a bounded in-memory LRU per server process; a process that restarts or
/// a second instance just answers PersistedQueryNotFound once and learns the query again.
final class PersistedQueries: Sendable {
    private let queries: LRUCache<String, String>

    init(capacity: Int) {
        queries = LRUCache(capacity: capacity)
    }

    /// The query text to run for a request, after the persisted-query exchange.
    /// - Throws: a request error: PERSISTED_QUERY_NOT_FOUND for an unknown hash, BAD_USER_INPUT
    ///   when the hash does not match the query or the version is not 1.
    func resolve(_ request: GraphQLRequest) throws(GraphQLError) -> String? {
        guard let hash = request.persistedQueryHash?.lowercased() else { return request.query }
        if case let .object(persisted)? = request.extensions["persistedQuery"],
           let version = persisted["version"], version != .int(1) {
            throw GraphQLError("Unsupported persisted query version; use 1.",
                               extensions: [(key: "code", value: "BAD_USER_INPUT")])
        }
        guard let query = request.query else {
            guard let known = queries.value(for: hash) else {
                throw GraphQLError("PersistedQueryNotFound", extensions: [(key: "code", value: "PERSISTED_QUERY_NOT_FOUND")])
            }
            return known
        }
        guard Self.sha256Hex(query) == hash else {
            throw GraphQLError("provided sha does not match query",
                               extensions: [(key: "code", value: "BAD_USER_INPUT")])
        }
        queries.set(query, for: hash)
        return query
    }

    /// Lowercase hexadecimal SHA-256 of the query's UTF-8 bytes.
    static func sha256Hex(_ text: String) -> String {
        let digest = SHA256.hash(data: Array(text.utf8))
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for byte in digest {
            out.append(hex[Int(byte >> 4)])
            out.append(hex[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
