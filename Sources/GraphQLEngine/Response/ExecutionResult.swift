/// A GraphQL response (spec: [Response](https://spec.graphql.org/draft/#sec-Response)).
///
/// `data` is nil when execution did not start (a request error: the entry is absent), and a tree
/// whose root is null when a non-null error reached the top. `errors` is omitted when empty and
/// written first, as graphql-js does.
public struct ExecutionResult: Sendable {
    public var data: ResultTree?
    public var errors: [GraphQLError]
    /// Written under `extensions` when set (raw JSON object text).
    public var extensionsJSON: [UInt8]?

    public init(data: ResultTree?, errors: [GraphQLError], extensionsJSON: [UInt8]? = nil) {
        self.data = data
        self.errors = errors
        self.extensionsJSON = extensionsJSON
    }

    /// A response that only reports request errors (no `data` entry).
    public static func requestErrors(_ errors: [GraphQLError]) -> ExecutionResult {
        ExecutionResult(data: nil, errors: errors)
    }

    /// Writes the response JSON.
    public func write(to json: inout JSONWriter) {
        json.raw(UInt8(ascii: "{"))
        var first = true
        if !errors.isEmpty {
            json.raw("\"errors\":[")
            for (i, e) in errors.enumerated() {
                if i > 0 { json.raw(UInt8(ascii: ",")) }
                e.write(to: &json)
            }
            json.raw(UInt8(ascii: "]"))
            first = false
        }
        if let data {
            if !first { json.raw(UInt8(ascii: ",")) }
            json.raw("\"data\":")
            data.write(to: &json)
            first = false
        }
        if let extensionsJSON {
            if !first { json.raw(UInt8(ascii: ",")) }
            json.raw("\"extensions\":")
            json.raw(bytes: extensionsJSON)
        }
        json.raw(UInt8(ascii: "}"))
    }

    /// The response as UTF-8 JSON bytes.
    public func jsonBytes(capacity: Int = 1024) -> [UInt8] {
        var json = JSONWriter(capacity: capacity)
        write(to: &json)
        return json.bytes
    }

    /// The response as JSON text.
    public var json: String { String(decoding: jsonBytes(), as: UTF8.self) }

    /// The `data` entry as a value tree (nil when absent).
    public var dataValue: GraphQLValue? { data?.value }
}
