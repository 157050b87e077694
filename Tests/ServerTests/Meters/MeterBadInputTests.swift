import Foundation
import GraphQLEngine
import HummingbirdTesting
import Resolvers
import Testing
import TestSupport

/// Bad meter files over HTTP: each gets a clear `userErrors` entry or rejected lines, and a file
/// that is refused writes nothing at all.
@Suite(.serialized) struct MeterBadInputTests {
    static let lpHeader = "MeterPoint Code,Serial Number,Plant Code,Date/Time,Data Type,Data Value,Units,Status"
    static let goodLine = "9,9,P1,01/02/2018 00:15:00,Import Wh Total,1.5,kwh,"
    static let nothing: [String: Int] = ["meters": 0, "meter_files": 0, "meter_file_meters": 0, "meter_readings": 0,
                                         "meter_file_rows": 0, "meter_daily_aggregates": 0]

    static func error(_ field: [String], _ message: String) -> GraphQLValue {
        .list([.object(["field": .list(field.map(GraphQLValue.string)), "message": .string(message), "code": .string("INVALID")])])
    }

    @Test func refusedFilesWriteNothing() async throws {
        var garbage = ""
        var state: UInt64 = 7
        garbage.reserveCapacity(5_000_000)
        while garbage.utf8.count < 5_000_000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            garbage.append(Character(UnicodeScalar(UInt8(33 + (state >> 33) % 90))))
            if state % 97 == 0, garbage.utf8.count > 200 { garbage.append("\n") }
        }
        let garbageText = garbage
        try await MetersTestServer.with { server, client in
            let garbage = garbageText
            let cases: [(String, String, GraphQLValue)] = [
                ("LP_1_20180101T000000.csv", "", Self.error(["input", "content"], MeterFileRefusal.empty.message)),
                ("LP_1_20180101T000000.csv", "\n\n", Self.error(["input", "content"], MeterFileRefusal.empty.message)),
                ("LP_1_20180101T000000.csv", "Meter,When,Value\n1,2,3\n",
                 Self.error(["input", "content"], MeterFileRefusal.unknownHeader("Meter,When,Value").message)),
                ("TOU_1_20180101T000000.csv", Self.lpHeader + "\n" + Self.goodLine + "\n",
                 Self.error(["input", "kind"], MeterImportRefusal.kindMismatch(asked: .timeOfUse, layout: .loadProfile).message)),
                ("readings.csv", Self.lpHeader + "\n" + Self.goodLine + "\n",
                 Self.error(["input", "fileName"], MeterImportRefusal.unknownKind(fileName: "readings.csv").message)),
            ]
            for (name, content, errors) in cases {
                let payload = try await server.importFile(client, fileName: name, content: content)
                #expect(payload.at("userErrors") == errors, "\(name): \(String(content.prefix(40)))")
                #expect(payload.at("file") == .null)
                #expect(try await server.tableCounts() == Self.nothing)
            }
            // 5 MB of garbage: its first line is no header; the message quotes the start of it.
            let refused = try await server.importFile(client, fileName: "LP_garbage.csv", content: garbage)
            #expect(refused.at("userErrors", 0, "field") == .list([.string("input"), .string("content")]))
            #expect(refused.at("userErrors", 0, "code") == .string("INVALID"))
            let message = refused.at("userErrors", 0, "message")?.text ?? ""
            #expect(message.hasPrefix("The header \""))
            #expect(message.contains("…\" is not a known meter file layout; expected the LP header (MeterPoint Code,"))
            #expect(try await server.tableCounts() == Self.nothing)
            let zone = try await server.importFile(client, fileName: "LP_1.csv", content: Self.lpHeader + "\n" + Self.goodLine, timeZone: "Mars/Olympus")
            #expect(zone.at("userErrors") == Self.error(["input", "timeZone"], #""Mars/Olympus" is not an IANA time zone; give one such as UTC or Europe/Berlin."#))
            #expect(try await server.tableCounts() == Self.nothing)
        }
    }

    @Test func badLinesAreRejectedAndTheRestCommitsTogether() async throws {
        let lines = [
            Self.goodLine,
            "9,9,P1,31/02/2018 00:30:00,Import Wh Total,2,kwh,",  // bad date
            "9,9,P1,01/02/2018 00:45:00,Import Wh Total,lots,kwh,",  // not a number
            "9,9,P1,01/02/2018 01:00:00,Import Wh Total,3,kwh",  // 7 fields
            "9,9,P1,01/02/2018 01:15:00,Import Wh Total,-4.25,kwh,GN",
        ]
        try await MetersTestServer.with { server, client in
            let payload = try await server.importFile(client, fileName: "LP_9_20180201T000000.csv",
                                                      content: ([Self.lpHeader] + lines).joined(separator: "\n") + "\n")
            #expect(payload.at("userErrors") == .list([]))
            #expect(payload.at("report", "accepted") == .int(2))
            #expect(payload.at("report", "rejected") == .int(3))
            #expect(payload.at("report", "rejectedLines")?.list.map { $0.at("line") } == [.int(3), .int(4), .int(5)])
            #expect(payload.at("report", "rejectedLines", 0, "message") == .string(
                #"Date/Time "31/02/2018 00:30:00" is not a date and time; write dd/MM/yyyy HH:mm:ss or d/MM/yyyy H:mm, e.g. 31/08/2018 00:45:00."#))
            #expect(payload.at("report", "rejectedLines", 1, "message") == .string(
                #"Data Value "lots" is not a number; write a decimal such as 12.5 or -0.25."#))
            #expect(payload.at("report", "rejectedLines", 2, "message")?.text?.hasPrefix("The line has 7 fields; the LP layout has 8") == true)
            #expect(payload.at("report", "rejectedLines", 2, "content") == .string(lines[3]))
            #expect(payload.at("file", "rows") == .int(2))
            #expect(payload.at("file", "median")?.number == (1.5 - 4.25) / 2)
            let counts = try await server.tableCounts()
            #expect(counts["meter_readings"] == 2 && counts["meter_file_rows"] == 2 && counts["meter_daily_aggregates"] == 1)
        }
    }

    @Test func aFileWithoutOneGoodLineWritesNothing() async throws {
        try await MetersTestServer.with { server, client in
            let payload = try await server.importFile(client, fileName: "LP_9_20180201T000000.csv", content: """
                \(Self.lpHeader)
                9,9,P1,01/02/2018 00:45:00,Import Wh Total,lots,kwh,
                9,9,P1,1 Feb 2018,Import Wh Total,2,kwh,
                """)
            #expect(payload.at("userErrors") == Self.error(["input", "content"], MeterImportRefusal.noAcceptedLines(rejected: 2).message))
            #expect(payload.at("report", "accepted") == .int(0))
            #expect(payload.at("report", "rejectedLines")?.list.map { $0.at("line") } == [.int(2), .int(3)])
            #expect(payload.at("file") == .null)
            #expect(try await server.tableCounts() == Self.nothing)
        }
    }

    @Test func viewersMayReadButNotImport() async throws {
        try await MetersTestServer.with { server, client in
            let response = try await client.graphQL(MetersTestServer.importMutation, variables: ["i": .object([
                "fileName": .string("LP_9.csv"), "content": .string(Self.lpHeader + "\n" + Self.goodLine),
            ])], token: server.viewerToken)
            #expect(response.at("errors", 0, "extensions", "code") == .string("FORBIDDEN"))
            #expect(response.at("errors", 0, "message") == .string("Your role VIEWER may not use Mutation.importMeterFile; it needs OPERATOR."))
            let anonymous = try await client.graphQL("{ meters { totalCount } }")
            #expect(anonymous.at("errors", 0, "extensions", "code") == .string("UNAUTHENTICATED"))
            #expect(try await server.tableCounts() == Self.nothing)
        }
    }
}

