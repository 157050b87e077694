extension GraphQLError {
    /// Writes this error as a response error object: `message`, then `locations` (when any),
    /// `path` (when set) and `extensions` (when any), in that order.
    public func write(to json: inout JSONWriter) {
        json.raw("{\"message\":")
        json.string(message)
        if !locations.isEmpty {
            json.raw(",\"locations\":[")
            for (i, l) in locations.enumerated() {
                if i > 0 { json.raw(UInt8(ascii: ",")) }
                json.raw("{\"line\":")
                json.int(l.line)
                json.raw(",\"column\":")
                json.int(l.column)
                json.raw(UInt8(ascii: "}"))
            }
            json.raw(UInt8(ascii: "]"))
        }
        if let path {
            json.raw(",\"path\":[")
            for (i, p) in path.enumerated() {
                if i > 0 { json.raw(UInt8(ascii: ",")) }
                switch p {
                case let .key(k): json.string(k)
                case let .index(n): json.int(n)
                }
            }
            json.raw(UInt8(ascii: "]"))
        }
        if !extensions.isEmpty {
            json.raw(",\"extensions\":{")
            for (i, e) in extensions.enumerated() {
                if i > 0 { json.raw(UInt8(ascii: ",")) }
                json.string(e.key)
                json.raw(UInt8(ascii: ":"))
                json.string(e.value)
            }
            json.raw(UInt8(ascii: "}"))
        }
        json.raw(UInt8(ascii: "}"))
    }

    /// `{"errors":[…]}` for a list of errors, as the `gql` tool prints it.
    public static func errorsDocument(_ errors: [GraphQLError]) -> String {
        var json = JSONWriter()
        json.raw("{\"errors\":[")
        for (i, e) in errors.enumerated() {
            if i > 0 { json.raw(UInt8(ascii: ",")) }
            e.write(to: &json)
        }
        json.raw("]}")
        return json.text
    }
}
