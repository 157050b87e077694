/// Writes JSON text straight into a UTF-8 byte buffer, without Foundation.
///
/// Strings are escaped as RFC 8259 requires and as `JSON.stringify` writes them: `"` `\` and the
/// control characters below U+0020 (short forms `\b \f \n \r \t`, else `\u00XX`); everything else,
/// non-ASCII included, is copied as UTF-8. Numbers are written as JavaScript's `Number#toString`
/// writes them (`1`, `0.5`, `1e+21`, `1e-7`), so responses match graphql-js byte for byte.
public struct JSONWriter: Sendable {
    public var bytes: [UInt8]

    public init(capacity: Int = 256) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    /// The buffer as a `String`.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    @inlinable public mutating func raw(_ byte: UInt8) { bytes.append(byte) }

    public mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends bytes that already are JSON text (e.g. a prepared `"key":`).
    @inlinable public mutating func raw(bytes other: [UInt8]) { bytes.append(contentsOf: other) }

    public mutating func null() { raw("null") }

    public mutating func bool(_ value: Bool) { value ? raw("true") : raw("false") }

    public mutating func int(_ value: Int) {
        if value >= 0 && value < 10 {
            bytes.append(UInt8(truncatingIfNeeded: 48 + value))
            return
        }
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        appendDigits(value.magnitude, minimumCount: 1)
    }

    /// Appends the decimal digits of `value`, left-padded with zeros to `minimumCount`.
    mutating func appendDigits(_ value: UInt, minimumCount: Int) {
        var v = value
        var count = 0
        var probe = value
        repeat { count += 1; probe /= 10 } while probe > 0
        count = max(count, minimumCount)
        let end = bytes.count + count
        bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: count))
        bytes.withUnsafeMutableBufferPointer { buf in
            var i = end
            while v > 0 {
                i -= 1
                buf[i] = UInt8(truncatingIfNeeded: 48 + v % 10)
                v /= 10
            }
        }
    }

    private static let powersOfTen: [Double] = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9]

    /// Writes a finite double as `JSON.stringify` does (`1`, `0.85`, `1e+21`); NaN and infinities
    /// become `null`, as in JavaScript.
    public mutating func double(_ value: Double) {
        guard value.isFinite else { null(); return }
        let magnitude = abs(value)
        if magnitude < 1e15 {
            if value == value.rounded(.towardZero) {
                int(Int(value))
                return
            }
            if magnitude >= 1e-5 {
                // Fixed notation with k decimals: the first k whose rounded scaled integer divides
                // back to exactly `value` gives the shortest round-trip digits.
                for k in 1...9 {
                    let scale = JSONWriter.powersOfTen[k]
                    let scaled = (magnitude * scale).rounded()
                    guard scaled < 9_007_199_254_740_992 else { break }
                    if scaled / scale == magnitude {
                        if value < 0 { bytes.append(UInt8(ascii: "-")) }
                        let digits = UInt(scaled)
                        let p = UInt(JSONWriter.powersOfTen[k])
                        appendDigits(digits / p, minimumCount: 1)
                        bytes.append(UInt8(ascii: "."))
                        appendDigits(digits % p, minimumCount: k)
                        return
                    }
                }
            }
        }
        JSNumber.withUTF8(value) { bytes.append(contentsOf: $0) }
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    public mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { string(utf8: $0) }
    }

    /// Writes a quoted, escaped JSON string from UTF-8 bytes.
    public mutating func string(utf8: UnsafeBufferPointer<UInt8>) {
        bytes.append(UInt8(ascii: "\""))
        var runStart = 0
        var i = 0
        let count = utf8.count
        while i < count {
            let b = utf8[i]
            if b >= 0x20 && b != 0x22 && b != 0x5C {
                i += 1
                continue
            }
            if runStart < i { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<i])) }
            i += 1
            runStart = i
            switch b {
            case 0x22: raw("\\\"")
            case 0x5C: raw("\\\\")
            case 0x08: raw("\\b")
            case 0x0C: raw("\\f")
            case 0x0A: raw("\\n")
            case 0x0D: raw("\\r")
            case 0x09: raw("\\t")
            default:
                raw("\\u00")
                bytes.append(JSONWriter.hexDigits[Int(b >> 4)])
                bytes.append(JSONWriter.hexDigits[Int(b & 0xF)])
            }
        }
        if runStart < count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...])) }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Writes a runtime value as JSON, object keys in insertion order.
    public mutating func value(_ value: GraphQLValue) {
        switch value {
        case .null: null()
        case let .bool(b): bool(b)
        case let .int(i): int(i)
        case let .double(d): double(d)
        case let .string(s): string(s)
        case let .list(items):
            raw(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { raw(UInt8(ascii: ",")) }
                self.value(item)
            }
            raw(UInt8(ascii: "]"))
        case let .object(object):
            raw(UInt8(ascii: "{"))
            for i in 0..<object.count {
                if i > 0 { raw(UInt8(ascii: ",")) }
                string(object.keys[i])
                raw(UInt8(ascii: ":"))
                self.value(object.values[i])
            }
            raw(UInt8(ascii: "}"))
        }
    }
}
