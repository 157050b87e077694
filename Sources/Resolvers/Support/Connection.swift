import GraphQLEngine

/// `first`/`after` of a connection field, checked: `first` from 0 to the maximum, `after` a
/// cursor this server made (decoded to the sort key it carries).
public struct ConnectionArguments: Sendable, Hashable {
    public let first: Int
    /// The sort key after which the page starts, or nil for the first page.
    public let afterKey: String?

    public init(first: Int, afterKey: String? = nil) {
        self.first = first
        self.afterKey = afterKey
    }

    /// Reads `first` and `after` from a field's arguments.
    /// - Throws: `BAD_USER_INPUT` for a negative or too large `first` or a foreign cursor.
    public init(_ arguments: GraphQLObjectValue, defaultFirst: Int = 50, maxFirst: Int = 500) throws {
        var first = defaultFirst
        if case let .int(n)? = arguments["first"] { first = n }
        guard (0...maxFirst).contains(first) else {
            throw GraphQLError("Argument \"first\" must be between 0 and \(maxFirst); got \(first).",
                               extensions: [(key: "code", value: "BAD_USER_INPUT")])
        }
        var afterKey: String?
        if case let .string(cursor)? = arguments["after"] {
            guard let key = Cursor.key(of: cursor) else {
                throw GraphQLError("Argument \"after\" is not a cursor of this list: \(JSONText.quoted(cursor)). Use a cursor or endCursor from a previous page.",
                                   extensions: [(key: "code", value: "BAD_USER_INPUT")])
            }
            afterKey = key
        }
        self.init(first: first, afterKey: afterKey)
    }

    /// How many rows to fetch: one more than `first`, to learn whether a next page exists.
    public var fetchLimit: Int { first + 1 }
}

/// Opaque cursors: base64url of `cursor:<sort key>`.
public enum Cursor {
    public static func encode(key: String) -> String { Base64URL.encode(Array("cursor:\(key)".utf8)) }

    /// The sort key inside a cursor, or nil when it is not one of ours.
    public static func key(of cursor: String) -> String? {
        guard let bytes = Base64URL.decode(cursor), let text = String(bytes: bytes, encoding: .utf8),
              text.hasPrefix("cursor:") else { return nil }
        return String(text.dropFirst("cursor:".count))
    }
}

/// One page of a list, as the `XConnection` / `XEdge` types of the schema expose it.
public struct Connection<Item: Sendable>: Sendable {
    public struct Edge: Sendable {
        public let cursor: String
        public let node: Item
    }

    public let edges: [Edge]
    public let hasNextPage: Bool
    /// `totalCount`: usually `.async` (a COUNT query), run only when the field is selected.
    public let totalCount: @Sendable () -> FieldValue

    /// A page from rows fetched with `arguments.fetchLimit` after `arguments.afterKey`, in
    /// sort-key order.
    /// - Parameters:
    ///   - key: the sort key of a row (unique and ordered the way the rows were fetched).
    public init(rows: [Item], arguments: ConnectionArguments, key: (Item) -> String,
                totalCount: @escaping @Sendable () -> FieldValue) {
        let page = rows.prefix(arguments.first)
        edges = page.map { Edge(cursor: Cursor.encode(key: key($0)), node: $0) }
        hasNextPage = rows.count > arguments.first
        self.totalCount = totalCount
    }

    /// The `PageInfo` value (read by the default resolver).
    public var pageInfo: GraphQLValue {
        .object(GraphQLObjectValue([(key: "hasNextPage", value: .bool(hasNextPage)),
                                    (key: "endCursor", value: edges.last.map { .string($0.cursor) } ?? .null)]))
    }
}

extension ResolverRegistry {
    /// Binds a connection type and its edge type (`edges`, `nodes`, `pageInfo`, `totalCount`;
    /// `cursor`, `node`) for resolvers that return `.object(Connection<Item>)`.
    public mutating func connection<Item: Sendable>(_ connectionType: String, edge edgeType: String, of _: Item.Type) {
        field(connectionType, "edges", on: Connection<Item>.self) { c, _, _ in .list(c.edges.map { .object($0) }) }
        field(connectionType, "nodes", on: Connection<Item>.self) { c, _, _ in .list(c.edges.map { .object($0.node) }) }
        field(connectionType, "pageInfo", on: Connection<Item>.self) { c, _, _ in .value(c.pageInfo) }
        field(connectionType, "totalCount", on: Connection<Item>.self) { c, _, _ in c.totalCount() }
        field(edgeType, "cursor", on: Connection<Item>.Edge.self) { e, _, _ in .string(e.cursor) }
        field(edgeType, "node", on: Connection<Item>.Edge.self) { e, _, _ in .object(e.node) }
    }
}
