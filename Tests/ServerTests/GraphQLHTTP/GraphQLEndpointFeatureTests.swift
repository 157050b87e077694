import Foundation
import HTTPTypes
import Hummingbird
import Resolvers
import Testing
@testable import Server

/// Persisted queries, limits, introspection, metrics, the explorer, authorization and `node`.
@Suite("GraphQL endpoint features")
struct GraphQLEndpointFeatureTests {
    @Test func automaticPersistedQueriesBothWays() async throws {
        let query = "{ hello }"
        let hash = PersistedQueries.sha256Hex(query)
        let extensions = #""extensions":{"persistedQuery":{"version":1,"sha256Hash":""# + hash + #""}}"#
        try await GraphQLTestServer.withServer { client in
            let unknown = try await client.post("{" + extensions + "}")
            #expect(unknown.status == 200)
            #expect(unknown.body == #"{"errors":[{"message":"PersistedQueryNotFound","extensions":{"code":"PERSISTED_QUERY_NOT_FOUND"}}]}"#)
            let unknownModern = try await client.post("{" + extensions + "}", accept: "application/graphql-response+json")
            #expect(unknownModern.status == 400)
            let registered = try await client.post(#"{"query":"{ hello }","# + extensions + "}")
            #expect(registered.body == #"{"data":{"hello":"hello world"}}"#)
            let byHash = try await client.post("{" + extensions + "}")
            #expect(byHash.body == #"{"data":{"hello":"hello world"}}"#)
            let byGet = try await client.get([("extensions", #"{"persistedQuery":{"version":1,"sha256Hash":""# + hash + #""}}"#)])
            #expect(byGet.body == #"{"data":{"hello":"hello world"}}"#)
            let mismatch = try await client.post(#"{"query":"{ later }","# + extensions + "}")
            #expect(mismatch.body == #"{"errors":[{"message":"provided sha does not match query","extensions":{"code":"BAD_USER_INPUT"}}]}"#)
        }
    }

    @Test func sha256MatchesTheStandardDigest() {
        #expect(PersistedQueries.sha256Hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(PersistedQueries.sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func limitsOnDepthAndQueryLength() async throws {
        var limits = GraphQLLimits()
        limits.maxDepth = 3
        limits.maxQueryBytes = 60
        try await GraphQLTestServer.withServer(limits: limits) { client in
            let deep = try await client.post(#"{"query":"{ deep { deep { deep { n } } } }"}"#)
            #expect(deep.body == #"{"errors":[{"message":"Query is too deep: 4 levels, the maximum is 3.","extensions":{"code":"QUERY_TOO_COMPLEX"}}]}"#)
            let ok = try await client.post(#"{"query":"{ deep { deep { n } } }"}"#)
            #expect(ok.body == #"{"data":{"deep":{"deep":{"n":1}}}}"#)
            let long = try await client.post(#"{"query":"{ hello "# + String(repeating: " ", count: 60) + #"}"}"#,
                                             accept: "application/graphql-response+json")
            #expect(long.status == 400)
            #expect(long.body == #"{"errors":[{"message":"The query is 69 bytes long; the limit is 60.","extensions":{"code":"QUERY_TOO_COMPLEX"}}]}"#)
        }
    }

    @Test func introspectionCanBeSwitchedOff() async throws {
        var limits = GraphQLLimits()
        limits.introspection = false
        try await GraphQLTestServer.withServer(limits: limits) { client in
            let r = try await client.post(#"{"query":"{ __schema { queryType { name } } }"}"#)
            #expect(r.body == #"{"errors":[{"message":"GraphQL introspection is not allowed here, but the query contained __schema or __type.","locations":[{"line":1,"column":3}],"extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}]}"#)
            let typename = try await client.post(#"{"query":"{ __typename }"}"#)
            #expect(typename.body == #"{"data":{"__typename":"Query"}}"#)
        }
        try await GraphQLTestServer.withServer { client in
            let r = try await client.post(#"{"query":"{ __schema { queryType { name } } }"}"#)
            #expect(r.body == #"{"data":{"__schema":{"queryType":{"name":"Query"}}}}"#)
        }
    }

    @Test func metricsCountRequestsErrorsAndCacheHits() async throws {
        try await GraphQLTestServer.withServer { client in
            _ = try await client.post(#"{"query":"query Hello { hello }"}"#)
            _ = try await client.post(#"{"query":"query Hello { hello }"}"#)
            _ = try await client.post(#"{"query":"query Boom { boom }"}"#)
            let r = try await client.send("/metrics", .get, [:], nil)
            #expect(r.status == 200)
            #expect(r.contentType?.hasPrefix("text/plain; version=0.0.4") == true)
            for line in [#"energygraph_graphql_requests_total{operation="Hello",outcome="ok"} 2"#,
                         #"energygraph_graphql_requests_total{operation="Boom",outcome="error"} 1"#,
                         #"energygraph_graphql_errors_total{operation="Boom"} 1"#,
                         #"energygraph_graphql_request_duration_seconds_count{operation="Hello"} 2"#,
                         "energygraph_document_cache_hits_total 1", "energygraph_document_cache_misses_total 2",
                         "energygraph_document_cache_entries 2.0", "energygraph_postgres_pool_size_connections 1.0"] {
                #expect(r.body.contains(line), "missing \(line) in\n\(r.body)")
            }
        }
    }

    @Test func explorerServesGraphiQLToBrowsersAndItsAssets() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("explorer-\(UUID())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for file in ExplorerAssets.styleSheets + ExplorerAssets.scripts {
            try Data("/* \(file) */".utf8).write(to: URL(fileURLWithPath: folder + "/" + file))
        }
        let assets = ExplorerAssets.locate(configured: folder)
        #expect(assets.directory == folder)
        try await GraphQLTestServer.withServer(explorer: assets) { client in
            let page = try await client.get([], accept: "text/html,application/xhtml+xml,*/*;q=0.8")
            #expect(page.status == 200)
            #expect(page.contentType == "text/html; charset=utf-8")
            #expect(page.body.contains(#"<script src="/graphql/explorer/graphiql.min.js"></script>"#))
            #expect(page.body.contains("graphqlWs.createClient"))
            #expect(page.body.contains("Authorization"))
            let script = try await client.send("/graphql/explorer/graphiql.min.js", .get, [:], nil)
            #expect(script.body == "/* graphiql.min.js */")
            #expect(try await client.send("/graphql/explorer/..%2FPackage.swift", .get, [:], nil).status == 404)
            let api = try await client.get([("query", "{ hello }")], accept: "text/html,*/*;q=0.8")
            #expect(api.body == #"{"data":{"hello":"hello world"}}"#)
        }
        let cdn = ExplorerPage.render(assets: ExplorerAssets(directory: nil), endpoint: "/graphql")
        #expect(cdn.contains("https://cdn.jsdelivr.net/npm/graphiql@3.0.6/graphiql.min.js"))
    }

    @Test func authorizationSeamGivesUnauthenticatedAndForbidden() async throws {
        try await GraphQLTestServer.withServer { client in
            let anonymous = try await client.post(#"{"query":"{ secret }"}"#)
            #expect(anonymous.body == #"{"errors":[{"message":"Query.secret needs a signed-in user: send Authorization: Bearer <token> from the login mutation.","locations":[{"line":1,"column":3}],"path":["secret"],"extensions":{"code":"UNAUTHENTICATED"}}],"data":{"secret":null}}"#)
            let bad = try await client.post(#"{"query":"{ secret }"}"#, authorization: "Bearer junk")
            #expect(bad.body.contains(#"The bearer token was not accepted (malformed token). "#))
            let viewer = try await client.post(#"{"query":"{ secret operatorOnly }"}"#, authorization: "Bearer test-VIEWER-7")
            #expect(viewer.body == #"{"errors":[{"message":"Your role VIEWER may not use Query.operatorOnly; it needs OPERATOR.","locations":[{"line":1,"column":10}],"path":["operatorOnly"],"extensions":{"code":"FORBIDDEN"}}],"data":{"secret":"for user 7","operatorOnly":null}}"#)
            for token in ["Bearer test-OPERATOR-8", "Bearer test-ADMIN-9"] {
                let allowed = try await client.post(#"{"query":"{ operatorOnly }"}"#, authorization: token)
                #expect(allowed.body == #"{"data":{"operatorOnly":"ok"}}"#)
            }
        }
    }

    @Test func nodeAndNodesResolveGlobalIDs() async throws {
        let id = GlobalID("Thing", "5").encoded
        #expect(id == "VGhpbmc6NQ")
        #expect(GlobalID(decoding: id) == GlobalID("Thing", "5"))
        try await GraphQLTestServer.withServer { client in
            let one = try await client.post(#"{"query":"{ node(id: \"VGhpbmc6NQ\") { __typename id ... on Thing { name } } }"}"#)
            #expect(one.body == #"{"data":{"node":{"__typename":"Thing","id":"VGhpbmc6NQ","name":"thing 5"}}}"#)
            let many = try await client.post(#"{"query":"{ nodes(ids: [\"VGhpbmc6NQ\", \"garbage\", \""# + GlobalID("Thing", "404").encoded + #"\"]) { id } }"}"#)
            #expect(many.body == #"{"data":{"nodes":[{"id":"VGhpbmc6NQ"},null,null]}}"#)
        }
    }
}
