import Foundation
import GraphQLEngine

/// The checks on account input that become `userErrors` (DOMAIN.md "Errors": INVALID for a
/// malformed value or an email already taken, NOT_FOUND, CONFLICT).
public enum AccountRules {
    /// Shortest password accepted.
    public static let minimumPasswordLength = 8
    /// bcrypt reads at most 72 bytes; a longer password would be silently cut, so it is refused.
    public static let maximumPasswordBytes = 72
    static let maximumNameLength = 200
    static let maximumEmailLength = 254

    /// The one message for every failed login, so a caller cannot tell a wrong password from an
    /// unknown email or a deactivated account.
    public static let loginRefused =
        "The email or password is wrong, or the account is deactivated. Check them and try again, or ask an administrator."

    /// The messages of every problem with a new account's fields (for the command line).
    public static func problems(name: String, email: String, password: String) -> [String] {
        (nameErrors(name, field: ["name"]) + emailErrors(email, field: ["email"]) + passwordErrors(password, field: ["password"]))
            .compactMap { error in
                guard case let .object(entry) = error, case let .string(message)? = entry["message"] else { return nil }
                return message
            }
    }

    /// Problems with a name: empty or too long.
    static func nameErrors(_ name: String, field: [String]) -> [GraphQLValue] {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty {
            return [UserErrorValue.make(field: field, message: "The name is empty; give the person's name.", code: "INVALID")]
        }
        if trimmed.count > maximumNameLength {
            return [UserErrorValue.make(field: field, message: "The name has \(trimmed.count) characters; use at most \(maximumNameLength).", code: "INVALID")]
        }
        return []
    }

    /// Problems with an email: not of the form `local@domain.tld`, or too long.
    static func emailErrors(_ email: String, field: [String]) -> [GraphQLValue] {
        let normalized = User.normalizedEmail(email)
        let parts = normalized.split(separator: "@", omittingEmptySubsequences: false)
        let valid = parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".")
            && !parts[1].hasPrefix(".") && !parts[1].hasSuffix(".")
            && !normalized.contains(where: \.isWhitespace) && normalized.count <= maximumEmailLength
        if valid { return [] }
        return [UserErrorValue.make(field: field, message: "\"\(email)\" is not an email address; use the form name@example.com.", code: "INVALID")]
    }

    /// Problems with a new password: too short or longer than bcrypt can use.
    static func passwordErrors(_ password: String, field: [String]) -> [GraphQLValue] {
        if password.count < minimumPasswordLength {
            return [UserErrorValue.make(field: field, message: "The password is shorter than \(minimumPasswordLength) characters; choose a longer one.", code: "INVALID")]
        }
        if password.utf8.count > maximumPasswordBytes {
            return [UserErrorValue.make(field: field, message: "The password is longer than \(maximumPasswordBytes) bytes, which bcrypt cannot use in full; choose a shorter one.", code: "INVALID")]
        }
        return []
    }

    /// An administrator may not lock themselves out: no deactivating or demoting their own account.
    static func selfLockoutErrors(target: Int64, viewer: Viewer, role: Role?, active: Bool?) -> [GraphQLValue] {
        guard target == viewer.userID else { return [] }
        if active == false {
            return [UserErrorValue.make(field: ["input", "active"], message: "You cannot deactivate your own account; ask another administrator.", code: "CONFLICT")]
        }
        if let role, role != viewer.role {
            return [UserErrorValue.make(field: ["input", "role"], message: "You cannot change your own role; ask another administrator.", code: "CONFLICT")]
        }
        return []
    }
}
