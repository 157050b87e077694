import Foundation

/// The sample files of `shared/data/seeds`: the shared folder sits beside the repository (as in
/// CI), so the nearest folder above this file that holds `shared/data/seeds/<path>` has them,
/// also from a git worktree.
public enum SharedSeeds {
    /// `shared/data/seeds/<path>`, a folder or a file.
    public static func url(_ path: String) throws -> URL {
        var dir = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
        while dir.path != "/" {
            let candidate = dir.appendingPathComponent("shared/data/seeds/\(path)")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        throw Missing(path: path)
    }

    public struct Missing: Error, CustomStringConvertible {
        public let path: String
        public var description: String {
            "shared/data/seeds/\(path) is not beside the repository or any folder above it: check out the shared folder next to the project (../shared)."
        }
    }
}