/// `importMeterFile(input: {url})`: the file is fetched (here from the test server itself, which
/// the test policy allows) and imported like inline content; a failed fetch writes nothing.
@Suite(.serialized) struct MeterURLImportTests {
    @Test func importsByURLAndRefusesAFailedFetch() async throws {
        let name = "LP_214612534_20180907T084333712.csv"
        let text = try String(contentsOf: try #require(try MeterSeeds.files.first { $0.lastPathComponent == name }), encoding: .utf8)
        try await MetersTestServer.with { server, client in
            let port = try #require(client.port)
            let fetched = try await server.importFile(client, fileName: name, url: "http://127.0.0.1:\(port)/seeds/\(name)")
            #expect(fetched.at("userErrors") == .list([]))
            #expect(fetched.at("report", "accepted") == .int(MeterSeedOracle.lines(of: text).count))
            #expect(fetched.at("file", "rows") == .int(512))
            let inline = try await server.importFile(client, fileName: name, content: text)
            #expect(inline.at("report", "duplicate") == .bool(true))
            let counts = try await server.tableCounts()
            let missing = try await server.importFile(client, fileName: "LP_1.csv", url: "http://127.0.0.1:\(port)/seeds/LP_none.csv")
            #expect(missing.at("userErrors") == .list([.object([
                "field": .list([.string("input"), .string("url")]),
                "message": .string("The server answered HTTP 404; check that the URL serves the file."), "code": .string("INVALID"),
            ])]))
            let both = try await server.importFile(client, fileName: "LP_1.csv", content: text, url: "http://127.0.0.1:\(port)/seeds/\(name)")
            #expect(both.at("userErrors", 0, "message") == .string("Give exactly one of content and url."))
            #expect(try await server.tableCounts() == counts)
        }
    }
}
