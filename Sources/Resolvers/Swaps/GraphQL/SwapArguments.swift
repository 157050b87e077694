import Foundation
import GraphQLEngine
import Storage

/// Reading the swaps API's arguments: global ids, `DateTime` and `Date` texts (already checked
/// by the scalars), floats given as integer literals, and input fields with their paths.
enum SwapArguments {
    /// The local id of a global id of `typeName`.
    /// - Throws: BAD_USER_INPUT naming the argument when it is not such an id.
    static func id(_ value: GraphQLValue?, _ typeName: String, argument: String) throws -> Int? {
        guard case let .string(text)? = value else { return nil }
        return Int(try GlobalID.int64(of: text, expecting: typeName, argument: argument))
    }

    /// An id inside a mutation input: a malformed or foreign id is an INVALID user error.
    static func inputID(_ input: GraphQLObjectValue, _ field: String, _ typeName: String,
                        into found: inout [SwapRuleViolation]) -> Int? {
        guard case let .string(text)? = input[field] else { return nil }
        guard let id = GlobalID(decoding: text), id.typeName == typeName, let local = Int(id.localID) else {
            found.append(.init(.invalid, field: field, "\(text) is not a \(typeName) id; use the id field of a \(typeName)."))
            return nil
        }
        return local
    }

    /// A Float argument (an integer literal arrives as `.int`).
    static func double(_ value: GraphQLValue?) -> Double? {
        switch value {
        case let .double(d)?: d
        case let .int(i)?: Double(i)
        default: nil
        }
    }

    static func string(_ value: GraphQLValue?) -> String? {
        if case let .string(text)? = value { return text }
        return nil
    }

    static func bool(_ value: GraphQLValue?) -> Bool? {
        if case let .bool(flag)? = value { return flag }
        return nil
    }

    /// A `DateTime` as the scalar normalized it (`YYYY-MM-DDTHH:MM:SS[.fraction]Z`).
    static func dateTime(_ value: GraphQLValue?, argument: String) throws -> Date? {
        guard case let .string(text)? = value else { return nil }
        var whole = text.hasSuffix("Z") ? String(text.dropLast()) : text
        var fraction = 0.0
        if let dot = whole.firstIndex(of: ".") {
            fraction = Double("0" + whole[dot...]) ?? 0
            whole = String(whole[..<dot])
        }
        guard let date = try? SwapSeedLoader.parseDate(whole) else {
            throw GraphQLError("Argument \"\(argument)\" is not a DateTime: \(text).", extensions: [(key: "code", value: "BAD_USER_INPUT")])
        }
        return date.addingTimeInterval(fraction)
    }

    /// A `Date` (`YYYY-MM-DD`).
    static func calendarDate(_ value: GraphQLValue?, argument: String) throws -> CalendarDate {
        guard case let .string(text)? = value, let date = CalendarDate(Substring(text)) else {
            throw GraphQLError("Argument \"\(argument)\" must be a Date such as 2026-03-01.", extensions: [(key: "code", value: "BAD_USER_INPUT")])
        }
        return date
    }

    /// The `input` argument of a mutation.
    static func input(_ arguments: GraphQLObjectValue) throws -> GraphQLObjectValue {
        guard case let .object(input)? = arguments["input"] else {
            throw GraphQLError("Argument \"input\" is missing; send the input object.", extensions: [(key: "code", value: "BAD_USER_INPUT")])
        }
        return input
    }

    /// The page arguments with an id cursor.
    static func page(_ arguments: GraphQLObjectValue) throws -> (page: ConnectionArguments, afterID: Int?) {
        let page = try ConnectionArguments(arguments)
        let afterID = try page.afterKey.map { key in
            guard let id = Int(key) else {
                throw GraphQLError("Argument \"after\" is not a cursor of this list; use endCursor from a previous page.",
                                   extensions: [(key: "code", value: "BAD_USER_INPUT")])
            }
            return id
        }
        return (page, afterID)
    }

    /// `DateTime` output (RFC 3339, UTC).
    static func format(_ date: Date) -> FieldValue { .string(AccountsResolvers.dateTime(date)) }

    /// The `userErrors` list of a refusal.
    static func userErrors(_ violations: [SwapRuleViolation]) -> FieldValue {
        .value(.list(violations.map { UserErrorValue.make(field: $0.field, message: $0.message, code: $0.code.rawValue) }))
    }
}
