/// Blowfish with bcrypt's expensive key schedule ("eksblowfish", Provos and Mazières, "A
/// Future-Adaptable Password Scheme", USENIX 1999), following OpenBSD's `bcrypt.c` and `blf.c`.
///
/// State is the 18-word P-array and the four S-boxes as one 1024-word array. Arithmetic uses the
/// wrapping operators and unsafe buffers so that a debug build stays usable at low costs.
struct EksBlowfish {
    private var p: [UInt32]
    private var s: [UInt32]

    /// A state holding the initial subkeys (the digits of π).
    init() {
        p = BlowfishTables.initialP
        s = BlowfishTables.initialS
    }

    /// EksBlowfishSetup: the state after `2^cost` rounds of alternately mixing in key and salt.
    ///
    /// - Parameters:
    ///   - cost: log2 of the number of rounds, 4...31.
    ///   - salt: 16 bytes.
    ///   - key: the password bytes including bcrypt's trailing NUL, at most 72 bytes.
    static func setup(cost: Int, salt: [UInt8], key: [UInt8]) -> EksBlowfish {
        var state = EksBlowfish()
        state.expandKey(salt: salt, key: key)
        let rounds = UInt64(1) << UInt64(cost)
        var round: UInt64 = 0
        while round < rounds {
            state.expandKey(salt: nil, key: key)
            state.expandKey(salt: nil, key: salt)
            round += 1
        }
        return state
    }

    /// Encrypts `words` (pairs of 32-bit halves) in ECB mode `times` times over.
    func encrypt(_ words: inout [UInt32], times: Int) {
        p.withUnsafeBufferPointer { p in
            s.withUnsafeBufferPointer { s in
                for _ in 0..<times {
                    var i = 0
                    while i < words.count {
                        var l = words[i], r = words[i + 1]
                        Self.encipher(&l, &r, p, s)
                        words[i] = l
                        words[i + 1] = r
                        i += 2
                    }
                }
            }
        }
    }

    /// Blowfish_expandstate (with a salt) or Blowfish_expand0state (without): XORs the cycled key
    /// into the P-array, then replaces P and S by successive encryptions of a block that, with a
    /// salt, has the cycled salt XORed in before each encryption.
    private mutating func expandKey(salt: [UInt8]?, key: [UInt8]) {
        var keyIndex = 0
        var saltIndex = 0
        for i in 0..<18 {
            p[i] ^= Self.streamToWord(key, &keyIndex)
        }
        var l: UInt32 = 0, r: UInt32 = 0
        p.withUnsafeMutableBufferPointer { p in
            s.withUnsafeMutableBufferPointer { s in
                let sBoxes = UnsafeBufferPointer(s)
                var i = 0
                while i < 18 {
                    if let salt {
                        l ^= Self.streamToWord(salt, &saltIndex)
                        r ^= Self.streamToWord(salt, &saltIndex)
                    }
                    Self.encipher(&l, &r, UnsafeBufferPointer(p), sBoxes)
                    p[i] = l
                    p[i + 1] = r
                    i += 2
                }
                i = 0
                while i < 1024 {
                    if let salt {
                        l ^= Self.streamToWord(salt, &saltIndex)
                        r ^= Self.streamToWord(salt, &saltIndex)
                    }
                    Self.encipher(&l, &r, UnsafeBufferPointer(p), UnsafeBufferPointer(s))
                    s[i] = l
                    s[i + 1] = r
                    i += 2
                }
            }
        }
    }

    /// Blowfish_stream2word: the next four bytes of `data`, cycling back to its start.
    static func streamToWord(_ data: [UInt8], _ index: inout Int) -> UInt32 {
        var word: UInt32 = 0
        for _ in 0..<4 {
            if index >= data.count { index = 0 }
            word = (word << 8) | UInt32(data[index])
            index += 1
        }
        return word
    }

    /// Sixteen Feistel rounds on one 64-bit block.
    @inline(__always)
    private static func encipher(_ xl: inout UInt32, _ xr: inout UInt32,
                                 _ p: UnsafeBufferPointer<UInt32>, _ s: UnsafeBufferPointer<UInt32>) {
        @inline(__always) func f(_ x: UInt32) -> UInt32 {
            let a = s[Int(x >> 24)]
            let b = s[256 + Int((x >> 16) & 0xFF)]
            let c = s[512 + Int((x >> 8) & 0xFF)]
            let d = s[768 + Int(x & 0xFF)]
            return ((a &+ b) ^ c) &+ d
        }
        var l = xl ^ p[0]
        var r = xr
        var i = 1
        while i <= 16 {
            r ^= f(l) ^ p[i]
            i += 1
            l ^= f(r) ^ p[i]
            i += 1
        }
        xl = r ^ p[17]
        xr = l
    }
}
