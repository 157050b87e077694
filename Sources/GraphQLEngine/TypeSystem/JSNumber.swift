/// JavaScript's formatting of numbers and strings, for error messages and printed values that
/// must read exactly as graphql-js writes them.
enum JSNumber {
    /// `Number.prototype.toString()` of a double: `2`, `1.5`, `1e+21`, `1e-7`, `NaN`, `Infinity`.
    static func string(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        if value == 0 { return "0" }
        let sign = value < 0 ? "-" : ""
        let (digits, n) = shortestDigits(abs(value))
        let k = digits.count
        let body: String
        if k <= n && n <= 21 {
            body = digits + String(repeating: "0", count: n - k)
        } else if 0 < n && n <= 21 {
            let i = digits.index(digits.startIndex, offsetBy: n)
            body = digits[..<i] + "." + digits[i...]
        } else if -6 < n && n <= 0 {
            body = "0." + String(repeating: "0", count: -n) + digits
        } else {
            let e = n - 1
            let exponent = (e < 0 ? "e-" : "e+") + String(abs(e))
            body = k == 1 ? digits + exponent : digits.prefix(1) + "." + digits.dropFirst() + exponent
        }
        return sign + body
    }

    /// The shortest round-tripping decimal digits of a positive finite double, and `n` such that
    /// the value is `0.digits × 10^n`.
    private static func shortestDigits(_ value: Double) -> (String, Int) {
        let text = "\(value)"
        let parts = text.split(separator: "e", maxSplits: 1)
        let exponent = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        let mantissa = parts[0].split(separator: ".", maxSplits: 1)
        var digits = Array(mantissa[0])
        var point = digits.count
        if mantissa.count > 1 { digits += Array(mantissa[1]) }
        while digits.first == "0" {
            digits.removeFirst()
            point -= 1
        }
        while digits.last == "0" { digits.removeLast() }
        return (String(digits), point + exponent)
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
