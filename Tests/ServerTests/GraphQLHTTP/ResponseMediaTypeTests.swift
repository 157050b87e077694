import Testing
@testable import Server

/// Accept negotiation of the headers clients send most, and the Content-Type check.
struct ResponseMediaTypeTests {
    @Test("common Accept headers negotiate a type, the same with leading white space", arguments: [
        "application/json", "*/*", "application/json, */*", "application/graphql-response+json",
        "application/graphql-response+json, application/json", "application/graphql-response+json, application/json;q=0.9",
        "application/graphql-response+json,application/json;q=0.9",
    ])
    func shortcutsAgree(accept: String) {
        // A leading space is ignored by the parser.
        let parsed = ResponseMediaType.negotiate(" " + accept)
        #expect(parsed != nil)
        #expect(ResponseMediaType.negotiate(accept) == parsed)
    }

    @Test("JSON request bodies: either JSON media type, any case, with parameters and spaces", arguments: [
        ("application/json", true), ("Application/JSON", true), ("application/json; charset=utf-8", true),
        ("  application/json  ;charset=utf-8", true), ("application/graphql-response+json", true),
        ("application/jsonx", false), ("application/js", false), ("text/plain", false), ("", false), (";", false),
        ("application/x-www-form-urlencoded", false), ("application/graphql", false),
    ])
    func jsonRequests(contentType: String, accepted: Bool) {
        #expect(ResponseMediaType.isJSONRequest(contentType) == accepted)
    }
}
