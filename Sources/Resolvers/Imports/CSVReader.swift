/// Reads CSV records (RFC 4180, see ``CSVParser``) from a whole string or, streaming, from an
/// asynchronous sequence of byte chunks (an HTTP body, a file read in chunks), so a large
/// import never holds the whole file in memory.
public enum CSVReader {
    /// Every record of `text`.
    public static func records(_ text: String, separator: UInt8 = UInt8(ascii: ",")) -> [CSVRecord] {
        var parser = CSVParser(separator: separator)
        var records = parser.feed(text.utf8)
        records += parser.finish()
        return records
    }

    /// The records of `chunks`, parsed as they arrive.
    public static func records<Chunks: AsyncSequence>(
        from chunks: Chunks, separator: UInt8 = UInt8(ascii: ",")
    ) -> CSVRecordSequence<Chunks> where Chunks.Element: Sequence<UInt8> {
        CSVRecordSequence(chunks: chunks, parser: CSVParser(separator: separator))
    }
}

/// The records of an asynchronous sequence of byte chunks (``CSVReader/records(from:separator:)``).
public struct CSVRecordSequence<Chunks: AsyncSequence>: AsyncSequence where Chunks.Element: Sequence<UInt8> {
    public typealias Element = CSVRecord
    let chunks: Chunks
    let parser: CSVParser

    public func makeAsyncIterator() -> Iterator {
        Iterator(chunks: chunks.makeAsyncIterator(), parser: parser)
    }

    public struct Iterator: AsyncIteratorProtocol {
        var chunks: Chunks.AsyncIterator
        var parser: CSVParser
        var ready: [CSVRecord] = []
        var readyIndex = 0
        var finished = false

        public mutating func next() async throws -> CSVRecord? {
            while readyIndex == ready.count {
                if finished { return nil }
                ready.removeAll(keepingCapacity: true)
                readyIndex = 0
                if let chunk = try await chunks.next() {
                    ready = parser.feed(chunk)
                } else {
                    ready = parser.finish()
                    finished = true
                }
            }
            defer { readyIndex += 1 }
            return ready[readyIndex]
        }
    }
}

extension CSVRecordSequence: Sendable where Chunks: Sendable {}
