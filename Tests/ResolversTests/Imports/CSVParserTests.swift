import Testing
@testable import Resolvers

@Suite("CSV parser (RFC 4180)")
struct CSVParserTests {
    @Test func plainRecordsWithLineNumbersAndLineEndings() {
        let records = CSVReader.records("a,b,c\r\n1,2,3\n\n x , y ,z")
        #expect(records.map(\.fields) == [["a", "b", "c"], ["1", "2", "3"], [""], [" x ", " y ", "z"]])
        #expect(records.map(\.line) == [1, 2, 3, 4])
        #expect(records.map(\.isBlank) == [false, false, true, false])
        #expect(records.allSatisfy { $0.problem == nil })
        #expect(records[3].text == " x , y ,z")
    }

    @Test func quotedFieldsHoldSeparatorsQuotesAndLineBreaks() {
        let records = CSVReader.records("name,note\n\"Smith, J\",\"said \"\"hi\"\"\nand left\"\nlast,\"\"\n")
        #expect(records.map(\.fields) == [["name", "note"], ["Smith, J", "said \"hi\"\nand left"], ["last", ""]])
        // The quoted line break makes the third record start on line 4.
        #expect(records.map(\.line) == [1, 2, 4])
        #expect(records[1].text == "\"Smith, J\",\"said \"\"hi\"\"\nand left\"")
    }

    @Test func malformedRecordsSayWhyAndParsingGoesOn() {
        let records = CSVReader.records("ab\"c,1\n\"x\"y,2\nok,3\n\"never closed,4\nmore")
        #expect(records.count == 4)
        #expect(records[0].problem?.contains("a quote inside an unquoted field") == true)
        #expect(records[1].problem?.contains("text follows a closed quoted field") == true)
        #expect(records[2].problem == nil && records[2].fields == ["ok", "3"] && records[2].line == 3)
        #expect(records[3].problem == "a quoted field that starts on line 4 is never closed")
    }

    @Test func byteOrderMarkIsSkippedAndInvalidUTF8IsAProblem() {
        var parser = CSVParser()
        var records = parser.feed([0xEF, 0xBB, 0xBF] + Array("a,b\n".utf8) + [0x61, 0xFF, 0x2C, 0x62, 0x0A])
        records += parser.finish()
        #expect(records.first?.fields == ["a", "b"])
        #expect(records.count == 2)
        #expect(records[1].problem == "the line is not valid UTF-8; save the file as UTF-8")
    }

    @Test func feedingByteByByteGivesTheSameRecordsAsAWholeString() {
        let text = "p,q\r\n\"1,\"\"2\"\"\r\n3\",4\r\nlast,line"
        var parser = CSVParser()
        var pieces: [CSVRecord] = []
        for byte in text.utf8 { pieces += parser.feed([byte]) }
        pieces += parser.finish()
        #expect(pieces == CSVReader.records(text))
        #expect(pieces.map(\.fields) == [["p", "q"], ["1,\"2\"\r\n3", "4"], ["last", "line"]])
    }

    @Test func overLongRecordsAreCutAndTheNextLineIsReadNormally() {
        let garbage = "\"" + String(repeating: "x", count: 5_000) + "\nnext,1\nafter,2\n"
        var parser = CSVParser(maxRecordBytes: 1_000)
        var records = parser.feed(garbage.utf8)
        records += parser.finish()
        #expect(records.first?.problem == "the record is longer than 1000 bytes")
        #expect(records.first.map { $0.text.utf8.count <= 1_001 } == true)
        #expect(records.dropFirst().map(\.fields) == [["next", "1"], ["after", "2"]])
        #expect(records.dropFirst().map(\.line) == [2, 3])
    }

    @Test func asyncChunksGiveTheSameRecords() async throws {
        let text = "a,\"b\nc\",d\n1,2,3\n"
        let bytes = Array(text.utf8)
        let chunks = AsyncStream<[UInt8]> { continuation in
            for start in stride(from: 0, to: bytes.count, by: 3) {
                continuation.yield(Array(bytes[start..<min(start + 3, bytes.count)]))
            }
            continuation.finish()
        }
        var streamed: [CSVRecord] = []
        for try await record in CSVReader.records(from: chunks) { streamed.append(record) }
        #expect(streamed == CSVReader.records(text))
        #expect(streamed.count == 2)
    }
}
