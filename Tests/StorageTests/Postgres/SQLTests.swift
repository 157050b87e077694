import Foundation
import Testing
@testable import Storage

@Suite struct SQLTests {
    @Test func interpolatedValuesBecomeNumberedBinds() {
        let ids = [1, 2, 3]
        let name = "O'Brien; DROP TABLE x"
        let sql: SQL = "SELECT * FROM t WHERE id = ANY(\(ids)) AND name = \(name)"
        #expect(sql.text == "SELECT * FROM t WHERE id = ANY($1) AND name = $2")
        #expect(sql.binds == [PostgresBind(typeOID: 1016, text: #"{"1","2","3"}"#),
                              PostgresBind(typeOID: 0, text: name)])
    }

    @Test func fragmentsKeepTheirBindsAndAreRenumbered() {
        let first: SQL = "a = \(1)"
        let second: SQL = "b = \(2)"
        let sql: SQL = "SELECT 1 WHERE \(SQL.joined([first, second], separator: " AND ")) AND c = \(3)"
        #expect(sql.text == "SELECT 1 WHERE a = $1 AND b = $2 AND c = $3")
        #expect(sql.binds.map(\.text) == ["1", "2", "3"])
    }

    @Test func unsafeTextIsSplicedVerbatimAndNilBindsNull() {
        let missing: Int? = nil
        let sql: SQL = "SELECT \(unsafe: "count(*)") FROM t WHERE x = \(missing)"
        #expect(sql.text == "SELECT count(*) FROM t WHERE x = $1")
        #expect(sql.binds == [PostgresBind(typeOID: 20, text: nil)])
    }

    static let arrayCases: [([String?], String)] = [
        (["a", "b c", nil, "q\"uote", "back\\slash", "", "NULL"], #"{"a","b c",NULL,"q\"uote","back\\slash","","NULL"}"#),
        ([], "{}"),
    ]

    @Test("array literals round-trip", arguments: arrayCases)
    func arrayLiterals(elements: [String?], literal: String) throws {
        #expect(PostgresArrayLiteral.format(elements) == literal)
        #expect(try PostgresArrayLiteral.parse(Substring(literal)).map { $0.map(String.init) } == elements)
    }

    @Test func serverStyleUnquotedArraysParse() throws {
        #expect(try PostgresArrayLiteral.parse("{1,NULL,3}").map { $0.map(String.init) } == ["1", nil, "3"])
        #expect(throws: PostgresDecodingFailure.self) { try PostgresArrayLiteral.parse("{{1,2},{3,4}}") }
        #expect(throws: PostgresDecodingFailure.self) { try PostgresArrayLiteral.parse("1,2") }
    }

    @Test("calendar dates convert to and from days since 1970", arguments: [
        (CalendarDate(year: 1970, month: 1, day: 1), 0),
        (CalendarDate(year: 2000, month: 2, day: 29), 11_016),
        (CalendarDate(year: 1969, month: 12, day: 31), -1),
        (CalendarDate(year: 2024, month: 12, day: 31), 20_088),
    ])
    func calendarDates(date: CalendarDate, days: Int) {
        #expect(date.daysSinceEpoch == days)
        #expect(CalendarDate(daysSinceEpoch: days) == date)
    }

    @Test func timestampsFormatAsUTCWithMicroseconds() throws {
        let date = Date(timeIntervalSince1970: 1_700_000_000.123456)
        #expect(date.postgresText == "2023-11-14T22:13:20.123456Z")
        let parsed = try Date.decode(postgresText: "2023-11-14 23:13:20.123456+01")
        #expect(abs(parsed.timeIntervalSince1970 - 1_700_000_000.123456) < 0.000_001)
    }
}
