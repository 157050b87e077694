import Foundation

/// Turns one CSV record of a meter file into a reading or a rejected line, for one layout and
/// time zone. Pure: no I/O.
public struct MeterRowParser: Sendable {
    public let layout: MeterFileLayout
    public let timestamps: MeterTimestampParser

    /// TOU registers write this for "no time of maximum demand".
    static let noTimeValue = "30/12/1899 00:00:00"

    public init(layout: MeterFileLayout, timeZone: TimeZone) {
        self.layout = layout
        self.timestamps = MeterTimestampParser(timeZone: timeZone)
    }

    /// What became of one line.
    public enum Outcome: Sendable, Hashable {
        case reading(MeterReadingRow)
        case rejected(MeterRejectedLine)
        /// An empty line; neither accepted nor rejected.
        case blank
    }

    /// Reads one data record (not the header).
    public func parse(fields: [String], line: Int, text: String, problem: String? = nil) -> Outcome {
        if problem == nil, fields.count == 1, fields[0].trimmingSpaces.isEmpty { return .blank }
        func reject(_ message: String) -> Outcome {
            .rejected(MeterRejectedLine(line: line, message: message, content: text))
        }
        if let problem { return reject("The line is not valid CSV: \(problem).") }
        let columns = layout.columns
        guard fields.count == columns.count else {
            return reject("The line has \(fields.count) fields; the \(layout.displayName) layout has \(columns.count) ("
                          + columns.joined(separator: ", ") + "). Check for a missing or extra comma.")
        }
        do throws(FieldProblem) {
            return .reading(try reading(fields, line: line))
        } catch {
            return reject(error.message)
        }
    }

    private func reading(_ f: [String], line: Int) throws(FieldProblem) -> MeterReadingRow {
        switch layout {
        case .loadProfile:
            return MeterReadingRow(
                line: line, meterPointCode: try required(f, 0), serialNumber: try required(f, 1), plantCode: text(f, 2),
                timestamp: try time(f, 3), dataType: try required(f, 4), value: try number(f, 5), units: text(f, 6),
                status: optional(f, 7))
        case .touRegisters:
            return MeterReadingRow(
                line: line, meterPointCode: try required(f, 0), serialNumber: try required(f, 1), plantCode: text(f, 2),
                timestamp: try time(f, 3), dataType: try required(f, 4), value: try number(f, 5), units: text(f, 8),
                status: optional(f, 9), maximumDemand: try optionalNumber(f, 6), timeOfMaxDemand: try optionalTime(f, 7),
                period: text(f, 10), rate: text(f, 14))
        case .touIntervals:
            return MeterReadingRow(
                line: line, meterPointCode: try required(f, 0), serialNumber: try required(f, 1), plantCode: text(f, 2),
                timestamp: try time(f, 3), dataType: try required(f, 6), value: try number(f, 7), units: text(f, 8),
                quality: optional(f, 4), stream: optional(f, 5))
        }
    }

    /// A field that is wrong, with the message for the rejected line.
    struct FieldProblem: Error {
        let message: String
    }

    private func name(_ index: Int) -> String { layout.columns[index] }

    private func text(_ f: [String], _ index: Int) -> String { String(f[index].trimmingSpaces) }

    private func optional(_ f: [String], _ index: Int) -> String? {
        let value = text(f, index)
        return value.isEmpty ? nil : value
    }

    private func required(_ f: [String], _ index: Int) throws(FieldProblem) -> String {
        let value = text(f, index)
        guard !value.isEmpty else { throw FieldProblem(message: "\(name(index)) is empty; every line needs one.") }
        return value
    }

    private func time(_ f: [String], _ index: Int) throws(FieldProblem) -> Date {
        guard let date = timestamps.parse(f[index]) else {
            throw FieldProblem(message: "\(name(index)) \(MeterFileRefusal.quoted(f[index])) is not a date and time; "
                               + "write dd/MM/yyyy HH:mm:ss or d/MM/yyyy H:mm, e.g. 31/08/2018 00:45:00.")
        }
        return date
    }

    private func optionalTime(_ f: [String], _ index: Int) throws(FieldProblem) -> Date? {
        let value = text(f, index)
        if value.isEmpty || value == Self.noTimeValue { return nil }
        return try time(f, index)
    }

    private func number(_ f: [String], _ index: Int) throws(FieldProblem) -> Double {
        let value = text(f, index)
        guard let number = Double(value), number.isFinite, !value.contains(where: { $0.isLetter && $0 != "e" && $0 != "E" }) else {
            throw FieldProblem(message: "\(name(index)) \(MeterFileRefusal.quoted(value)) is not a number; write a decimal such as 12.5 or -0.25.")
        }
        return number
    }

    private func optionalNumber(_ f: [String], _ index: Int) throws(FieldProblem) -> Double? {
        text(f, index).isEmpty ? nil : try number(f, index)
    }
}
