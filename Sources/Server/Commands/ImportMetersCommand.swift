import ArgumentParser
import Foundation
import Resolvers
import Storage
import Synchronization

/// `energygraph import-meters PATH…`: imports LP and TOU meter files, and every `*.csv` file in
/// the folders given, each in its own transaction, exactly as `importMeterFile` does.
///
/// A file imported before (same content) is reported as a duplicate and changes nothing, so the
/// command may run again at any time. On a terminal, a progress bar shows each file's progress.
/// The exit status is 1 when a file was refused (empty, unknown header, no accepted line).
struct ImportMetersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-meters",
        abstract: "Import LP and TOU meter files (files, or folders of *.csv files); applies pending migrations first."
    )

    @Argument(help: "Meter files, or folders searched for *.csv files.")
    var paths: [String]
    @Option(name: .customLong("time-zone"), help: "IANA time zone of the files' local times.")
    var timeZone = "UTC"
    @Flag(name: .customLong("no-progress"), help: "Never draw the progress bar.")
    var noProgress = false
    @OptionGroup var settings: SettingsOptions

    func validate() throws {
        guard TimeZone(identifier: timeZone) != nil else {
            throw ValidationError("--time-zone \(timeZone) is not an IANA time zone; use one such as UTC or Europe/Berlin.")
        }
    }

    func run() async throws {
        let progress = ProgressBar(enabled: !noProgress && isatty(STDERR_FILENO) == 1)
        let paths = self.paths
        let zone = TimeZone(identifier: timeZone)!
        let refused = try await settings.withDatabase { postgres, _, _ in
            var refused = 0
            let files = try await postgres.withConnection { _ in try MeterFileList.csvFiles(in: paths) }
            guard !files.isEmpty else { throw ValidationError("No meter files found in \(paths.joined(separator: ", ")).") }
            for (index, file) in files.enumerated() {
                let label = "[\(index + 1)/\(files.count)] \(file.lastPathComponent)"
                let outcome = try await postgres.withConnection { connection in
                    let content = try [UInt8](Data(contentsOf: file))
                    let request = MeterImportRequest(fileName: file.lastPathComponent, timeZone: zone, content: content, importedAt: Date())
                    return try MeterImporter().importFile(request, on: connection) { done in
                        progress.show(label, done: done, of: content.count)
                    }
                }
                progress.clear()
                if case .refused = outcome { refused += 1 }
                print(Self.describe(outcome, label: label))
            }
            return refused
        }
        if refused > 0 { throw ExitCode.failure }
    }

    /// One line per file, plus up to ten rejected lines.
    static func describe(_ outcome: MeterImportOutcome, label: String) -> String {
        switch outcome {
        case let .stored(_, report) where report.duplicate:
            return "\(label): duplicate of a file imported before; nothing changed."
        case let .stored(_, report):
            return "\(label): \(report.accepted) accepted, \(report.rejected) rejected." + rejected(report)
        case let .refused(refusal, report):
            return "\(label): refused: \(refusal.message)" + rejected(report)
        }
    }

    static func rejected(_ report: MeterImportReport) -> String {
        let shown = report.rejectedLines.prefix(10).map { "\n  line \($0.line): \($0.message)" }.joined()
        return shown + (report.rejectedLines.count > 10 ? "\n  … and \(report.rejectedLines.count - 10) more." : "")
    }
}

/// The `*.csv` files named by paths (folders searched recursively), in name order per folder.
enum MeterFileList {
    static func csvFiles(in paths: [String]) throws -> [URL] {
        var files: [URL] = []
        for path in paths {
            let url = URL(fileURLWithPath: path)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw ValidationError("\(path) does not exist.")
            }
            guard isFolder.boolValue else {
                files.append(url)
                continue
            }
            let found = FileManager.default.enumerator(at: url, includingPropertiesForKeys: nil)?
                .compactMap { $0 as? URL }.filter { $0.pathExtension.lowercased() == "csv" } ?? []
            files += found.sorted { $0.path < $1.path }
        }
        return files
    }
}

/// A one-line progress bar on standard error, redrawn when the percentage changes.
final class ProgressBar: Sendable {
    private let enabled: Bool
    private let lastPercent = Mutex(-1)

    init(enabled: Bool) {
        self.enabled = enabled
    }

    func show(_ label: String, done: Int, of total: Int) {
        guard enabled else { return }
        let percent = total == 0 ? 100 : min(100, done * 100 / total)
        guard lastPercent.withLock({ last in
            defer { last = percent }
            return last != percent
        }) else { return }
        let filled = percent * 30 / 100
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: 30 - filled)
        FileHandle.standardError.write(Data("\r\u{1B}[K\(label) [\(bar)] \(percent)%".utf8))
    }

    func clear() {
        guard enabled else { return }
        lastPercent.withLock { $0 = -1 }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
