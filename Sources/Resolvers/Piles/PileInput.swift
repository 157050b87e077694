import Foundation
import GraphQLEngine

/// The checked fields of `CreateChargingPileInput` / `UpdateChargingPileInput`; each problem is
/// a refusal naming its input field.
public struct PileInput: Sendable, Hashable {
    /// The largest fee: 1,000,000.00.
    public static let maxFee = 100_000_000

    public var serialNumber: String?
    public var name: String?
    public var latitude: Double?
    public var longitude: Double?
    public var address: String??
    public var timeZone: String?
    public var opensAt: LocalTimeOfDay?
    public var closesAt: LocalTimeOfDay?
    public var electricityFee: Int?
    public var serviceFee: Int?
    public var appointmentFee: Int?
    public var available: Bool?

    public init() {}

    /// Reads and checks what `input` gives; absent fields stay nil.
    public static func read(_ input: GraphQLObjectValue) -> (PileInput, [BookingRefusal]) {
        var value = PileInput(), refusals: [BookingRefusal] = []
        func refuse(_ field: String, _ message: String, _ code: String) {
            refusals.append(BookingRefusal(field: ["input", field], message: message, code: code))
        }
        func text(_ field: String) -> String? {
            guard case let .string(raw)? = input[field] else { return nil }
            let trimmed = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty { refuse(field, "\(field) is empty; send a non-empty value.", "INVALID") }
            return trimmed
        }
        func number(_ field: String, range: ClosedRange<Double>) -> Double? {
            let number: Double? = switch input[field] {
            case let .double(d)?: d
            case let .int(i)?: Double(i)
            default: nil
            }
            guard let number else { return nil }
            guard number.isFinite, range.contains(number) else {
                refuse(field, "\(field) \(number) is outside \(range.lowerBound)…\(range.upperBound).", "OUT_OF_RANGE")
                return nil
            }
            return number
        }
        func time(_ field: String) -> LocalTimeOfDay? {
            guard case let .string(raw)? = input[field] else { return nil }
            guard let time = LocalTimeOfDay(raw) else { refuse(field, "\(field) \(raw) is not a time HH:MM.", "INVALID"); return nil }
            return time
        }
        func fee(_ field: String) -> Int? {
            guard case let .string(raw)? = input[field] else { return nil }
            guard let minor = MinorUnits.parse(raw) else { refuse(field, "\(field) \(raw) is not an amount such as \"12.50\".", "INVALID"); return nil }
            guard (0...maxFee).contains(minor) else {
                refuse(field, "\(field) \(raw) is outside 0.00…\(MinorUnits.format(maxFee)).", "OUT_OF_RANGE")
                return nil
            }
            return minor
        }
        value.serialNumber = text("serialNumber")
        value.name = text("name")
        value.latitude = number("latitude", range: -90...90)
        value.longitude = number("longitude", range: -180...180)
        switch input["address"] {
        case let .string(raw)?: value.address = .some(raw.trimmingCharacters(in: .whitespacesAndNewlines))
        case .null?: value.address = .some(nil)
        default: break
        }
        if case let .string(zone)? = input["timeZone"] {
            if TimeZone(identifier: zone) == nil {
                refuse("timeZone", "\(zone) is not an IANA time zone name such as Europe/Paris or UTC.", "INVALID")
            } else {
                value.timeZone = zone
            }
        }
        value.opensAt = time("opensAt")
        value.closesAt = time("closesAt")
        value.electricityFee = fee("electricityFee")
        value.serviceFee = fee("serviceFee")
        value.appointmentFee = fee("appointmentFee")
        if case let .bool(flag)? = input["available"] { value.available = flag }
        return (value, refusals)
    }

    /// The refusal when the hours are not `opensAt < closesAt`, or nil.
    public static func hoursRefusal(opensAt: LocalTimeOfDay, closesAt: LocalTimeOfDay) -> BookingRefusal? {
        guard opensAt >= closesAt else { return nil }
        return BookingRefusal(field: ["input", "closesAt"], message: "closesAt \(closesAt) is not after opensAt \(opensAt); opening hours cannot run overnight.", code: "INVALID")
    }
}
