import Foundation

/// Why a booking request or transition is refused: a `userErrors` entry (field path, message,
/// code); nothing changes.
public struct BookingRefusal: Error, Sendable, Hashable {
    public let field: [String]?
    public let message: String
    /// INVALID, NOT_FOUND, CONFLICT, OUT_OF_RANGE or INSUFFICIENT_FUNDS.
    public let code: String

    public init(field: [String]?, message: String, code: String) {
        self.field = field
        self.message = message
        self.code = code
    }

    static func time(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: .gmt))
    }
}
