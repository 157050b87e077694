import Foundation

/// The charging-plots sample (`charging_plots_seed.json`): users, wallets, piles, friends'
/// prices and bookings with their expected fees. Read by `energygraph import-piles` and by tests.
///
/// Times in the file have no offset; they are UTC. Money is decimal text ("42.00").
public struct PileSeed: Sendable, Decodable {
    public struct SeedUser: Sendable, Decodable {
        public let id: Int
        public let name: String
        public let email: String
        public let role: String
        public let active: Bool
        public let canLogin: Bool

        enum CodingKeys: String, CodingKey {
            case id, name, email, role, active
            case canLogin = "can_login"
        }
    }

    public struct SeedWallet: Sendable, Decodable {
        public let userID: Int
        public let balance: String

        enum CodingKeys: String, CodingKey {
            case userID = "user_id"
            case balance
        }
    }

    public struct SeedPile: Sendable, Decodable {
        public let id: Int
        public let serialNumber: String
        public let name: String
        public let longitude: String
        public let latitude: String
        public let address: String?
        public let electricity: String
        public let service: String
        public let appointment: String
        public let open: String
        public let close: String
        public let ownerID: Int
        public let isAvailable: Bool
        public let isDeleted: Bool

        enum CodingKeys: String, CodingKey {
            case id, name, longitude, latitude, address, electricity, service, appointment, open, close
            case serialNumber = "sn"
            case ownerID = "owner_id"
            case isAvailable = "is_available"
            case isDeleted = "is_deleted"
        }
    }

    public struct SeedFriend: Sendable, Decodable {
        public let userID: Int
        public let friendID: Int
        /// "-1.00" means: no special price.
        public let appointment: String
        public let service: String
        public let electricity: String

        enum CodingKeys: String, CodingKey {
            case appointment, service, electricity
            case userID = "user_id"
            case friendID = "friend_id"
        }
    }

    public struct SeedBooking: Sendable, Decodable {
        public let id: Int
        public let userID: Int
        public let pileID: Int
        public let start: String
        public let end: String
        public let statusName: String
        public let expectedAppointmentFee: String
        public let expectedPrepaidServiceFee: String

        enum CodingKeys: String, CodingKey {
            case id
            case userID = "user_id"
            case pileID = "pile_id"
            case start = "book_start"
            case end = "book_end"
            case statusName = "status_name"
            case expectedAppointmentFee = "expected_appointment_fee"
            case expectedPrepaidServiceFee = "expected_prepaid_service_fee"
        }
    }

    public let users: [SeedUser]
    public let wallets: [SeedWallet]
    public let piles: [SeedPile]
    public let friends: [SeedFriend]
    public let books: [SeedBooking]

    /// Decodes the file's content.
    /// - Throws: `PileSeedError` naming what is wrong.
    public static func decode(_ data: Data) throws -> PileSeed {
        do {
            return try JSONDecoder().decode(PileSeed.self, from: data)
        } catch let error as DecodingError {
            throw PileSeedError.malformed(PileSeedError.describe(error))
        }
    }

    /// The sample's roles in ours: user → DRIVER, merchant → MERCHANT, maintainer → OPERATOR, admin → ADMIN.
    public static func role(_ seedRole: String) -> Role? {
        switch seedRole {
        case "user": .driver
        case "merchant": .merchant
        case "maintainer": .operator
        case "admin": .admin
        default: nil
        }
    }

    /// A seed time ("2016-08-08T09:00:00", UTC).
    public static func date(_ text: String) -> Date? {
        try? Date(text + "Z", strategy: Date.ISO8601FormatStyle())
    }

    /// Decimal money text in minor units; nil for a negative amount ("-1.00": no special price).
    public static func price(_ text: String) -> Int? {
        guard let minor = MinorUnits.parse(text), minor >= 0 else { return nil }
        return minor
    }

    /// The prices a friend gets, by (owner id, friend id) in the sample's ids.
    public var friendPrices: [SeedFriendKey: FriendPrices] {
        var prices: [SeedFriendKey: FriendPrices] = [:]
        for friend in friends {
            prices[SeedFriendKey(ownerID: friend.userID, friendID: friend.friendID)] = FriendPrices(
                electricityPerHour: Self.price(friend.electricity), service: Self.price(friend.service),
                appointment: Self.price(friend.appointment))
        }
        return prices
    }
}

/// An owner and a friend, in the sample's user ids.
public struct SeedFriendKey: Sendable, Hashable {
    public let ownerID: Int
    public let friendID: Int

    public init(ownerID: Int, friendID: Int) {
        self.ownerID = ownerID
        self.friendID = friendID
    }
}

/// A sample file that cannot be read.
public enum PileSeedError: Error, Sendable, Equatable, CustomStringConvertible {
    case malformed(String)
    case invalid(String)

    public var description: String {
        switch self {
        case let .malformed(detail): "The file is not in the charging-plots seed shape: \(detail)."
        case let .invalid(detail): "The file has a value that cannot be imported: \(detail)."
        }
    }

    static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        }
        switch error {
        case let .keyNotFound(key, context): return "missing \(path(context)).\(key.stringValue)"
        case let .typeMismatch(_, context), let .valueNotFound(_, context), let .dataCorrupted(context):
            return "\(path(context)): \(context.debugDescription)"
        @unknown default: return "\(error)"
        }
    }
}
