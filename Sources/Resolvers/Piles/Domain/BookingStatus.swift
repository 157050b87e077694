/// Where a booking stands (`BookingStatus` in the schema). DOMAIN.md section 5:
///
/// ```
/// request ─┬─> PAID ──accept──> ACCEPTED ──start──> CHARGING ──stop──> COMPLETED
///          │     │                 │  └──end passes──> OVERDUE
///          └─> UNPAID              └──cancel──> CANCELLED
///   PAID/UNPAID ──decline──> DECLINED;  PAID/UNPAID ──cancel──> CANCELLED
/// ```
public enum BookingStatus: String, Sendable, Hashable, CaseIterable {
    case unpaid = "UNPAID"
    case paid = "PAID"
    case accepted = "ACCEPTED"
    case declined = "DECLINED"
    case charging = "CHARGING"
    case completed = "COMPLETED"
    case overdue = "OVERDUE"
    case cancelled = "CANCELLED"

    /// Statuses that block the pile for every other booker.
    public static let blockingThePile: Set<BookingStatus> = [.accepted, .charging]
    /// Statuses of the booker's own bookings that block a new request of the same booker.
    public static let blockingTheBooker: Set<BookingStatus> = [.unpaid, .paid]
}

/// A kind of wallet entry (`WalletEntryKind`); each moves the balance and the available amount
/// by signed amounts: TOP_UP (+x, +x), HOLD (0, −x), RELEASE (0, +x), PAYMENT (−x, −x),
/// RECEIPT (+x, +x), COMMISSION (+x, +x, on the platform's account).
public enum WalletEntryKind: String, Sendable, Hashable, CaseIterable {
    case topUp = "TOP_UP"
    case hold = "HOLD"
    case release = "RELEASE"
    case payment = "PAYMENT"
    case receipt = "RECEIPT"
    case commission = "COMMISSION"

    /// The signed effects of an entry of `amount` (> 0) on (balance, available).
    public func effects(of amount: Int) -> (balance: Int, available: Int) {
        switch self {
        case .topUp, .receipt, .commission: (amount, amount)
        case .hold: (0, -amount)
        case .release: (0, amount)
        case .payment: (-amount, -amount)
        }
    }
}

/// Which of a booking's two prepaid fees an entry concerns.
public enum BookingFeeKind: String, Sendable, Hashable {
    case appointment = "APPOINTMENT"
    case service = "SERVICE"
}

/// Whose account a wallet movement touches.
public enum WalletParty: String, Sendable, Hashable {
    case booker, owner, platform
}

/// One wallet entry a transition writes: whose account, what kind, how much (> 0).
public struct WalletMovement: Sendable, Hashable, CustomStringConvertible {
    public let party: WalletParty
    public let kind: WalletEntryKind
    /// The entry's amount in minor units, always positive; `kind` gives the signs.
    public let amount: Int
    public let fee: BookingFeeKind?

    public init(_ party: WalletParty, _ kind: WalletEntryKind, _ amount: Int, fee: BookingFeeKind? = nil) {
        self.party = party
        self.kind = kind
        self.amount = amount
        self.fee = fee
    }

    public var description: String { "\(party) \(kind.rawValue) \(MinorUnits.format(amount))" + (fee.map { " (\($0.rawValue))" } ?? "") }
}
