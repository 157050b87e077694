import ArgumentParser
import Foundation
import Resolvers
import Storage

/// `energygraph user`: account maintenance from the command line.
struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Manage user accounts from the command line (the first ADMIN is created here).",
        subcommands: [UserCreateCommand.self]
    )
}

/// `energygraph user create --email … --name … --role ADMIN --password-stdin`: creates an account
/// directly in the database, with the same checks as the `createUser` mutation.
///
/// The password never appears in the output or the log. Prefer `--password-stdin`: a password
/// given with `--password` is visible to other users of the machine in the process list.
struct UserCreateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Create a user account; applies pending migrations first."
    )

    @Option(help: "The email the user signs in with (stored lower-cased).")
    var email: String
    @Option(help: "The person's name.")
    var name: String
    @Option(help: "ADMIN, OPERATOR, MERCHANT, DRIVER or VIEWER.")
    var role: String = "ADMIN"
    @Option(help: "The password (visible in the process list: prefer --password-stdin).")
    var password: String?
    @Flag(name: .customLong("password-stdin"), help: "Read the password from the first line of standard input.")
    var passwordStdin = false
    @Flag(name: .customLong("unless-admin-exists"),
          help: "Do nothing (and succeed) when an active ADMIN exists already: for set-up scripts that run more than once.")
    var unlessAdminExists = false
    @OptionGroup var settings: SettingsOptions

    func validate() throws {
        guard (password == nil) != (!passwordStdin) else {
            throw ValidationError("Give the password with exactly one of --password or --password-stdin.")
        }
        guard Role(rawValue: role.uppercased()) != nil else {
            throw ValidationError("--role \(role) is not a role; use ADMIN, OPERATOR, MERCHANT, DRIVER or VIEWER.")
        }
    }

    func run() async throws {
        let secret = try password ?? Self.readPasswordFromStandardInput()
        let problems = AccountRules.problems(name: name, email: email, password: secret)
        guard problems.isEmpty else {
            throw ValidationError(problems.joined(separator: "\n"))
        }
        let cost = try AuthSettings.bcryptCost(settings.values)
        let unlessAdminExists = self.unlessAdminExists
        let newUser = NewUser(name: name.trimmingCharacters(in: .whitespacesAndNewlines), email: email,
                              role: Role(rawValue: role.uppercased())!, passwordHash: "")
        let created: User?
        do {
            created = try await settings.withDatabase { postgres, _, _ in
                if unlessAdminExists,
                   let admin = try await postgres.query("SELECT email FROM users WHERE role = 'ADMIN' AND active ORDER BY id LIMIT 1").first {
                    print("An active ADMIN exists already (\(try admin.decode(String.self, at: 0))); nothing was changed.")
                    return nil
                }
                var user = newUser
                user.passwordHash = try await Bcrypt.hashOffPool(secret, cost: cost)
                return try await UserRepository(postgres: postgres).insert(user, at: Date())
            }
        } catch AccountsStoreError.emailTaken {
            throw commandFailure("user create", "An account with email \(User.normalizedEmail(email)) already exists; nothing was changed.")
        }
        if let created {
            print("Created \(created.role.rawValue) \(created.email) (id \(created.globalID)). Sign in with the login mutation.")
        }
    }

    /// The first line of standard input, without its line break.
    static func readPasswordFromStandardInput() throws -> String {
        guard let line = readLine(strippingNewline: true), !line.isEmpty else {
            throw ValidationError("--password-stdin: standard input had no password line.")
        }
        return line
    }
}
