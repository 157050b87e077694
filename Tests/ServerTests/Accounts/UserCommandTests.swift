import Foundation
import Resolvers
import Storage
import Testing
import TestSupport

/// `energygraph user create`, run as the built executable against a fresh database.
@Suite(.serialized) struct UserCommandTests {
    /// The `energygraph` executable that `swift build --build-tests` put beside the test bundle.
    static var executable: String {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: directory.appendingPathComponent("energygraph").path), directory.path != "/" {
            directory.deleteLastPathComponent()
        }
        return directory.appendingPathComponent("energygraph").path
    }

    /// Runs the executable with `stdin` as standard input; returns the exit status and all output.
    static func run(_ arguments: [String], stdin: String, environment: [String: String] = [:]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        try process.run()
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func createsTheFirstAdminWithAPasswordFromStandardInput() async throws {
        let database = try await TestDatabase.create()
        let password = "first admin password"
        let arguments = ["user", "create", "--email", "Root@Example.com", "--name", "Root", "--role", "ADMIN",
                         "--password-stdin", "--database-url", database.url, "--log-level", "error"]
        let (status, output) = try Self.run(arguments, stdin: password + "\n", environment: ["BCRYPT_COST": "4"])
        #expect(status == 0, "\(output)")
        #expect(output.contains("Created ADMIN root@example.com"))
        #expect(!output.contains(password))
        let (again, againOutput) = try Self.run(arguments, stdin: password + "\n", environment: ["BCRYPT_COST": "4"])
        #expect(again != 0)
        #expect(againOutput.contains("An account with email root@example.com already exists; nothing was changed."))
        let (short, shortOutput) = try Self.run(["user", "create", "--email", "x@example.com", "--name", "X", "--password-stdin",
                                                 "--database-url", database.url], stdin: "short\n")
        #expect(short != 0)
        #expect(shortOutput.contains("The password is shorter than 8 characters; choose a longer one."))
        #expect(!shortOutput.contains("short\n"))

        let postgres = database.pool(size: 1)
        let found = try await UserRepository(postgres: postgres).credentials(email: "root@example.com")
        #expect(found?.user.role == .admin)
        #expect(found?.user.name == "Root")
        #expect(try found.map { try Bcrypt.verify(password, against: $0.passwordHash) } == true)
        #expect(found?.passwordHash.hasPrefix("$2b$04$") == true)
        await postgres.shutdown()
        try await database.drop()
    }
}
