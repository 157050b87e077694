import Foundation

/// Where the explorer's GraphiQL files come from: a local folder (offline) or a CDN.
///
/// The local files are those of the PyPI package `graphene-django-graphiql-static`, which
/// `scripts/explorer-assets.sh` installs into the project's `.venv`. They are never committed.
struct ExplorerAssets: Sendable {
    /// The files the page loads, in order (style sheets first).
    static let styleSheets = ["graphiql.min.css"]
    static let scripts = ["react.production.min.js", "react-dom.production.min.js", "graphiql.min.js", "graphql-ws.min.js"]
    /// CDN addresses used when no folder is found.
    static let cdn: [String: String] = [
        "graphiql.min.css": "https://cdn.jsdelivr.net/npm/graphiql@3.0.6/graphiql.min.css",
        "react.production.min.js": "https://cdn.jsdelivr.net/npm/react@18.2.0/umd/react.production.min.js",
        "react-dom.production.min.js": "https://cdn.jsdelivr.net/npm/react-dom@18.2.0/umd/react-dom.production.min.js",
        "graphiql.min.js": "https://cdn.jsdelivr.net/npm/graphiql@3.0.6/graphiql.min.js",
        "graphql-ws.min.js": "https://cdn.jsdelivr.net/npm/graphql-ws@5.14.0/umd/graphql-ws.min.js",
    ]
    /// The folder inside site-packages that holds the files.
    static let packageFolder = "graphene_django_graphiql_static/static/graphene_django_graphiql_static"

    /// The folder the files are served from, or nil to use the CDN.
    let directory: String?

    /// The configured folder when it holds the files, else one found in a `.venv` above the
    /// working directory or the executable, else none (CDN).
    static func locate(configured: String?, workingDirectory: String = FileManager.default.currentDirectoryPath,
                       executablePath: String? = Bundle.main.executablePath) -> ExplorerAssets {
        if let configured, !configured.isEmpty { return ExplorerAssets(directory: hasFiles(configured) ? configured : nil) }
        for start in [workingDirectory, executablePath.map { ($0 as NSString).deletingLastPathComponent }].compactMap({ $0 }) {
            var directory = URL(fileURLWithPath: start).standardizedFileURL
            while true {
                if let found = inVenv(directory.appendingPathComponent(".venv").path) { return ExplorerAssets(directory: found) }
                let parent = directory.deletingLastPathComponent()
                if parent.path == directory.path { break }
                directory = parent
            }
        }
        return ExplorerAssets(directory: nil)
    }

    /// The package folder inside a virtual environment's `lib/python*/site-packages`.
    static func inVenv(_ venv: String) -> String? {
        let lib = venv + "/lib"
        guard let pythons = try? FileManager.default.contentsOfDirectory(atPath: lib) else { return nil }
        for python in pythons.sorted() where python.hasPrefix("python") {
            let candidate = "\(lib)/\(python)/site-packages/\(packageFolder)"
            if hasFiles(candidate) { return candidate }
        }
        return nil
    }

    static func hasFiles(_ directory: String) -> Bool {
        (styleSheets + scripts).allSatisfy { FileManager.default.isReadableFile(atPath: "\(directory)/\($0)") }
    }

    /// The URL the page uses for `file`: the server's own asset route, or the CDN.
    func url(for file: String, assetPath: String) -> String {
        directory == nil ? Self.cdn[file]! : "\(assetPath)/\(file)"
    }

    /// The bytes and media type of one served file; nil for unknown names (no paths from clients).
    func file(named name: String) -> (bytes: Data, contentType: String)? {
        guard let directory, (Self.styleSheets + Self.scripts).contains(name),
              let data = FileManager.default.contents(atPath: "\(directory)/\(name)") else { return nil }
        return (data, name.hasSuffix(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8")
    }
}
