/// JavaScript's formatting of numbers and strings, for error messages and printed values that
/// must read exactly as graphql-js writes them.
enum JSNumber {
    /// `Number.prototype.toString()` of a double: `2`, `1.5`, `1e+21`, `1e-7`, `NaN`, `Infinity`.
    static func string(_ value: Double) -> String {
        withUTF8(value) { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with the UTF-8 bytes of ``string(_:)`` of `value`, built in a stack buffer
    /// (the JSON writers use this for doubles with many digits).
    static func withUTF8<R>(_ value: Double, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { buffer in
            let count = format(value, into: buffer)
            return body(UnsafeBufferPointer(rebasing: buffer[..<count]))
        }
    }

    /// Writes `Number.prototype.toString()` of `value` into `out` (64 bytes) and returns the
    /// length. The shortest round-tripping digits come from Swift's `description`; the layout
    /// (fixed below 1e21, exponent form with a sign, `0.000001` down to 1e-6) is JavaScript's.
    private static func format(_ value: Double, into out: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var length = 0
        func put(_ byte: UInt8) {
            out[length] = byte
            length += 1
        }
        func put(_ text: StaticString) {
            text.withUTF8Buffer { for byte in $0 { put(byte) } }
        }
        if value.isNaN { put("NaN"); return length }
        if value.isInfinite { put(value < 0 ? "-Infinity" : "Infinity"); return length }
        if value == 0 { put("0"); return length }
        if value < 0 { put(UInt8(ascii: "-")) }

        // The digits without leading or trailing zeros go to out[40...]; the value is
        // 0.digits × 10^n.
        let digitsStart = 40
        var count = 0
        var point = 0
        var exponent = 0
        var exponentSign = 1
        var afterPoint = false
        var inExponent = false
        var description = value.magnitude.description
        description.withUTF8 { text in
            for byte in text {
                if inExponent {
                    if byte == UInt8(ascii: "-") {
                        exponentSign = -1
                    } else if byte != UInt8(ascii: "+") {
                        exponent = exponent * 10 + Int(byte &- 48)
                    }
                } else if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
                    inExponent = true
                } else if byte == UInt8(ascii: ".") {
                    afterPoint = true
                } else if count == 0 && byte == UInt8(ascii: "0") {
                    if afterPoint { point -= 1 }
                } else {
                    out[digitsStart + count] = byte
                    count += 1
                    if !afterPoint { point += 1 }
                }
            }
        }
        while count > 1 && out[digitsStart + count - 1] == UInt8(ascii: "0") { count -= 1 }
        let n = point + exponentSign * exponent
        func digits(_ range: Range<Int>) {
            for i in range { put(out[digitsStart + i]) }
        }
        func zeros(_ times: Int) {
            for _ in 0..<max(0, times) { put(UInt8(ascii: "0")) }
        }
        if count <= n && n <= 21 {
            digits(0..<count)
            zeros(n - count)
        } else if 0 < n && n <= 21 {
            digits(0..<n)
            put(UInt8(ascii: "."))
            digits(n..<count)
        } else if -6 < n && n <= 0 {
            put("0.")
            zeros(-n)
            digits(0..<count)
        } else {
            digits(0..<1)
            if count > 1 {
                put(UInt8(ascii: "."))
                digits(1..<count)
            }
            let e = n - 1
            put(e < 0 ? "e-" : "e+")
            for byte in String(abs(e)).utf8 { put(byte) }
        }
        return length
    }

    /// `JSON.stringify` of a string: double quotes, with `"`, `\` and control characters escaped.
    static func quote(_ string: String) -> String {
        var out = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// JavaScript's `Number(string)` for decimal text: surrounding white space ignored, empty → 0,
    /// `0x`/`0o`/`0b` prefixes as radix integers, nil when the text is not a number.
    static func parse(_ text: String) -> Double? {
        let trimmed = String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
        if trimmed.isEmpty { return 0 }
        if trimmed == "Infinity" || trimmed == "+Infinity" { return .infinity }
        if trimmed == "-Infinity" { return -.infinity }
        for (prefix, radix) in [("0x", 16), ("0X", 16), ("0o", 8), ("0O", 8), ("0b", 2), ("0B", 2)]
        where trimmed.hasPrefix(prefix) {
            let digits = trimmed.dropFirst(2)
            guard !digits.isEmpty, let value = UInt64(digits, radix: radix) else { return nil }
            return Double(value)
        }
        guard trimmed.allSatisfy({ "0123456789+-.eE".contains($0) }) else { return nil }
        return Double(trimmed)
    }
}
