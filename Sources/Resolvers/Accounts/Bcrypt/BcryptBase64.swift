/// bcrypt's own base64: alphabet `./A–Za–z0–9`, no padding (OpenBSD `encode_base64`).
enum BcryptBase64 {
    static let alphabet = Array("./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".utf8)

    /// Values of each ASCII byte in the alphabet, or 0xFF.
    static let values: [UInt8] = {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (i, c) in alphabet.enumerated() { table[Int(c)] = UInt8(i) }
        return table
    }()

    /// Encodes bytes, four characters per three bytes and two or three for a remainder.
    static func encode(_ data: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity((data.count * 4 + 2) / 3)
        var i = 0
        while i < data.count {
            let c1 = data[i]
            out.append(alphabet[Int(c1 >> 2)])
            var c = (c1 & 0x03) << 4
            i += 1
            guard i < data.count else { out.append(alphabet[Int(c)]); break }
            let c2 = data[i]
            c |= c2 >> 4
            out.append(alphabet[Int(c)])
            c = (c2 & 0x0F) << 2
            i += 1
            guard i < data.count else { out.append(alphabet[Int(c)]); break }
            let c3 = data[i]
            c |= c3 >> 6
            out.append(alphabet[Int(c)])
            out.append(alphabet[Int(c3 & 0x3F)])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Decodes exactly `count` bytes from `text`, or nil when a character is outside the alphabet
    /// or the text is too short. Unused low bits of the last character are ignored, as OpenBSD does.
    static func decode(_ text: ArraySlice<UInt8>, count: Int) -> [UInt8]? {
        var digits: [UInt8] = []
        digits.reserveCapacity(text.count)
        for c in text {
            let v = values[Int(c)]
            guard v != 0xFF else { return nil }
            digits.append(v)
        }
        var out: [UInt8] = []
        out.reserveCapacity(count)
        var i = 0
        while out.count < count {
            guard i + 1 < digits.count else { return nil }
            out.append((digits[i] << 2) | (digits[i + 1] >> 4))
            if out.count == count { break }
            guard i + 2 < digits.count else { return nil }
            out.append((digits[i + 1] << 4) | (digits[i + 2] >> 2))
            if out.count == count { break }
            guard i + 3 < digits.count else { return nil }
            out.append((digits[i + 2] << 6) | digits[i + 3])
            i += 4
        }
        return out
    }
}
