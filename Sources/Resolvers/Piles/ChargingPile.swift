import Foundation

/// A bookable charger (`ChargingPile` in the schema), as stored.
public struct ChargingPile: Sendable, Hashable {
    public let id: Int64
    public var serialNumber: String
    public var name: String
    public var latitude: Double
    public var longitude: Double
    public var address: String?
    public var ownerID: Int64
    /// IANA name of the time zone the opening hours are in.
    public var timeZone: String
    public var opensAt: LocalTimeOfDay
    public var closesAt: LocalTimeOfDay
    public var rates: PileRates
    public var available: Bool
    public let createdAt: Date
    public var deletedAt: Date?
    /// Distance from the search point, when found by `chargingPilesNear`.
    public var distanceKm: Double?

    public init(id: Int64, serialNumber: String, name: String, latitude: Double, longitude: Double, address: String?, ownerID: Int64,
                timeZone: String, opensAt: LocalTimeOfDay, closesAt: LocalTimeOfDay, rates: PileRates, available: Bool,
                createdAt: Date, deletedAt: Date? = nil, distanceKm: Double? = nil) {
        self.id = id
        self.serialNumber = serialNumber
        self.name = name
        self.latitude = latitude
        self.longitude = longitude
        self.address = address
        self.ownerID = ownerID
        self.timeZone = timeZone
        self.opensAt = opensAt
        self.closesAt = closesAt
        self.rates = rates
        self.available = available
        self.createdAt = createdAt
        self.deletedAt = deletedAt
        self.distanceKm = distanceKm
    }

    /// The Relay global id (`ChargingPile:<id>`).
    public var globalID: String { GlobalID("ChargingPile", id).encoded }

    /// The opening hours in the pile's time zone (UTC when the stored name is unknown).
    public var hours: OpeningHours {
        OpeningHours(opensAt: opensAt, closesAt: closesAt, timeZone: TimeZone(identifier: timeZone) ?? TimeZone(identifier: "UTC")!,
                     zoneName: timeZone)
    }
}

/// A reservation of a pile (`Booking` in the schema), as stored.
public struct Booking: Sendable, Hashable {
    public let id: Int64
    public let pileID: Int64
    public let userID: Int64
    public let start: Date
    public let end: Date
    public var status: BookingStatus
    /// The rates frozen at booking time.
    public let rates: PileRates
    public let fees: BookingFees
    public var chargingStartedAt: Date?
    public var chargingStoppedAt: Date?
    public var cost: Int?
    public let createdAt: Date

    public init(id: Int64, pileID: Int64, userID: Int64, start: Date, end: Date, status: BookingStatus, rates: PileRates, fees: BookingFees,
                chargingStartedAt: Date?, chargingStoppedAt: Date?, cost: Int?, createdAt: Date) {
        self.id = id
        self.pileID = pileID
        self.userID = userID
        self.start = start
        self.end = end
        self.status = status
        self.rates = rates
        self.fees = fees
        self.chargingStartedAt = chargingStartedAt
        self.chargingStoppedAt = chargingStoppedAt
        self.cost = cost
        self.createdAt = createdAt
    }

    public var globalID: String { GlobalID("Booking", id).encoded }

    /// What the state machine needs.
    public var facts: BookingFacts {
        BookingFacts(status: status, span: BookingSpan(start: start, end: end), fees: fees, rates: rates, chargingStartedAt: chargingStartedAt)
    }
}

/// A user's (or the platform's) money: sums of the wallet entries' effects, in minor units.
public struct Wallet: Sendable, Hashable {
    /// nil for the platform's account.
    public let userID: Int64?
    public let balance: Int
    public let available: Int

    public init(userID: Int64?, balance: Int, available: Int) {
        self.userID = userID
        self.balance = balance
        self.available = available
    }
}

/// One money movement (`WalletEntry` in the schema).
public struct WalletEntry: Sendable, Hashable {
    public let id: Int64
    public let userID: Int64?
    public let kind: WalletEntryKind
    /// Signed effect on the balance.
    public let amount: Int
    /// Signed effect on the available amount.
    public let availableChange: Int
    public let bookingID: Int64?
    public let at: Date

    public init(id: Int64, userID: Int64?, kind: WalletEntryKind, amount: Int, availableChange: Int, bookingID: Int64?, at: Date) {
        self.id = id
        self.userID = userID
        self.kind = kind
        self.amount = amount
        self.availableChange = availableChange
        self.bookingID = bookingID
        self.at = at
    }
}
