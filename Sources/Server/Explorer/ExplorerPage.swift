import Foundation
import HTTPTypes
import Hummingbird
import GraphQLEngine
import NIOCore

/// The GraphiQL page served to browsers at `GET /graphql` (Accept `text/html`), set up for
/// this server: the endpoint, an `Authorization` header to fill in, and subscriptions over
/// WebSocket (graphql-transport-ws) on the same path, with the headers sent as the
/// `connection_init` payload.
struct ExplorerPage: Sendable {
    let assets: ExplorerAssets
    /// Path of the GraphQL endpoint, e.g. `/graphql`.
    let endpoint: String
    private let html: String

    init(assets: ExplorerAssets, endpoint: String = "/graphql") {
        self.assets = assets
        self.endpoint = endpoint
        self.html = Self.render(assets: assets, endpoint: endpoint)
    }

    /// Where the asset files are served.
    var assetPath: String { endpoint + "/explorer" }

    func response() -> Response {
        Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-cache"],
                 body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
    }

    /// Registers the page's asset route (`GET /graphql/explorer/{file}`).
    func register<Context: RequestContext>(on router: Router<Context>) {
        let assets = assets
        router.get(RouterPath(String(assetPath.dropFirst()) + "/:file")) { _, context in
            guard let name = context.parameters.get("file"), let file = assets.file(named: name) else {
                throw HTTPError(.notFound)
            }
            return Response(status: .ok, headers: [.contentType: file.contentType, .cacheControl: "public, max-age=86400"],
                            body: ResponseBody(byteBuffer: ByteBuffer(bytes: file.bytes)))
        }
    }

    static func render(assets: ExplorerAssets, endpoint: String) -> String {
        let assetPath = endpoint + "/explorer"
        let links = ExplorerAssets.styleSheets.map { #"<link rel="stylesheet" href="\#(assets.url(for: $0, assetPath: assetPath))">"# }
        let scripts = ExplorerAssets.scripts.map { #"<script src="\#(assets.url(for: $0, assetPath: assetPath))"></script>"# }
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>EnergyGraph API explorer</title>
            <style>html, body, #explorer { height: 100%; margin: 0; width: 100%; overflow: hidden; }</style>
            \(links.joined(separator: "\n"))
            \(scripts.joined(separator: "\n"))
            </head>
            <body>
            <div id="explorer">Loading the explorer…</div>
            <script>
            (function () {
              var endpoint = new URL(\(jsString(endpoint)), window.location.href);
              var socketURL = endpoint.href.replace(/^http/, "ws");
              function isSubscription(params) {
                return /(^|\\})\\s*subscription\\b/.test(params.query.replace(/#[^\\n]*/g, ""));
              }
              function fetcher(params, options) {
                var headers = (options && options.headers) || {};
                if (isSubscription(params)) {
                  return {
                    subscribe: function (sink) {
                      var client = graphqlWs.createClient({ url: socketURL, connectionParams: headers, lazy: true });
                      var dispose = client.subscribe(params, {
                        next: function (v) { sink.next(v); },
                        error: function (e) { sink.error(e); },
                        complete: function () { sink.complete(); }
                      });
                      return { unsubscribe: function () { dispose(); client.dispose(); } };
                    }
                  };
                }
                var sent = Object.assign({ "Content-Type": "application/json",
                  "Accept": "application/graphql-response+json, application/json" }, headers);
                return fetch(endpoint.href, { method: "POST", headers: sent, body: JSON.stringify(params) })
                  .then(function (r) { return r.json(); });
              }
              ReactDOM.render(React.createElement(GraphiQL, {
                fetcher: fetcher,
                defaultHeaders: JSON.stringify({ Authorization: "Bearer <token from the login mutation>" }, null, 2),
                headerEditorEnabled: true,
                shouldPersistHeaders: true,
                defaultQuery: "# EnergyGraph API explorer: the docs are on the left.\\n# Sign in with the login mutation, then put the token in Headers below.\\n\\nquery {\\n  __typename\\n}\\n"
              }), document.getElementById("explorer"));
            })();
            </script>
            </body>
            </html>
            """
    }

    /// A JavaScript string literal.
    static func jsString(_ text: String) -> String {
        var writer = JSONWriter(capacity: text.utf8.count + 2)
        writer.string(text)
        return writer.text.replacingOccurrences(of: "</", with: "<\\/")
    }
}
