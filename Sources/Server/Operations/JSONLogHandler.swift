import Foundation
import Logging
import Synchronization

/// A log handler that writes one JSON object per line:
///
/// ```json
/// {"timestamp":"2026-11-22T09:10:11.123Z","level":"info","message":"request","requestID":"9f2c…",
///  "label":"energygraph","source":"Server","metadata":{"method":"POST","status":"200"}}
/// ```
///
/// `requestID` is lifted out of the metadata (null for lines that belong to no request);
/// metadata keeps its nesting (lists and dictionaries become JSON arrays and objects); a logged
/// error appears as `error`. Lines are written whole, so lines from concurrent requests never
/// interleave.
struct JSONLogHandler: LogHandler {
    /// Where finished lines go.
    struct Output: Sendable {
        let write: @Sendable (String) -> Void

        /// Standard error, one `write(2)` per line under a lock.
        static let standardError = Output { line in
            JSONLogHandler.standardErrorLock.withLock { _ in writeFully(STDERR_FILENO, Array(line.utf8)) }
        }
    }

    fileprivate static let standardErrorLock = Mutex(())

    let label: String
    let output: Output
    let now: @Sendable () -> Date
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]
    var metadataProvider: Logger.MetadataProvider?

    init(label: String, output: Output, now: @escaping @Sendable () -> Date = { Date() },
         metadataProvider: Logger.MetadataProvider? = LoggingSystem.metadataProvider) {
        self.label = label
        self.output = output
        self.now = now
        self.metadataProvider = metadataProvider
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        var merged = metadata
        if let provided = metadataProvider?.get() { merged.merge(provided) { $1 } }
        if let given = event.metadata { merged.merge(given) { $1 } }
        let requestID = merged.removeValue(forKey: RequestID.metadataKey)
        var line = "{\"timestamp\":"
        Self.appendString(Self.timestamp(now()), to: &line)
        line += ",\"level\":"
        Self.appendString(event.level.rawValue, to: &line)
        line += ",\"message\":"
        Self.appendString(event.message.description, to: &line)
        line += ",\"requestID\":"
        if let requestID { Self.append(requestID, to: &line) } else { line += "null" }
        line += ",\"label\":"
        Self.appendString(label, to: &line)
        line += ",\"source\":"
        Self.appendString(event.source, to: &line)
        if let error = event.error {
            line += ",\"error\":"
            Self.appendString(String(reflecting: error), to: &line)
        }
        line += ",\"metadata\":"
        Self.append(.dictionary(merged), to: &line)
        line += "}\n"
        output.write(line)
    }

    /// RFC 3339 in UTC with milliseconds: `2026-11-22T09:10:11.123Z`.
    static func timestamp(_ date: Date) -> String {
        let milliseconds = (date.timeIntervalSince1970 * 1000).rounded(.down)
        let wholeSeconds = (milliseconds / 1000).rounded(.down)
        var seconds = time_t(wholeSeconds)
        let fraction = Int32(milliseconds - wholeSeconds * 1000)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func pad(_ value: Int32, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(parts.tm_year + 1900, 4))-\(pad(parts.tm_mon + 1, 2))-\(pad(parts.tm_mday, 2))T"
            + "\(pad(parts.tm_hour, 2)):\(pad(parts.tm_min, 2)):\(pad(parts.tm_sec, 2)).\(pad(fraction, 3))Z"
    }

    /// A metadata value as JSON, keys of dictionaries sorted (stable lines for people and tests).
    static func append(_ value: Logger.MetadataValue, to line: inout String) {
        switch value {
        case let .string(text): appendString(text, to: &line)
        case let .stringConvertible(convertible): appendString(convertible.description, to: &line)
        case let .array(values):
            line += "["
            for (i, element) in values.enumerated() {
                if i > 0 { line += "," }
                append(element, to: &line)
            }
            line += "]"
        case let .dictionary(entries):
            line += "{"
            for (i, key) in entries.keys.sorted().enumerated() {
                if i > 0 { line += "," }
                appendString(key, to: &line)
                line += ":"
                append(entries[key]!, to: &line)
            }
            line += "}"
        }
    }

    /// A JSON string literal (RFC 8259 escapes; control characters as `\u00XX`).
    static func appendString(_ text: String, to line: inout String) {
        line += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": line += "\\\""
            case "\\": line += "\\\\"
            case "\n": line += "\\n"
            case "\r": line += "\\r"
            case "\t": line += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                line += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: line.unicodeScalars.append(scalar)
            }
        }
        line += "\""
    }
}

/// Writes all of `bytes` to `fd`, retrying short writes and interrupted calls.
private func writeFully(_ fd: Int32, _ bytes: [UInt8]) {
    bytes.withUnsafeBytes { buffer in
        var offset = 0
        while offset < buffer.count {
            let written = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 && errno == EINTR { continue }
            if written <= 0 { return }
            offset += written
        }
    }
}
