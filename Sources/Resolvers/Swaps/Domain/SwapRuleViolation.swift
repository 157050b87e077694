import Foundation

/// The `userErrors` code of a swap refusal (DOMAIN.md, "Errors").
public enum SwapRuleCode: String, Sendable, Hashable {
    case notFound = "NOT_FOUND"
    case invalid = "INVALID"
    case outOfRange = "OUT_OF_RANGE"
    case conflict = "CONFLICT"
}

/// One broken swap rule: what a later layer turns into a `userErrors` entry.
public struct SwapRuleViolation: Sendable, Hashable, CustomStringConvertible {
    public var code: SwapRuleCode
    /// The input field path, e.g. `["input", "issuedBatteryId"]`.
    public var field: [String]
    public var message: String
    /// The recorded swap that no longer holds, when a replay failed.
    public var swapID: Int?

    public init(_ code: SwapRuleCode, field: String?, _ message: String, swapID: Int? = nil) {
        self.code = code
        self.field = field.map { ["input", $0] } ?? ["input"]
        self.message = message
        self.swapID = swapID
    }

    public var description: String { "\(code.rawValue) \(field.joined(separator: ".")): \(message)" }
}

/// A refused ledger operation; the ledger is left unchanged.
public struct SwapRefusal: Error, Sendable, Equatable, CustomStringConvertible {
    public var violations: [SwapRuleViolation]

    public init(_ violations: [SwapRuleViolation]) { self.violations = violations }

    /// The code of the first violation (the one a client sees first).
    public var code: SwapRuleCode { violations.first?.code ?? .invalid }

    public var description: String { violations.map(\.description).joined(separator: "; ") }
}
