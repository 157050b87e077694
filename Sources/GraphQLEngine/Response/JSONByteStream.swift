/// An append-only byte buffer for writing large responses: raw pointer writes with one capacity
/// check per value, instead of `Array.append`'s checks per byte. Owns its memory; call
/// ``finish(into:)`` once to copy the bytes out and free it.
struct JSONByteStream {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    /// Appends the bytes to `bytes` and frees the buffer.
    mutating func finish(into bytes: inout [UInt8]) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: base, count: count))
        base.deallocate()
        count = 0
        capacity = 0
    }

    @inline(__always)
    mutating func reserve(_ n: Int) {
        if count + n > capacity { grow(n) }
    }

    @inline(never)
    private mutating func grow(_ n: Int) {
        let newCapacity = max(capacity * 2, count + n)
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    @inline(__always)
    mutating func byte(_ b: UInt8) {
        reserve(1)
        base[count] = b
        count += 1
    }

    @inline(__always)
    mutating func bytes(_ p: UnsafeBufferPointer<UInt8>) {
        reserve(p.count)
        (base + count).update(from: p.baseAddress!, count: p.count)
        count += p.count
    }

    mutating func literal(_ s: StaticString) {
        s.withUTF8Buffer { bytes($0) }
    }

    /// Decimal digits of `v`, at least `minimumCount` of them (zero-padded).
    @inline(__always)
    mutating func digits(_ v: UInt, minimumCount: Int = 1) {
        var n = 1
        var probe = v / 10
        while probe > 0 { n += 1; probe /= 10 }
        n = max(n, minimumCount)
        reserve(n)
        var p = base + count + n
        var rest = v
        for _ in 0..<n {
            p -= 1
            p.pointee = UInt8(truncatingIfNeeded: 48 + rest % 10)
            rest /= 10
        }
        count += n
    }

    mutating func int(_ v: Int) {
        if v < 0 { byte(UInt8(ascii: "-")) }
        digits(v.magnitude)
    }

    private static let powersOfTen: [Double] = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9]

    /// A double as `JSON.stringify` writes it (see ``JSONWriter/double(_:)``).
    mutating func double(_ value: Double) {
        guard value.isFinite else { literal("null"); return }
        let magnitude = abs(value)
        if magnitude < 1e15 {
            if value == value.rounded(.towardZero) {
                int(Int(value))
                return
            }
            if magnitude >= 1e-5 {
                for k in 1...9 {
                    let scale = JSONByteStream.powersOfTen[k]
                    let scaled = (magnitude * scale).rounded()
                    guard scaled < 9_007_199_254_740_992 else { break }
                    if scaled / scale == magnitude {
                        if value < 0 { byte(UInt8(ascii: "-")) }
                        let all = UInt(scaled)
                        let p = UInt(scale)
                        digits(all / p)
                        byte(UInt8(ascii: "."))
                        digits(all % p, minimumCount: k)
                        return
                    }
                }
            }
        }
        JSNumber.withUTF8(value) { bytes($0) }
    }

    private static let hexDigits: StaticString = "0123456789abcdef"

    /// A quoted JSON string, escaped as `JSON.stringify` does.
    mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            let n = utf8.count
            reserve(n + 2)
            base[count] = UInt8(ascii: "\"")
            count += 1
            var runStart = 0
            var i = 0
            while i < n {
                let b = utf8[i]
                if b >= 0x20 && b != 0x22 && b != 0x5C {
                    i += 1
                    continue
                }
                if runStart < i { bytes(UnsafeBufferPointer(rebasing: utf8[runStart..<i])) }
                i += 1
                runStart = i
                escape(b)
            }
            if runStart < n { bytes(UnsafeBufferPointer(rebasing: utf8[runStart..<n])) }
            byte(UInt8(ascii: "\""))
        }
    }

    private mutating func escape(_ b: UInt8) {
        switch b {
        case 0x22: literal("\\\"")
        case 0x5C: literal("\\\\")
        case 0x08: literal("\\b")
        case 0x0C: literal("\\f")
        case 0x0A: literal("\\n")
        case 0x0D: literal("\\r")
        case 0x09: literal("\\t")
        default:
            literal("\\u00")
            let hex = JSONByteStream.hexDigits.utf8Start
            byte(hex[Int(b >> 4)])
            byte(hex[Int(b & 0xF)])
        }
    }
}
