import Foundation
import Testing
import TestSupport
@testable import Resolvers

/// bcrypt against published known answers and against an independent implementation
/// (pyca/bcrypt from PyPI, installed into a throw-away virtual environment by the test).
@Suite struct BcryptTests {
    /// OpenBSD's and jBCrypt's test vectors ($2a$, which equals $2b$ below 255 bytes).
    static let knownAnswers: [(password: String, hash: String)] = [
        ("", "$2a$06$DCq7YPn5Rq63x1Lad4cll.TV4S6ytwfsfvkgY8jIucDrjc8deX1s."),
        ("", "$2a$08$HqWuK6/Ng6sg9gQzbLrgb.Tl.ZHfXLhvt/SgVyWhQqgqcZ7ZuUtye"),
        ("a", "$2a$06$m0CrhHm10qJ3lXRY.5zDGO3rS2KdeeWLuGmsfGlMfOxih58VYVfxe"),
        ("abc", "$2a$06$If6bvum7DFjUnE9p2uDeDu0YHzrHM6tf.iqN8.yx.jNN1ILEf7h0i"),
        ("abcdefghijklmnopqrstuvwxyz", "$2a$06$.rCVZVOThsIa97pEDOxvGuRRgzG64bvtJ0938xuqzv18d3ZpQhstC"),
        ("~!@#$%^&*()      ~!@#$%^&*()PNBFRD", "$2a$06$fPIsBO8qRqkjj273rfaOI.HtSV9jLDpTbZn782DC6/t7qT67P6FfO"),
        ("U*U", "$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW"),
        ("U*U*", "$2a$05$CCCCCCCCCCCCCCCCCCCCC.VGOzA784oUp/Z0DY336zx7pLYAy0lwK"),
        ("U*U*U", "$2a$05$XXXXXXXXXXXXXXXXXXXXXOAcXxm9kjPGEMsLznoKqmqw7tc8WCx4a"),
        ("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789chars after 72 are ignored",
         "$2a$05$abcdefghijklmnopqrstuu5s2v8.iXieOjg/.AySBTTZIIVFJeBui"),
    ]

    @Test("verifies the known answers and refuses a changed password", arguments: Self.knownAnswers)
    func knownAnswer(password: String, hash: String) throws {
        #expect(try Bcrypt.verify(password, against: hash))
        #expect(try !Bcrypt.verify("!" + password, against: hash))
    }

    @Test("hashing with the known salt reproduces the known digest as $2b$", arguments: Self.knownAnswers)
    func reproducesKnownDigest(password: String, hash: String) throws {
        let bytes = Array(hash.utf8)
        let cost = Int(String(decoding: bytes[4..<6], as: UTF8.self))!
        let salt = try #require(BcryptBase64.decode(bytes[7..<29], count: 16))
        let made = try Bcrypt.hash(password, cost: cost, salt: salt)
        #expect(made == "$2b$" + String(hash.dropFirst(4)))
    }

    @Test func freshHashesUseRandomSaltsAndVerify() throws {
        let first = try Bcrypt.hash("correct horse battery", cost: 4)
        let second = try Bcrypt.hash("correct horse battery", cost: 4)
        #expect(first != second)
        #expect(first.hasPrefix("$2b$04$") && first.utf8.count == 60)
        #expect(try Bcrypt.verify("correct horse battery", against: first))
        #expect(try !Bcrypt.verify("correct horse batterY", against: second))
    }

    @Test func refusesMalformedHashesAndCosts() {
        #expect(throws: BcryptError.malformedHash) { try Bcrypt.verify("x", against: "$2b$04$short") }
        #expect(throws: BcryptError.malformedHash) { try Bcrypt.verify("x", against: "$1$" + String(repeating: "a", count: 57)) }
        #expect(throws: BcryptError.costOutOfRange(3)) { try Bcrypt.hash("x", cost: 3) }
        #expect(throws: BcryptError.costOutOfRange(32)) { try Bcrypt.hash("x", cost: 32) }
    }

