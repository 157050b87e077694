import Foundation

/// Reads the GraphQL SDL the server serves.
///
/// Binding resolvers to it and checking that every field is bound happen in this module too,
/// once the engine's schema builder is in place.
public enum SchemaSource {
    /// Reads an SDL file.
    /// - Throws: `SchemaSourceError.unreadable` with the path and the reason.
    public static func load(from path: String) throws -> String {
        do {
            return try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw SchemaSourceError.unreadable(path: path, reason: error.localizedDescription)
        }
    }
}

/// Why the schema could not be read.
public enum SchemaSourceError: Error, Equatable, CustomStringConvertible {
    case unreadable(path: String, reason: String)

    public var description: String {
        switch self {
        case let .unreadable(path, reason): "cannot read the GraphQL schema at \(path): \(reason)"
        }
    }
}
