import Foundation
import GraphQLEngine
import HummingbirdTesting
import Resolvers
import Storage
import Testing
import TestSupport

/// Imports racing each other over HTTP: overlapping files keep the aggregates equal to a full
/// recomputation from the readings, and the same content sent twice at once is stored once.
@Suite(.serialized) struct MeterConcurrentImportTests {
    static let header = "MeterPoint Code,Serial Number,Plant Code,Date/Time,Data Type,Data Value,Units,Status"

    /// File `n`: 5-minute readings of meter 7 from hour `n` for 30 hours, value `n * 1000 + i`,
    /// so neighbouring files overlap by 29 hours.
    static func overlappingFile(_ n: Int) -> String {
        var lines = [header]
        let start = Date(timeIntervalSince1970: 1_546_300_800 + Double(n) * 3600)  // 2019-01-01 + n h
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "dd/MM/yyyy HH:mm:ss"
        for i in 0..<360 {
            let units = n % 3 == 0 ? "kwh" : "Wh"  // a later file may change a reading's unit
            lines.append("7,7,PLANT\(n),\(formatter.string(from: start.addingTimeInterval(Double(i) * 300))),Import Wh Total,\(n * 1000 + i),\(units),")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func overlappingImportsKeepAggregatesEqualToTheReadings() async throws {
        try await MetersTestServer.with { server, client in
            try await withThrowingTaskGroup(of: GraphQLValue.self) { group in
                for n in 0..<6 {
                    group.addTask { try await server.importFile(client, fileName: "LP_7_2019010\(n)T000000.csv", content: Self.overlappingFile(n)) }
                }
                for try await payload in group {
                    #expect(payload.at("userErrors") == .list([]))
                    #expect(payload.at("report", "accepted") == .int(360))
                }
            }
            let stored = try await server.aggregateSnapshot()
            let recomputed = try await server.postgres.query("""
                SELECT concat_ws('|', meter_id, (ts AT TIME ZONE 'UTC')::date, data_type, units, count(*), sum(value), min(value), max(value))
                FROM meter_readings GROUP BY meter_id, (ts AT TIME ZONE 'UTC')::date, data_type, units ORDER BY 1
                """).map { try $0.decode(String.self, at: 0) }
            #expect(stored.count >= 2)
            #expect(stored.map { $0.split(separator: "|").prefix(5) } == recomputed.map { $0.split(separator: "|").prefix(5) })
            for (a, b) in zip(stored, recomputed) {
                let x = a.split(separator: "|").suffix(3).compactMap { Double($0) }, y = b.split(separator: "|").suffix(3).compactMap { Double($0) }
                #expect(zip(x, y).allSatisfy { abs($0 - $1) <= 1e-9 * max(1, abs($1)) }, "\(a) vs \(b)")
            }
            // 5 hours from the first file's start to the last's, plus 30 hours of 5-minute readings.
            #expect(try await server.postgres.query("SELECT count(*) FROM meter_readings").scalar(Int.self) == (5 + 30) * 12)
            #expect(try await server.postgres.query("SELECT count(*) FROM meter_file_rows").scalar(Int.self) == 6 * 360)
        }
    }

    @Test func theSameContentSentTwiceAtOnceIsStoredOnce() async throws {
        let content = Self.overlappingFile(1)
        try await MetersTestServer.with { server, client in
            let payloads = try await withThrowingTaskGroup(of: GraphQLValue.self) { group in
                for copy in 0..<4 {
                    group.addTask { try await server.importFile(client, fileName: "LP_7_copy\(copy).csv", content: content) }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(payloads.filter { $0.at("report", "duplicate") == .bool(false) }.count == 1)
            #expect(payloads.filter { $0.at("report", "duplicate") == .bool(true) }.count == 3)
            #expect(Set(payloads.map { $0.at("file", "id") }).count == 1)
            let counts = try await server.tableCounts()
            #expect(counts["meter_files"] == 1 && counts["meter_readings"] == 360 && counts["meter_file_rows"] == 360)
        }
    }
}
