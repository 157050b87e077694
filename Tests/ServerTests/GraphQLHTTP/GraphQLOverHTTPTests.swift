import Foundation
import HTTPTypes
import Hummingbird
import Testing
@testable import Server

/// Every status-code and media-type case of GraphQL over HTTP, against a live server.
@Suite("GraphQL over HTTP")
struct GraphQLOverHTTPTests {
    static let json = "application/json; charset=utf-8"
    static let gqlResponse = "application/graphql-response+json; charset=utf-8"

    @Test("Accept chooses the response media type; no Accept and */* get application/json",
          arguments: [(nil, "application/json; charset=utf-8"), ("application/json", "application/json; charset=utf-8"),
                      ("application/graphql-response+json", "application/graphql-response+json; charset=utf-8"),
                      ("*/*", "application/json; charset=utf-8"),
                      ("application/json;q=0.5, application/graphql-response+json", "application/graphql-response+json; charset=utf-8"),
                      ("application/graphql-response+json;q=0.2, application/json", "application/json; charset=utf-8")] as [(String?, String)])
    func negotiatesMediaType(accept: String?, expected: String) async throws {
        try await GraphQLTestServer.withServer { client in
            let r = try await client.post(#"{"query":"{ hello }"}"#, accept: accept)
            #expect(r.status == 200)
            #expect(r.contentType == expected)
            #expect(r.body == #"{"data":{"hello":"hello world"}}"#)
        }
    }

    @Test func refusesUnacceptableMediaTypeWith406() async throws {
        try await GraphQLTestServer.withServer { client in
            let r = try await client.post(#"{"query":"{ hello }"}"#, accept: "text/plain")
            #expect(r.status == 406)
            #expect(r.body == #"{"errors":[{"message":"Accept allows neither application/graphql-response+json nor application/json.","extensions":{"code":"BAD_REQUEST"}}]}"#)
        }
    }

    @Test("malformed requests are 400 with a GraphQL error body", arguments: [
        (#"{"query": "#, #"The request body is not valid JSON"#),
        (#"[1]"#, #"The request body must be a JSON object with a \"query\" string."#),
        (#"{"variables":{}}"#, #"The request has no \"query\"; send the GraphQL document as \"query\"."#),
        (#"{"query":5}"#, #"The \"query\" parameter must be a string."#),
        (#"{"query":"{ hello }","variables":[1]}"#, #"The \"variables\" parameter must be a JSON object."#),
    ])
    func malformedRequests(body: String, message: String) async throws {
        try await GraphQLTestServer.withServer { client in
            for accept in ["application/json", "application/graphql-response+json"] {
                let r = try await client.post(body, accept: accept)
                #expect(r.status == 400)
                #expect(r.body.hasPrefix(#"{"errors":[{"message":""# + message), "\(r.body)")
                #expect(r.body.hasSuffix(#","extensions":{"code":"BAD_REQUEST"}}]}"#))
            }
        }
    }

    @Test("unsupported body media types are 415", arguments: [Optional("text/plain"), "application/x-www-form-urlencoded", nil])
    func unsupportedContentType(contentType: String?) async throws {
        try await GraphQLTestServer.withServer { client in
            let r = try await client.post(#"{"query":"{ hello }"}"#, contentType: contentType)
            #expect(r.status == 415)
            #expect(r.body.contains(#""code":"BAD_REQUEST""#))
        }
    }

    @Test func bodyOverTheLimitIs413() async throws {
        var limits = GraphQLLimits()
        limits.maxBodyBytes = 1000
        try await GraphQLTestServer.withServer(limits: limits) { client in
            let r = try await client.post(#"{"query":"{ hello }","variables":{"x":""# + String(repeating: "a", count: 2000) + #""}}"#)
            #expect(r.status == 413)
            #expect(r.body == #"{"errors":[{"message":"The request body is larger than 1000 bytes.","extensions":{"code":"BAD_REQUEST"}}]}"#)
        }
    }

    @Test func getRunsQueriesWithVariables() async throws {
        try await GraphQLTestServer.withServer { client in
            let r = try await client.get([("query", "query Q($n: String) { hello(name: $n) }"), ("variables", #"{"n":"get"}"#),
                                          ("operationName", "Q")])
            #expect(r.status == 200)
            #expect(r.body == #"{"data":{"hello":"hello get"}}"#)
        }
    }

    @Test func mutationOverGetIs405AndPostRunsIt() async throws {
        try await GraphQLTestServer.withServer { client in
            let r = try await client.get([("query", "mutation { bump }")])
            #expect(r.status == 405)
            #expect(r.allow == "POST")
            #expect(r.body == #"{"errors":[{"message":"A mutation cannot be sent with GET; use POST.","extensions":{"code":"BAD_REQUEST"}}]}"#)
            let posted = try await client.post(#"{"query":"mutation { bump }"}"#)
            #expect(posted.body == #"{"data":{"bump":1}}"#)
            let put = try await client.send("/graphql", .put, [:], nil)
            #expect(put.status == 405)
            #expect(put.allow == "GET, POST")
        }
    }

    @Test("request errors: 200 under application/json, 400 under application/graphql-response+json", arguments: [
        (#"{"query":"{ hello "}"#,
         #"{"errors":[{"message":"Syntax Error: Expected Name, found <EOF>.","locations":[{"line":1,"column":9}],"extensions":{"code":"GRAPHQL_PARSE_FAILED"}}]}"#),
        (#"{"query":"{ nope }"}"#,
         #"{"errors":[{"message":"Cannot query field \"nope\" on type \"Query\". Did you mean \"node\" or \"nodes\"?","locations":[{"line":1,"column":3}],"extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}]}"#),
        (#"{"query":"query($t: DateTime) { echo(at: $t) }","variables":{"t":"yesterday"}}"#,
         #"{"errors":[{"message":"Variable \"$t\" got invalid value \"yesterday\"; DateTime cannot represent \"yesterday\": expected an RFC 3339 date-time with offset, e.g. 2026-03-01T08:30:00Z.","locations":[{"line":1,"column":7}],"extensions":{"code":"BAD_USER_INPUT"}}]}"#),
        (#"{"query":"query A { hello } query B { hello }","operationName":"C"}"#,
         #"{"errors":[{"message":"Unknown operation named \"C\".","extensions":{"code":"BAD_USER_INPUT"}}]}"#),
    ])
    func requestErrors(body: String, expected: String) async throws {
        try await GraphQLTestServer.withServer { client in
            let plain = try await client.post(body, accept: "application/json")
            #expect(plain.status == 200)
            #expect(plain.body == expected)
            let modern = try await client.post(body, accept: "application/graphql-response+json")
            #expect(modern.status == 400)
            #expect(modern.contentType == Self.gqlResponse)
            #expect(modern.body == expected)
        }
    }

    @Test func scalarsNormalizeAndFieldErrorsKeep200() async throws {
        try await GraphQLTestServer.withServer { client in
            let r = try await client.post(#"{"query":"{ echo(at: \"2026-03-01T10:30:00+02:00\") later }"}"#,
                                          accept: "application/graphql-response+json")
            #expect(r.status == 200)
            #expect(r.body == #"{"data":{"echo":"2026-03-01T08:30:00Z","later":42}}"#)
        }
    }

    @Test func internalErrorsHideDetailsAndCarryTheRequestID() async throws {
        try await GraphQLTestServer.withServer { client in
            for accept in ["application/json", "application/graphql-response+json"] {
                let r = try await client.post(#"{"query":"{ boom hello }"}"#, accept: accept)
                #expect(r.status == 200)
                let id = try #require(r.requestID)
                #expect(r.body == #"{"errors":[{"message":"Internal server error","locations":[{"line":1,"column":3}],"path":["boom"],"extensions":{"code":"INTERNAL_SERVER_ERROR","requestID":""# + id + #""}}],"data":{"boom":null,"hello":"hello world"}}"#)
            }
            let sent = try await client.send("/graphql", .post, [.contentType: "application/json", HTTPField.Name("X-Request-ID")!: "client-id-1"],
                                             ByteBuffer(string: #"{"query":"{ boom }"}"#))
            #expect(sent.requestID == "client-id-1")
            #expect(sent.body.contains(#""requestID":"client-id-1""#))
        }
    }
}
