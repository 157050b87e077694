import GraphQLEngine
import Storage

/// What one answer of the monitoring service held: the good hourly records and how many were
/// malformed (skipped).
public struct MonitoringBatch: Sendable, Hashable {
    public var readings: [PlantReading]
    /// Records with a missing or null field, a non-number, or a datetime not of the form
    /// `YYYY-MM-DDTHH:00:00`.
    public var rejected: Int
    /// Days the malformed records belong to (when their datetime could be read), so a retry
    /// can ask for just those; nil when a malformed record's day is unknown.
    public var rejectedDays: Set<CalendarDate>?
}

/// Why an answer of the monitoring service was not usable; the chunk is retried.
public enum MonitoringError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A JSON object with an `error` key instead of the array.
    case errorObject(String)
    /// A status other than 200.
    case status(Int)
    /// A body that is not JSON, or JSON that is neither an array nor an error object.
    case unexpectedBody(String)
    /// No answer in time.
    case timeout
    /// The connection failed.
    case transport(String)

    public var description: String {
        switch self {
        case let .errorObject(message): "the monitoring service answered with an error: \(message)"
        case let .status(code): "the monitoring service answered HTTP \(code)"
        case let .unexpectedBody(what): "the monitoring service sent \(what)"
        case .timeout: "the monitoring service did not answer in time"
        case let .transport(detail): "the monitoring service could not be reached: \(detail)"
        }
    }
}

/// Reads the service's JSON: an array of `{"datetime", "expected": {"energy", "irradiation"},
/// "observed": {...}}`, or `{"error": "..."}`.
public enum MonitoringRecords {
    /// Parses an answer for the days [from, to] (inclusive). Records outside those days are
    /// ignored; the same hour twice keeps the last.
    /// - Throws: `MonitoringError.errorObject` or `.unexpectedBody`.
    public static func parse(_ bytes: [UInt8], from: CalendarDate, to: CalendarDate) throws(MonitoringError) -> MonitoringBatch {
        let value: GraphQLValue
        do {
            value = try JSONReader.parse(bytes: bytes)
        } catch {
            throw .unexpectedBody("a body that is not JSON (\(bytes.count) bytes)")
        }
        switch value {
        case let .object(object):
            if case let .string(message)? = object["error"] { throw .errorObject(message) }
            throw .unexpectedBody("a JSON object without an error key")
        case let .list(records):
            return batch(records, from: from, to: to)
        default:
            throw .unexpectedBody("JSON that is neither an array nor an error object")
        }
    }

    static func batch(_ records: [GraphQLValue], from: CalendarDate, to: CalendarDate) -> MonitoringBatch {
        let first = from.daysSinceEpoch * 86_400, end = (to.daysSinceEpoch + 1) * 86_400
        var byHour: [Int: PlantReading] = [:]
        var rejected = 0
        var rejectedDays: Set<CalendarDate>? = []
        for record in records {
            if let reading = reading(record) {
                if reading.hourEpochSeconds >= first, reading.hourEpochSeconds < end { byHour[reading.hourEpochSeconds] = reading }
                continue
            }
            rejected += 1
            if case let .object(object) = record, case let .string(text)? = object["datetime"],
               let day = CalendarDate(text.prefix(10)) {
                rejectedDays?.insert(day)
            } else {
                rejectedDays = nil
            }
        }
        return MonitoringBatch(readings: byHour.keys.sorted().map { byHour[$0]! }, rejected: rejected, rejectedDays: rejectedDays)
    }

    /// A well-formed record, or nil.
    static func reading(_ record: GraphQLValue) -> PlantReading? {
        guard case let .object(object) = record, case let .string(text)? = object["datetime"],
              let hour = hourEpochSeconds(text),
              case let .object(expected)? = object["expected"], case let .object(observed)? = object["observed"],
              let ee = number(expected["energy"]), let ie = number(expected["irradiation"]),
              let eo = number(observed["energy"]), let io = number(observed["irradiation"]) else { return nil }
        return PlantReading(hourEpochSeconds: hour, energyExpected: ee, energyObserved: eo, irradiationExpected: ie, irradiationObserved: io)
    }

    /// `YYYY-MM-DDTHH:00:00` (the service's format, UTC) as seconds since 1970.
    static func hourEpochSeconds(_ text: String) -> Int? {
        let bytes = Array(text.utf8)
        guard bytes.count == 19, bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
              let day = CalendarDate(text.prefix(10)), CalendarDate(daysSinceEpoch: day.daysSinceEpoch) == day,
              let hour = Int(String(decoding: bytes[11..<13], as: UTF8.self)), (0...23).contains(hour),
              String(decoding: bytes[14...], as: UTF8.self) == "00:00" else { return nil }
        return day.daysSinceEpoch * 86_400 + hour * 3600
    }

    static func number(_ value: GraphQLValue?) -> Double? {
        switch value {
        case let .double(d)? where d.isFinite: d
        case let .int(i)?: Double(i)
        default: nil
        }
    }
}
