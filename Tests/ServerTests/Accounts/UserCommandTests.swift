import Foundation
import Resolvers
import Storage
import Testing
import TestSupport

/// `energygraph user create`, run as the built executable against a fresh database.
@Suite(.serialized) struct UserCommandTests {
    /// Runs the executable with `stdin` as standard input; returns the exit status and all output.
    static func run(_ arguments: [String], stdin: String, environment: [String: String] = [:]) async throws -> (Int32, String) {
        let ended = try await EnergyGraphProcess.run(arguments, stdin: stdin, environment: environment)
        return (ended.exitCode ?? -1, ended.outputText + ended.errorText)
    }

    @Test func createsTheFirstAdminWithAPasswordFromStandardInput() async throws {
        let database = try await TestDatabase.create()
        let password = "first admin password"
        let arguments = ["user", "create", "--email", "Root@Example.com", "--name", "Root", "--role", "ADMIN",
                         "--password-stdin", "--database-url", database.url, "--log-level", "error"]
        let (status, output) = try await Self.run(arguments, stdin: password + "\n", environment: ["BCRYPT_COST": "4"])
        #expect(status == 0, "\(output)")
        #expect(output.contains("Created ADMIN root@example.com"))
        #expect(!output.contains(password))
        let (again, againOutput) = try await Self.run(arguments, stdin: password + "\n", environment: ["BCRYPT_COST": "4"])
        #expect(again != 0)
        #expect(againOutput.contains("An account with email root@example.com already exists; nothing was changed."))
        let (short, shortOutput) = try await Self.run(["user", "create", "--email", "x@example.com", "--name", "X", "--password-stdin",
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

    /// `--unless-admin-exists` (what scripts/run.sh uses): creates the first ADMIN, then leaves
    /// everything as it is on later runs.
    @Test func unlessAdminExistsCreatesTheFirstAdminOnlyOnce() async throws {
        let database = try await TestDatabase.create()
        func create(_ email: String) async throws -> (Int32, String) {
            try await Self.run(["user", "create", "--email", email, "--name", "Demo", "--password-stdin", "--unless-admin-exists",
                                "--database-url", database.url, "--log-level", "error", "--bcrypt-cost", "4"], stdin: "demo-password\n")
        }
        let (first, firstOutput) = try await create("demo@example.com")
        #expect(first == 0, "\(firstOutput)")
        #expect(firstOutput.contains("Created ADMIN demo@example.com"))
        let (second, secondOutput) = try await create("other@example.com")
        #expect(second == 0, "\(secondOutput)")
        #expect(secondOutput.contains("An active ADMIN exists already (demo@example.com); nothing was changed."))

        let postgres = database.pool(size: 1)
        let emails = try await postgres.query("SELECT email FROM users ORDER BY id").map { try $0.decode(String.self, at: 0) }
        #expect(emails == ["demo@example.com"])
        await postgres.shutdown()
        try await database.drop()
    }
}
