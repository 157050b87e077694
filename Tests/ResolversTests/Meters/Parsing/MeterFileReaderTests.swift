import Foundation
import Resolvers
import Testing
import TestSupport

/// The meter file reader on all twelve seed files, checked against the Foundation oracle, and on
/// broken input.
struct MeterFileReaderTests {
    static let seedNames: [String] = (try? MeterSeeds.files.map(\.lastPathComponent)) ?? []

    static func seed(_ name: String) throws -> String {
        let url = try #require(try MeterSeeds.files.first { $0.lastPathComponent == name })
        return try String(contentsOf: url, encoding: .utf8)
    }

    @Test func allTwelveSeedsAreFound() throws {
        #expect(Self.seedNames.count == 12)
    }

    @Test("every seed line is read as the oracle reads it", arguments: seedNames)
    func readsSeed(name: String) throws {
        let text = try Self.seed(name)
        let parsed = try ParsedMeterFile.read(text)
        let expected = MeterSeedOracle.lines(of: text)
        let dataLines = text.split(whereSeparator: \.isNewline).count - 1
        #expect(parsed.rejected == [])
        #expect(parsed.readings.count == dataLines)
        #expect(parsed.readings.count == expected.count)
        for (row, line) in zip(parsed.readings, expected) {
            #expect(row.meterPointCode + "|" + row.serialNumber == line.meter)
            #expect(row.timestamp == line.timestamp)
            #expect(row.dataType == line.dataType && row.units == line.units && row.value == line.value)
            #expect(row.period == line.period && row.rate == line.rate && row.plantCode == line.plantCode)
        }
        #expect(parsed.layout.kind == MeterFileKind.fromFileName(name))
    }

    @Test("the header picks the layout", arguments: [
        ("erm-2015/LP_210095893_20150901T011608049.csv", MeterFileLayout.loadProfile),
        ("erm-2015/TOU_214667141_20150901T040057.csv", .touRegisters),
        ("backend-energy-2018/TOU_212621147_20180915T01200916.csv", .touIntervals),
    ])
    func detectsLayout(path: String, layout: MeterFileLayout) throws {
        let text = try String(contentsOf: try MeterSeeds.directory.appendingPathComponent(path), encoding: .utf8)
        #expect(try ParsedMeterFile.read(text).layout == layout)
    }

    @Test func readsRegisterFields() throws {
        let parsed = try ParsedMeterFile.read(try Self.seed("TOU_214667141_20150901T040057.csv"))
        let first = parsed.readings[0], current = parsed.readings[4]
        #expect(first.line == 2 && first.period == "Total" && first.rate == "Unified" && first.maximumDemand == 0.012)
        #expect(first.timeOfMaxDemand == nil)  // 30/12/1899 00:00:00 means no value
        #expect(first.status == ".....R....")
        #expect(current.timeOfMaxDemand == Date(timeIntervalSince1970: 1_441_067_400))  // 01/09/2015 00:30:00 UTC
    }

    @Test func readsIntervalFieldsAndShortTimes() throws {
        let parsed = try ParsedMeterFile.read(try Self.seed("TOU_212621678_20180913T05110714.csv"))
        let first = parsed.readings[0]
        #expect(first.quality == "A" && first.stream == "B1" && first.period == "" && first.rate == "")
        #expect(first.timestamp == Date(timeIntervalSince1970: 1_536_710_400))  // 12/09/2018 0:00 UTC
    }

    @Test func readsLocalTimesInTheGivenZone() throws {
        let text = "MeterPoint Code,Serial Number,Plant Code,Date/Time,Data Type,Data Value,Units,Status\n"
            + "1,1,P,01/07/2018 12:30:00,Import Wh Total,-1.5,kwh,\n1,1,P,01/01/2018 12:30:00,Import Wh Total,2,kwh,\n"
        let parsed = try ParsedMeterFile.read(text, timeZone: TimeZone(identifier: "Europe/Berlin")!)
        #expect(parsed.readings.map(\.timestamp) == [Date(timeIntervalSince1970: 1_530_441_000), Date(timeIntervalSince1970: 1_514_806_200)])
        #expect(parsed.readings[0].value == -1.5 && parsed.readings[0].status == nil)
    }

    static let lpHeader = "MeterPoint Code,Serial Number,Plant Code,Date/Time,Data Type,Data Value,Units,Status"

    @Test("bad lines are rejected with their number and reason", arguments: [
        ("1,1,P,31/02/2018 00:00:00,Import Wh Total,1,kwh,",
         #"Date/Time "31/02/2018 00:00:00" is not a date and time; write dd/MM/yyyy HH:mm:ss or d/MM/yyyy H:mm, e.g. 31/08/2018 00:45:00."#),
        ("1,1,P,01/02/2018 00:00:00,Import Wh Total,abc,kwh,",
         #"Data Value "abc" is not a number; write a decimal such as 12.5 or -0.25."#),
        ("1,1,P,01/02/2018 00:00:00,Import Wh Total,nan,kwh,",
         #"Data Value "nan" is not a number; write a decimal such as 12.5 or -0.25."#),
        ("1,1,P,01/02/2018 00:00:00,Import Wh Total,1,kwh",
         "The line has 7 fields; the LP layout has 8 (MeterPoint Code, Serial Number, Plant Code, Date/Time, Data Type, Data Value, Units, Status). Check for a missing or extra comma."),
        (",1,P,01/02/2018 00:00:00,Import Wh Total,1,kwh,", "MeterPoint Code is empty; every line needs one."),
        ("1,1,P,01/02/2018 00:00:00,Import \"Wh\",1,kwh,",
         "The line is not valid CSV: a quote inside an unquoted field; quote the whole field and write \"\" for the quote."),
    ])
    func rejectsBadLine(line: String, message: String) throws {
        let parsed = try ParsedMeterFile.read(Self.lpHeader + "\n1,1,P,01/02/2018 00:15:00,Import Wh Total,1,kwh,\n" + line + "\n")
        #expect(parsed.readings.count == 1)
        #expect(parsed.rejected == [MeterRejectedLine(line: 3, message: message, content: line)])
    }

    @Test func unknownHeaderAndEmptyFilesAreRefused() throws {
        #expect(throws: MeterFileRefusal.empty) { try ParsedMeterFile.read("") }
        #expect(throws: MeterFileRefusal.empty) { try ParsedMeterFile.read("\n  \n") }
        #expect(throws: MeterFileRefusal.unknownHeader("a,b,c")) { try ParsedMeterFile.read("a,b,c\n1,2,3\n") }
        var garbage = [UInt8](repeating: 0, count: 5 << 20)
        var state: UInt64 = 42
        for i in garbage.indices {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            garbage[i] = UInt8(truncatingIfNeeded: state >> 33)
        }
        // Fed in chunks as the importer does: the first chunk already refuses the file.
        var reader = MeterFileReader(timeZone: .gmt)
        #expect(throws: MeterFileRefusal.self) { _ = try reader.feed(garbage[..<(1 << 16)]) }
        #expect(reader.layout == nil)
    }

    @Test func refusalMessagesSayWhatToDo() {
        #expect(MeterFileRefusal.empty.message == "The file is empty; send a meter file with its header line and at least one reading.")
        #expect(MeterFileRefusal.unknownHeader("a,b").message.hasPrefix(#"The header "a,b" is not a known meter file layout; expected the LP header (MeterPoint Code,"#))
    }
}
