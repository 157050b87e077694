import Foundation
import Logging

/// How the server writes its log to standard error.
enum LogFormat: String, Sendable, CaseIterable {
    /// One JSON object per line (``JSONLogHandler``), for log collectors.
    case json
    /// swift-log's `key=value` lines, for people reading a terminal.
    case text
    /// `text` when standard error is a terminal, else `json`.
    case auto

    /// The format to use: ``auto`` decided for the current standard error.
    var resolved: LogFormat {
        guard self == .auto else { return self }
        return isatty(STDERR_FILENO) == 1 ? .text : .json
    }

    /// Makes every `Logger` write in this format to standard error. Call once per process.
    func bootstrap() {
        switch resolved {
        case .json: LoggingSystem.bootstrap { label in JSONLogHandler(label: label, output: .standardError) }
        case .text, .auto: LoggingSystem.bootstrap(StreamLogHandler.standardError)
        }
    }
}

extension Setting {
    static let logFormat = Setting(
        option: "log-format", environment: "LOG_FORMAT", defaultValue: LogFormat.auto.rawValue,
        help: "json (one object per line: timestamp, level, message, requestID, metadata), text, or auto: text on a terminal, else json.")
}
