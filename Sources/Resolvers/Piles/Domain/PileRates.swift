/// A pile's prices in minor units: electricity per booked hour, a service fee per booking and an
/// appointment fee (per booking, multiplied by the length class of the booking).
public struct PileRates: Sendable, Hashable {
    public var electricityPerHour: Int
    public var service: Int
    public var appointment: Int

    public init(electricityPerHour: Int, service: Int, appointment: Int) {
        self.electricityPerHour = electricityPerHour
        self.service = service
        self.appointment = appointment
    }

    /// What an owner pays on their own pile: nothing.
    public static let free = PileRates(electricityPerHour: 0, service: 0, appointment: 0)

    /// The rates with an owner's special prices for one friend applied (nil keeps the pile's).
    public func applying(_ friend: FriendPrices?) -> PileRates {
        guard let friend else { return self }
        return PileRates(electricityPerHour: friend.electricityPerHour ?? electricityPerHour,
                         service: friend.service ?? service, appointment: friend.appointment ?? appointment)
    }
}

/// Prices a pile owner grants one friend on all their piles (the sample's `friends`); a nil
/// price leaves the pile's own. Not part of DOMAIN.md's rules; the sample's expected fees use it.
public struct FriendPrices: Sendable, Hashable {
    public var electricityPerHour: Int?
    public var service: Int?
    public var appointment: Int?

    public init(electricityPerHour: Int? = nil, service: Int? = nil, appointment: Int? = nil) {
        self.electricityPerHour = electricityPerHour
        self.service = service
        self.appointment = appointment
    }
}

/// The two fees frozen when a booking is made, in minor units.
public struct BookingFees: Sendable, Hashable {
    public let appointment: Int
    public let prepaidService: Int

    public init(appointment: Int, prepaidService: Int) {
        self.appointment = appointment
        self.prepaidService = prepaidService
    }

    public var total: Int { appointment + prepaidService }
}
