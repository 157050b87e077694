import Foundation
import GraphQLEngine
import Logging
import Synchronization
import Testing
@testable import Server

/// JSON log lines: one object per line with timestamp, level, message, requestID and metadata.
@Suite struct JSONLogHandlerTests {
    /// A logger whose lines are collected in `lines`.
    final class Capture: Sendable {
        let lines = Mutex<[String]>([])

        func logger(now: Date = Date(timeIntervalSince1970: 1_795_000_000.5)) -> Logger {
            Logger(label: "energygraph") { label in
                JSONLogHandler(label: label, output: .init { line in self.lines.withLock { $0.append(line) } },
                               now: { now }, metadataProvider: nil)
            }
        }
    }

    @Test func writesOneObjectPerLineWithTheRequestIDLifted() throws {
        let capture = Capture()
        var logger = capture.logger()
        logger[metadataKey: "requestID"] = "9f2c"
        logger[metadataKey: "component"] = "graphql"
        logger.info("request", metadata: ["status": "200", "durationMs": "\(1.25)", "tags": ["a", "b"], "nested": ["k": "v"]])
        let lines = capture.lines.withLock { $0 }
        try #require(lines.count == 1)
        #expect(lines[0] == #"{"timestamp":"2026-11-18T11:06:40.500Z","level":"info","message":"request","requestID":"9f2c","label":"energygraph","source":"ServerTests","metadata":{"component":"graphql","durationMs":"1.25","nested":{"k":"v"},"status":"200","tags":["a","b"]}}"# + "\n")
        #expect(try JSONReader.parse(lines[0]).at("metadata", "tags", 1) == .string("b"))
    }

    @Test func aLineWithoutARequestHasANullRequestIDAndEmptyMetadata() throws {
        let capture = Capture()
        capture.logger().warning("JWT_SECRET is not set")
        let entry = try JSONReader.parse(capture.lines.withLock { $0 }.joined())
        #expect(entry.at("requestID") == .null)
        #expect(entry.at("level") == .string("warning"))
        #expect(entry.at("metadata") == .object([:]))
    }

    @Test("strings survive escaping", arguments: ["quote \" backslash \\ slash /", "line\nbreak\r\ttab", "bell \u{7} nul \u{0}", "énergie ⚡️ 电池"])
    func stringsSurviveEscaping(text: String) throws {
        let capture = Capture()
        capture.logger().error("\(text)", metadata: [text: .string(text)])
        let line = try #require(capture.lines.withLock { $0 }.first)
        #expect(line.dropLast().contains("\n") == false, "one line per record")
        let entry = try JSONReader.parse(line)
        #expect(entry.at("message") == .string(text))
        #expect(entry.at("metadata", text) == .string(text))
    }

    @Test("timestamps are UTC with milliseconds", arguments: [
        (0.0, "1970-01-01T00:00:00.000Z"), (1_795_000_000.5, "2026-11-18T11:06:40.500Z"), (951_782_400.25, "2000-02-29T00:00:00.250Z"),
    ])
    func timestampsAreUTCWithMilliseconds(seconds: Double, expected: String) {
        #expect(JSONLogHandler.timestamp(Date(timeIntervalSince1970: seconds)) == expected)
    }

    @Test func theLevelFiltersBeforeWriting() {
        let capture = Capture()
        var logger = capture.logger()
        logger.logLevel = .warning
        logger.info("dropped")
        logger.error("kept")
        #expect(capture.lines.withLock { $0 }.count == 1)
    }
}
