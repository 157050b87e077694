import Foundation

/// Finds `schema.graphql` without configuration.
///
/// In order: the override (the `SCHEMA_PATH` setting), then `schema.graphql` in the working
/// directory and each of its parents, then beside the executable and in each of its parents
/// (a build under `.build/debug/` finds the repository root), then `/app/schema.graphql` (the
/// container image).
public enum SchemaLocator {
    /// The file name looked for.
    public static let fileName = "schema.graphql"
    /// Where the container image puts the schema.
    public static let containerPath = "/app/schema.graphql"

    /// The path of the schema to serve.
    /// - Throws: `SchemaLocatorError.notFound` listing every place looked at.
    public static func locate(override: String? = nil,
                              workingDirectory: String = FileManager.default.currentDirectoryPath,
                              executablePath: String? = executablePath()) throws -> String {
        if let override, !override.isEmpty {
            guard FileManager.default.isReadableFile(atPath: override) else {
                throw SchemaLocatorError.notFound(tried: [override])
            }
            return override
        }
        var tried: [String] = []
        for start in [workingDirectory, executablePath.map { ($0 as NSString).deletingLastPathComponent }].compactMap({ $0 }) {
            var directory = URL(fileURLWithPath: start).standardizedFileURL
            while true {
                let candidate = directory.appendingPathComponent(fileName).path
                if !tried.contains(candidate) {
                    tried.append(candidate)
                    if FileManager.default.isReadableFile(atPath: candidate) { return candidate }
                }
                let parent = directory.deletingLastPathComponent()
                if parent.path == directory.path { break }
                directory = parent
            }
        }
        tried.append(containerPath)
        if FileManager.default.isReadableFile(atPath: containerPath) { return containerPath }
        throw SchemaLocatorError.notFound(tried: tried)
    }

    /// The running executable's path, symlinks resolved.
    public static func executablePath() -> String? {
        if let path = Bundle.main.executablePath { return (path as NSString).resolvingSymlinksInPath }
        return CommandLine.arguments.first.map { ($0 as NSString).resolvingSymlinksInPath }
    }
}

/// The schema file could not be found.
public enum SchemaLocatorError: Error, Equatable, CustomStringConvertible {
    case notFound(tried: [String])

    public var description: String {
        switch self {
        case let .notFound(tried):
            "no \(SchemaLocator.fileName) found; set SCHEMA_PATH (--schema-path). Looked at: " + tried.joined(separator: ", ")
        }
    }
}
