import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
@testable import Resolvers

/// Fetching import files by URL, against a real HTTP server on 127.0.0.1.
@Suite("Remote files for URL imports")
struct RemoteFileTests {
    static let content = String(repeating: "AB123,10,60,80\n", count: 2_000)

    /// Runs `body` with the base URL of a live server that serves `/file.csv`, `/big`,
    /// `/missing` (404) and `/hop` (a redirect to /file.csv).
    static func withServer(_ body: @Sendable (String) async throws -> Void) async throws {
        let router = Router()
        router.get("file.csv") { _, _ in Self.content }
        router.get("big") { _, _ in String(repeating: "x", count: 300_000) }
        router.get("hop") { _, _ in Response(status: .found, headers: [.location: "/file.csv"]) }
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { client in
            try await body("http://127.0.0.1:\(client.port!)")
        }
    }

    static func text(of body: RemoteFileBody) async throws -> String {
        var bytes: [UInt8] = []
        for try await chunk in body { bytes += chunk }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func loopbackIsRefusedUnlessAllowed() async throws {
        try await Self.withServer { base in
            await #expect(throws: RemoteFileError.forbiddenAddress(host: "127.0.0.1", address: "127.0.0.1")) {
                _ = try await RemoteFile.open(base + "/file.csv", policy: RemoteFilePolicy())
            }
            let body = try await RemoteFile.open(base + "/file.csv", policy: RemoteFilePolicy(allowPrivateAddresses: true))
            #expect(try await Self.text(of: body) == Self.content)
        }
    }

    @Test func localhostByNameIsRefusedToo() async {
        do {
            _ = try await RemoteFile.open("http://localhost:9/x.csv", policy: RemoteFilePolicy())
            Issue.record("a fetch from localhost was allowed")
        } catch {
            guard case .forbiddenAddress(host: "localhost", _) = error else {
                Issue.record("expected forbiddenAddress for localhost, got \(error)")
                return
            }
        }
    }

    @Test func onlyHTTPAndHTTPSAndAbsoluteURLs() async {
        await #expect(throws: RemoteFileError.unsupportedScheme("file")) {
            _ = try await RemoteFile.open("file:///etc/passwd", policy: RemoteFilePolicy(allowPrivateAddresses: true))
        }
        await #expect(throws: RemoteFileError.unsupportedScheme("ftp")) {
            _ = try await RemoteFile.open("ftp://example.com/a.csv", policy: RemoteFilePolicy())
        }
        await #expect(throws: RemoteFileError.invalidURL("vehicles.csv")) {
            _ = try await RemoteFile.open("vehicles.csv", policy: RemoteFilePolicy())
        }
    }

    @Test func sizeLimitStatusAndRedirects() async throws {
        try await Self.withServer { base in
            let open = RemoteFilePolicy(maxBytes: 100_000, allowPrivateAddresses: true)
            await #expect(throws: RemoteFileError.tooLarge(limit: 100_000)) {
                _ = try await Self.text(of: try await RemoteFile.open(base + "/big", policy: open))
            }
            await #expect(throws: RemoteFileError.httpStatus(404)) {
                _ = try await RemoteFile.open(base + "/missing", policy: open)
            }
            let redirected = try await RemoteFile.open(base + "/hop", policy: open)
            #expect(try await Self.text(of: redirected) == Self.content)
            await #expect(throws: RemoteFileError.tooManyRedirects(0)) {
                _ = try await RemoteFile.open(base + "/hop", policy: RemoteFilePolicy(allowPrivateAddresses: true, maxRedirects: 0))
            }
        }
    }

    @Test func streamedRecordsOfAFetchedFile() async throws {
        try await Self.withServer { base in
            let body = try await RemoteFile.open(base + "/file.csv", policy: RemoteFilePolicy(allowPrivateAddresses: true))
            var count = 0
            for try await record in CSVReader.records(from: body) {
                #expect(record.fields == ["AB123", "10", "60", "80"] || record.isBlank)
                if !record.isBlank { count += 1 }
            }
            #expect(count == 2_000)
        }
    }
}
