import Testing
@testable import GraphQLEngine

/// Property: every document prints to text that parses back to the same document.
@Suite("Printer round trip (property)")
struct PrinterPropertyTests {
    @Test("random documents round-trip through print and parse", arguments: 0..<8)
    func roundTrips(batch: Int) throws {
        for i in 0..<250 {
            let seed = UInt64(batch * 1000 + i)
            var generator = RandomDocument(seed: seed)
            let document = generator.document()
            let printed = Printer.print(document)
            let reparsed: Document
            do {
                reparsed = try Parser.parse(printed)
            } catch {
                Issue.record("seed \(seed): printed document does not parse: \(error.message) \(error.locations)\n\(printed)")
                continue
            }
            #expect(reparsed == document, "seed \(seed):\n\(printed)")
            // Printing is stable: the canonical form prints to itself.
            #expect(Printer.print(reparsed) == printed, "seed \(seed)")
        }
    }
}
