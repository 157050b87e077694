/// Checks the lines of a vehicle import file one by one (DOMAIN.md §2), remembering what it
/// needs across lines: whether the header may still come, and the plates already accepted.
///
/// Format: `plate,current_charge,total_charge,desired_percentage[,charging_power_kw]`.
/// A first line whose second field is not a number is a header and is skipped; blank lines are
/// skipped; fields are trimmed. A later line repeating an accepted plate is rejected.
public struct VehicleLineValidator: Sendable {
    /// How charges are given: kWh, or Ah converted with a nominal voltage.
    public enum ChargeUnit: Sendable, Hashable {
        case kilowattHours
        case ampereHours(nominalVoltage: Double)
    }

    /// What one line turned out to be.
    public enum Outcome: Sendable, Hashable {
        case accepted(ParkedVehicleLine)
        case rejected(line: Int, reason: String)
        /// A header or a blank line.
        case skipped
    }

    public let unit: ChargeUnit
    public let defaultChargingPowerKW: Double
    private var sawFirstLine = false
    private var acceptedPlates: Set<String> = []

    public init(unit: ChargeUnit = .kilowattHours, defaultChargingPowerKW: Double = 11) {
        self.unit = unit
        self.defaultChargingPowerKW = defaultChargingPowerKW
    }

    /// Judges one record.
    /// - Parameters:
    ///   - fields: the record's fields as the CSV reader split them (untrimmed).
    ///   - line: its 1-based physical line number.
    ///   - problem: a CSV-level defect (stray quote, bad UTF-8), which rejects the line.
    public mutating func check(fields: [String], line: Int, problem: String? = nil) -> Outcome {
        let trimmed = fields.map { $0.trimmingSpaces }
        if problem == nil, trimmed.allSatisfy(\.isEmpty) { return .skipped }
        let isFirst = !sawFirstLine
        sawFirstLine = true
        if let problem { return .rejected(line: line, reason: problem) }
        if isFirst, trimmed.count >= 2, Self.number(trimmed[1]) == nil { return .skipped }
        guard (4...5).contains(trimmed.count) else {
            return .rejected(line: line, reason: "Line has \(trimmed.count) field\(trimmed.count == 1 ? "" : "s"); expected 4 or 5 separated by commas: plate,current_charge,total_charge,desired_percentage[,charging_power_kw].")
        }
        var reasons: [String] = []
        let plate = trimmed[0]
        if plate.isEmpty { reasons.append("The plate is empty.") }
        let names = ["current_charge", "total_charge", "desired_percentage", "charging_power_kw"]
        var values: [Double] = []
        for (index, text) in trimmed.dropFirst().enumerated() {
            guard let value = Self.number(text) else {
                reasons.append("\(names[index]) \(Self.quoted(text)) is not a number.")
                continue
            }
            if value < 0 { reasons.append("\(names[index]) is negative (\(text)).") }
            values.append(value)
        }
        guard reasons.isEmpty else { return .rejected(line: line, reason: reasons.joined(separator: " ")) }
        let (current, total, desired) = (values[0], values[1], values[2])
        let power = values.count == 4 ? values[3] : defaultChargingPowerKW
        if total == 0 { reasons.append("total_charge is 0; a vehicle's capacity must be above 0.") }
        if current > total { reasons.append("current_charge \(trimmed[1]) is above total_charge \(trimmed[2]).") }
        if !(desired > 0 && desired <= 100) { reasons.append("desired_percentage \(trimmed[3]) is outside (0, 100].") }
        if !(power > 0) { reasons.append("charging_power_kw \(values.count == 4 ? trimmed[4] : String(power)) must be above 0.") }
        if acceptedPlates.contains(plate) { reasons.append("Plate \(plate) already appears on an earlier line of this file.") }
        guard reasons.isEmpty else { return .rejected(line: line, reason: reasons.joined(separator: " ")) }
        acceptedPlates.insert(plate)
        let factor: Double
        switch unit {
        case .kilowattHours: factor = 1
        case let .ampereHours(voltage): factor = voltage / 1000
        }
        return .accepted(ParkedVehicleLine(line: line, plate: plate, currentChargeKWh: current * factor,
                                           capacityKWh: total * factor, desiredPercent: desired, chargingPowerKW: power))
    }

    /// A plain decimal number (`12`, `10.5`, `.5`, `-3`), or nil. No exponents, NaN or infinity.
    static func number(_ text: String) -> Double? {
        var digits = 0, dots = 0
        for (offset, byte) in text.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            case UInt8(ascii: "."): dots += 1
            case UInt8(ascii: "-"), UInt8(ascii: "+"): if offset != 0 { return nil }
            default: return nil
            }
        }
        guard digits > 0, dots <= 1 else { return nil }
        return Double(text)
    }

    static func quoted(_ text: String) -> String { "\"" + text + "\"" }
}

/// One accepted line of a vehicle import, charges already in kWh.
public struct ParkedVehicleLine: Sendable, Hashable {
    public var line: Int
    public var plate: String
    public var currentChargeKWh: Double
    public var capacityKWh: Double
    public var desiredPercent: Double
    public var chargingPowerKW: Double
}

extension String {
    /// Without leading and trailing spaces and tabs (DOMAIN.md: spaces around fields are trimmed).
    var trimmingSpaces: String {
        var view = Substring(self)
        while let first = view.first, first == " " || first == "\t" || first == "\r" { view = view.dropFirst() }
        while let last = view.last, last == " " || last == "\t" || last == "\r" { view = view.dropLast() }
        return String(view)
    }
}
