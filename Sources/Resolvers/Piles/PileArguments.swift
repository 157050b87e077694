import Foundation
import GraphQLEngine

/// Reading arguments of the piles domain; a value the field cannot use is a BAD_USER_INPUT error.
enum PileArguments {
    static func badInput(_ message: String) -> GraphQLError {
        GraphQLError(message, extensions: [(key: "code", value: "BAD_USER_INPUT")])
    }

    /// A `DateTime` argument (already checked by the scalar) as a `Date`.
    static func date(_ value: GraphQLValue?, argument: String) throws -> Date? {
        guard case let .string(text)? = value else { return nil }
        if let date = try? Date(text, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true)) { return date }
        if let date = try? Date(text, strategy: Date.ISO8601FormatStyle()) { return date }
        throw badInput("Argument \"\(argument)\" is not a date-time: \(text). Send RFC 3339, e.g. 2026-03-01T08:30:00Z.")
    }

    static func double(_ value: GraphQLValue?) -> Double? {
        switch value {
        case let .double(d)?: d
        case let .int(i)?: Double(i)
        default: nil
        }
    }

    static func int64ID(_ value: GraphQLValue?, type: String, argument: String) throws -> Int64 {
        guard case let .string(text)? = value else { throw badInput("Argument \"\(argument)\" is missing.") }
        return try GlobalID.int64(of: text, expecting: type, argument: argument)
    }

    /// The booking refusals as `UserError` values.
    static func userErrors(_ refusals: [BookingRefusal]) -> [GraphQLValue] {
        refusals.map { UserErrorValue.make(field: $0.field, message: $0.message, code: $0.code) }
    }
}

/// `ChargingPilePayload`.
struct ChargingPilePayload: Sendable {
    var pile: ChargingPile?
    var errors: [GraphQLValue]
}

/// `BookingPayload`.
struct BookingPayload: Sendable {
    var booking: Booking?
    var errors: [GraphQLValue]
}

/// `WalletPayload`.
struct WalletPayload: Sendable {
    var wallet: Wallet?
    var errors: [GraphQLValue]
}
