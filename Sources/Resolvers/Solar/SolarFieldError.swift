import GraphQLEngine
import Storage

/// Bad arguments of solar query fields (`Plant.readings`, `Plant.report`, `plantSync`): a field
/// error with `extensions.code` BAD_USER_INPUT that says what to send instead.
enum SolarFieldError: ClientFacingError, Equatable {
    case fromAfterTo(from: CalendarDate, to: CalendarDate)
    case rangeTooLong(days: Int, maxDays: Int)
    case unknownRun(id: String)

    var code: String { "BAD_USER_INPUT" }

    var clientMessage: String {
        switch self {
        case let .fromAfterTo(from, to):
            "Argument \"from\" (\(from)) is after \"to\" (\(to)); send from ≤ to (both days are included)."
        case let .rangeTooLong(days, maxDays):
            "The range covers \(days) days; at most \(maxDays) are allowed at once. Ask for a shorter range."
        case let .unknownRun(id):
            "No sync run has id \(id); use the id of a run from syncPlant or Plant.syncRuns."
        }
    }
}

/// Checks of day ranges, shared by queries (field errors) and `syncPlant` (user errors).
enum SolarRange {
    enum Problem: Equatable {
        case fromAfterTo
        case tooLong(days: Int)
    }

    /// The problem with [from, to], or nil when it is a valid range of at most `maxDays` days.
    static func problem(from: CalendarDate, to: CalendarDate, maxDays: Int) -> Problem? {
        guard from <= to else { return .fromAfterTo }
        let days = to.daysSinceEpoch - from.daysSinceEpoch + 1
        return days > maxDays ? .tooLong(days: days) : nil
    }

    /// Reads the `from` and `to` arguments (already checked `Date` strings) and checks them.
    /// - Throws: `SolarFieldError` for a reversed or too long range.
    static func arguments(_ arguments: GraphQLObjectValue, maxDays: Int) throws -> (CalendarDate, CalendarDate) {
        let (from, to) = try days(arguments)
        switch problem(from: from, to: to, maxDays: maxDays) {
        case .fromAfterTo?: throw SolarFieldError.fromAfterTo(from: from, to: to)
        case let .tooLong(days)?: throw SolarFieldError.rangeTooLong(days: days, maxDays: maxDays)
        case nil: return (from, to)
        }
    }

    /// The `from` and `to` days of a field's arguments.
    static func days(_ arguments: GraphQLObjectValue) throws -> (CalendarDate, CalendarDate) {
        guard case let .string(fromText)? = arguments["from"], let from = CalendarDate(Substring(fromText)),
              case let .string(toText)? = arguments["to"], let to = CalendarDate(Substring(toText)) else {
            throw GraphQLError("Arguments \"from\" and \"to\" must be dates (YYYY-MM-DD).", extensions: [(key: "code", value: "BAD_USER_INPUT")])
        }
        return (from, to)
    }
}
