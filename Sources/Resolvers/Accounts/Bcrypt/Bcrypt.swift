import Dispatch

/// bcrypt password hashes in the modular crypt format `$2b$<cost>$<22 salt chars><31 hash chars>`.
///
/// `$2b$` as OpenBSD defines it: the password's UTF-8 bytes plus a NUL, truncated to 72 bytes, are
/// the key; the digest is the first 23 bytes of "OrpheanBeholderScryDoubt" encrypted 64 times under
/// the eksblowfish state. `$2a$` and `$2y$` hashes verify the same way (they differ from `$2b$` only
/// for passwords longer than 255 bytes, which are truncated to 72 here first).
public enum Bcrypt {
    /// The lowest and highest cost (log2 of the key-schedule rounds) accepted.
    public static let costRange = 4...31

    /// Hashes a password with a fresh random salt.
    /// - Throws: `BcryptError.costOutOfRange` when `cost` is outside ``costRange``.
    public static func hash(_ password: String, cost: Int) throws(BcryptError) -> String {
        var generator = SystemRandomNumberGenerator()
        let salt = (0..<16).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return try hash(password, cost: cost, salt: salt)
    }

    /// Hashes a password with the given 16-byte salt (known-answer tests use this).
    public static func hash(_ password: String, cost: Int, salt: [UInt8]) throws(BcryptError) -> String {
        guard costRange.contains(cost) else { throw .costOutOfRange(cost) }
        guard salt.count == 16 else { throw .malformedHash }
        let digest = digest(password: password, cost: cost, salt: salt)
        let costText = cost < 10 ? "0\(cost)" : "\(cost)"
        return "$2b$\(costText)$" + BcryptBase64.encode(salt) + BcryptBase64.encode(digest)
    }

    /// Whether `password` matches `hash`. The digests are compared in constant time.
    /// - Throws: `BcryptError.malformedHash` when `hash` is not a `$2a$`, `$2b$` or `$2y$` hash.
    public static func verify(_ password: String, against hash: String) throws(BcryptError) -> Bool {
        let parsed = try ParsedHash(hash)
        let computed = digest(password: password, cost: parsed.cost, salt: parsed.salt)
        return constantTimeEqual(computed, parsed.digest)
    }

    /// ``hash(_:cost:)`` off Swift's cooperative pool, so a costly hash never holds up other tasks.
    public static func hashOffPool(_ password: String, cost: Int) async throws(BcryptError) -> String {
        let result: Swift.Result<String, BcryptError> = await offPool {
            do throws(BcryptError) { return .success(try hash(password, cost: cost)) } catch { return .failure(error) }
        }
        return try result.get()
    }

    /// ``verify(_:against:)`` off Swift's cooperative pool.
    public static func verifyOffPool(_ password: String, against hash: String) async throws(BcryptError) -> Bool {
        let result: Swift.Result<Bool, BcryptError> = await offPool {
            do throws(BcryptError) { return .success(try verify(password, against: hash)) } catch { return .failure(error) }
        }
        return try result.get()
    }

    /// The 23-byte bcrypt digest.
    static func digest(password: String, cost: Int, salt: [UInt8]) -> [UInt8] {
        var key = Array(password.utf8)
        key.append(0)
        if key.count > 72 { key.removeLast(key.count - 72) }
        let state = EksBlowfish.setup(cost: cost, salt: salt, key: key)
        let magic = Array("OrpheanBeholderScryDoubt".utf8)
        var index = 0
        var words = (0..<6).map { _ in EksBlowfish.streamToWord(magic, &index) }
        state.encrypt(&words, times: 64)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(24)
        for word in words {
            bytes += [UInt8(word >> 24), UInt8((word >> 16) & 0xFF), UInt8((word >> 8) & 0xFF), UInt8(word & 0xFF)]
        }
        return Array(bytes.prefix(23))
    }

    /// Compares two byte arrays without an early exit on the first difference.
    static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for i in a.indices { difference |= a[i] ^ b[i] }
        return difference == 0
    }

    private static func offPool<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async { continuation.resume(returning: work()) }
        }
    }

    /// A hash split into its parts.
    private struct ParsedHash {
        var cost: Int
        var salt: [UInt8]
        var digest: [UInt8]

        init(_ text: String) throws(BcryptError) {
            let bytes = Array(text.utf8)
            guard bytes.count == 60, bytes[0] == UInt8(ascii: "$"), bytes[1] == UInt8(ascii: "2"),
                  [UInt8(ascii: "a"), UInt8(ascii: "b"), UInt8(ascii: "y")].contains(bytes[2]),
                  bytes[3] == UInt8(ascii: "$"), bytes[6] == UInt8(ascii: "$"),
                  let cost = Int(String(decoding: bytes[4..<6], as: UTF8.self)), Bcrypt.costRange.contains(cost),
                  let salt = BcryptBase64.decode(bytes[7..<29], count: 16),
                  let digest = BcryptBase64.decode(bytes[29..<60], count: 23)
            else { throw .malformedHash }
            self.cost = cost
            self.salt = salt
            self.digest = digest
        }
    }
}

/// Why a bcrypt hash could not be made or checked.
public enum BcryptError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The cost is outside 4...31.
    case costOutOfRange(Int)
    /// The stored hash is not a bcrypt hash (the text is never included: it is a secret).
    case malformedHash

    public var description: String {
        switch self {
        case let .costOutOfRange(cost): "bcrypt cost \(cost) is outside 4...31"
        case .malformedHash: "the stored password hash is not a $2a$/$2b$/$2y$ bcrypt hash"
        }
    }
}
