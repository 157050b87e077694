import Foundation
import Storage
import Testing
import TestSupport

/// Every supported column type makes the trip Swift → bind → column → Swift, NULLs included.
@Suite struct PostgresTypesTests {
    struct Payload: Codable, Equatable {
        var plate: String
        var socPercent: Double
    }

    @Test func everyTypeRoundTripsThroughATable() async throws {
        try await TestDatabase.with { postgres in
            try await postgres.execute("""
                CREATE TABLE samples (
                    id serial PRIMARY KEY, t text, i integer, b bigint, d double precision,
                    n numeric(20,6), flag boolean, at timestamptz, day date, u uuid, j jsonb,
                    ta text[], ia integer[], ba bigint[], da double precision[], na numeric[],
                    fa boolean[], tsa timestamptz[], dya date[], ua uuid[]
                )
                """)
            let text = "Zürich ⚡️ 北京 — \"quoted\", {braces}, back\\slash"
            let at = Date(timeIntervalSince1970: 1_717_171_717.654321)
            let day = CalendarDate(year: 2024, month: 2, day: 29)
            let uuid = UUID()
            let json = try JSONB(encoding: Payload(plate: "沪A·12345", socPercent: 87.5))
            let amount = Decimal(string: "12345678901234.123456")!
            try await postgres.execute("""
                INSERT INTO samples (t, i, b, d, n, flag, at, day, u, j, ta, ia, ba, da, na, fa, tsa, dya, ua)
                VALUES (\(text), \(Int32(-2_147_483_648)), \(Int.max), \(-1.5e300), \(amount), \(true), \(at),
                        \(day), \(uuid), \(json), \([text, "", "NULL"]), \([Int32(1), -2]), \([Int.min, 0]),
                        \([0.1, -2.5]), \([Decimal(1), Decimal(string: "0.000001")!]), \([true, false]),
                        \([at]), \([day]), \([uuid]))
                """)
            try await postgres.execute("INSERT INTO samples DEFAULT VALUES")
            let rows = try await postgres.query("SELECT * FROM samples ORDER BY id")
            #expect(rows.count == 2)
            let full = rows[0]
            #expect(try full.decode(String.self, column: "t") == text)
            #expect(try full.decode(Int32.self, column: "i") == Int32.min)
            #expect(try full.decode(Int.self, column: "i") == -2_147_483_648)
            #expect(try full.decode(Int.self, column: "b") == Int.max)
            #expect(try full.decode(Double.self, column: "d") == -1.5e300)
            #expect(try full.decode(Decimal.self, column: "n") == amount)
            #expect(try full.decode(Bool.self, column: "flag") == true)
            #expect(abs(try full.decode(Date.self, column: "at").timeIntervalSince(at)) < 0.000_001)
            #expect(try full.decode(CalendarDate.self, column: "day") == day)
            #expect(try full.decode(UUID.self, column: "u") == uuid)
            #expect(try full.decode(JSONB.self, column: "j").decode(Payload.self) == Payload(plate: "沪A·12345", socPercent: 87.5))
            #expect(try full.decode([String].self, column: "ta") == [text, "", "NULL"])
            #expect(try full.decode([Int32].self, column: "ia") == [1, -2])
            #expect(try full.decode([Int].self, column: "ba") == [Int.min, 0])
            #expect(try full.decode([Double].self, column: "da") == [0.1, -2.5])
            #expect(try full.decode([Decimal].self, column: "na") == [Decimal(1), Decimal(string: "0.000001")!])
            #expect(try full.decode([Bool].self, column: "fa") == [true, false])
            #expect(try full.decode([Date].self, column: "tsa").count == 1)
            #expect(try full.decode([CalendarDate].self, column: "dya") == [day])
            #expect(try full.decode([UUID].self, column: "ua") == [uuid])

            let empty = rows[1]
            for column in ["t", "i", "b", "d", "n", "flag", "at", "day", "u", "j", "ta", "ia"] {
                #expect(try empty.decode(String?.self, column: column) == nil)
            }
            #expect(try empty.decode(Int?.self, column: "i") == nil)
            #expect(try empty.decode(Date?.self, column: "at") == nil)
            #expect(try empty.decode([UUID]?.self, column: "ua") == nil)
            let error = #expect(throws: PostgresError.self) { try empty.decode(Int.self, column: "i") }
            #expect(error?.kind == .decoding)
        }
    }

    @Test func nullBindsAndNullArrayElementsRoundTrip() async throws {
        try await TestDatabase.with { postgres in
            let missing: Int? = nil
            let rows = try await postgres.query("""
                SELECT \(missing)::bigint AS n, \([Int?.some(1), nil, 3]) AS a, \(String?.none)::text AS s
                """)
            #expect(try rows[0].decode(Int?.self, column: "n") == nil)
            #expect(try rows[0].decode([Int?].self, column: "a") == [1, nil, 3])
            #expect(try rows[0].decode(String?.self, column: "s") == nil)
        }
    }

    @Test func specialFloatsAndInfiniteTimestampsDecode() async throws {
        try await TestDatabase.with { postgres in
            let rows = try await postgres.query("""
                SELECT 'NaN'::float8 AS nan, \(Double.infinity) AS inf, \(-Double.infinity) AS minf,
                       'infinity'::timestamptz AS future
                """)
            #expect(try rows[0].decode(Double.self, column: "nan").isNaN)
            #expect(try rows[0].decode(Double.self, column: "inf") == .infinity)
            #expect(try rows[0].decode(Double.self, column: "minf") == -.infinity)
            #expect(try rows[0].decode(Date.self, column: "future") == .distantFuture)
        }
    }

    @Test func malformedTextIsADecodingErrorNamingTheColumn() async throws {
        try await TestDatabase.with { postgres in
            let rows = try await postgres.query("SELECT 'not a number' AS amount")
            let error = #expect(throws: PostgresError.self) { try rows[0].decode(Int.self, column: "amount") }
            #expect(error?.kind == .decoding)
            #expect(error?.message.contains("column amount") == true)
        }
    }
}