    @Test func base64RoundTripsEveryLength() throws {
        for length in 0...24 {
            let bytes = (0..<length).map { UInt8(($0 * 37 + 11) % 256) }
            let text = BcryptBase64.encode(bytes)
            #expect(BcryptBase64.decode(Array(text.utf8)[...], count: length) == bytes)
        }
    }

    /// Our hashes against pyca/bcrypt both ways: same salt gives the same hash, and each side
    /// verifies the other's hashes, over passwords of many lengths and scripts.
    @Test func agreesWithPycaBcrypt() async throws {
        let python = try await PythonBcrypt.interpreter()
        var passwords = ["", "p", "password", "pässwörd ünïcödé", "密码测试", "emoji 🔋⚡️",
                         String(repeating: "x", count: 71), String(repeating: "y", count: 72),
                         String(repeating: "z", count: 100), "a\u{0}b"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<10 {
            let length = Int.random(in: 1...80, using: &generator)
            passwords.append(String((0..<length).map { _ in Character(UnicodeScalar(UInt8.random(in: 33...126, using: &generator))) }))
        }
        var lines: [String] = []
        for password in passwords where !password.contains("\u{0}") {
            let ours = try Bcrypt.hash(password, cost: 4)
            lines.append(Data(password.utf8).base64EncodedString() + " " + ours)
        }
        let input = NSTemporaryDirectory() + "bcrypt-cross-" + UUID().uuidString
        try lines.joined(separator: "\n").write(toFile: input, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: input) }
        let output = try await ProcessRunner.run(python, ["-c", PythonBcrypt.script, input])
        let answers = output.split(separator: "\n").map(String.init)
        try #require(answers.count == lines.count, "python answered \(answers.count) of \(lines.count): \(output)")
        for (line, answer) in zip(lines, answers) {
            let parts = answer.split(separator: " ").map(String.init)
            try #require(parts.count == 3, "unexpected python output: \(answer)")
            let fields = line.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            let ourHash = fields[1]
            #expect(parts[0] == "ok", "pyca/bcrypt refused our hash \(ourHash)")
            #expect(parts[1] == ourHash, "same salt, different hash: ours \(ourHash), pyca \(parts[1])")
            let password = String(decoding: Data(base64Encoded: fields[0])!, as: UTF8.self)
            #expect(try Bcrypt.verify(password, against: parts[2]), "we refused pyca's hash \(parts[2])")
        }
    }
}

/// A virtual environment with pyca/bcrypt, made once per machine under the temporary folder.
enum PythonBcrypt {
    /// For each line "base64(password) hash": "ok|bad", pyca's hash with the same salt, and a
    /// fresh pyca hash (cost 4) of the password.
    static let script = """
        import sys, base64, bcrypt
        for line in open(sys.argv[1]).read().splitlines():
            encoded, ours = line.split(' ')
            password = base64.b64decode(encoded)
            ok = 'ok' if bcrypt.checkpw(password[:72], ours.encode()) else 'bad'
            same = bcrypt.hashpw(password[:72], ours[:29].encode()).decode()
            fresh = bcrypt.hashpw(password[:72], bcrypt.gensalt(4)).decode()
            print(ok, same, fresh)
        """

    /// The venv's python, creating the venv and installing bcrypt from PyPI when needed.
    /// - Throws: when python3 or pip fail: the cross-check must not be skipped silently.
    static func interpreter() async throws -> String {
        let directory = NSTemporaryDirectory() + "energygraph-bcrypt-venv"
        let python = directory + "/bin/python"
        if (try? await ProcessRunner.run(python, ["-c", "import bcrypt"])) != nil { return python }
        try await ProcessRunner.run("/usr/bin/env", ["python3", "-m", "venv", directory])
        try await ProcessRunner.run(python, ["-m", "pip", "install", "--quiet", "bcrypt"])
        return python
    }
}
