import Foundation
import Testing
@testable import GraphQLEngine

/// `JSNumber.string` and the JSON writers' doubles against Node's `String(x)` and
/// `JSON.stringify(x)` for 3,000 doubles: random bit patterns (every magnitude, subnormals
/// included), random decimals with up to 17 significant digits, and the layout boundaries
/// (1e21, 1e-6, 1e-7). One node process; fails, not skips, without node.
@Suite("JavaScript number formatting against node")
struct JSNumberDifferentialTests {
    static func samples() -> [Double] {
        var generator = SystemRandomNumberGenerator()
        var values: [Double] = [1e21, 9.999999999999999e20, 1e-6, 1e-7, 0.000001234, 123456789012345683968, .leastNonzeroMagnitude,
                                1.7976931348623157e308, 0.1 + 0.2, 1 / 3, 2.5e-5, 100, 1e15, 1e16 + 2, 4.35, 0.3]
        while values.count < 1_000 {
            let value = Double(bitPattern: generator.next())
            if value.isFinite { values.append(value) }
        }
        for _ in 0..<1_000 {
            let digits = Int.random(in: 1...17, using: &generator)
            let mantissa = Double(UInt64.random(in: 0..<UInt64(pow(10, Double(digits))), using: &generator))
            values.append(mantissa * pow(10, Double(Int.random(in: -30...30, using: &generator))))
        }
        for _ in 0..<1_000 {
            values.append(Double.random(in: -1_000...1_000, using: &generator) / Double(Int.random(in: 1...100_000, using: &generator)))
        }
        return values
    }

    @Test("String(x) and JSON.stringify(x) of 3,000 doubles")
    func matchesNode() async throws {
        let values = Self.samples()
        // Bit patterns in hex so the oracle reads exactly the same doubles.
        let input = values.map { String($0.bitPattern, radix: 16) }.joined(separator: "\n")
        let script = """
            const lines = require('fs').readFileSync(0, 'utf8').split('\\n');
            const view = new DataView(new ArrayBuffer(8));
            const out = lines.map((hex) => { view.setBigUint64(0, BigInt('0x' + hex)); const x = view.getFloat64(0); return String(x) + ' ' + JSON.stringify(x); });
            process.stdout.write(out.join('\\n'));
            """
        let oracle = try await OracleProcess.run(["node", "-e", script], input: Data(input.utf8))
        #expect(oracle.status == 0, "node failed: \(String(decoding: oracle.errorOutput, as: UTF8.self))")
        let expected = String(decoding: oracle.output, as: UTF8.self).split(separator: "\n").map(String.init)
        #expect(expected.count == values.count)
        var mismatches: [String] = []
        for (value, line) in zip(values, expected) {
            var writer = JSONWriter()
            writer.double(value)
            var stream = JSONByteStream(capacity: 64)
            stream.double(value)
            var streamed: [UInt8] = []
            stream.finish(into: &streamed)
            let ours = JSNumber.string(value) + " " + String(decoding: writer.bytes, as: UTF8.self)
            if ours != line { mismatches.append("\(value): ours \(ours), node \(line)") }
            if streamed != writer.bytes { mismatches.append("\(value): JSONByteStream \(String(decoding: streamed, as: UTF8.self))") }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) differ, first: \(mismatches.prefix(5))")
    }
}
