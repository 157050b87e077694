/// A signed-in caller who is not the pile's owner or the booker (and not an ADMIN): a GraphQL
/// error with `extensions.code` FORBIDDEN, never a `userErrors` entry.
public enum PileAccessError: ClientFacingError, Equatable {
    case notPileOwner(coordinate: String)
    case notBooker(coordinate: String)
    case ownerForSomeoneElse

    public var code: String { "FORBIDDEN" }

    public var clientMessage: String {
        switch self {
        case let .notPileOwner(coordinate):
            "Only the pile's owner (or an ADMIN) may use \(coordinate) on this pile."
        case let .notBooker(coordinate):
            "Only the user who made the booking (or an ADMIN) may use \(coordinate) on it."
        case .ownerForSomeoneElse:
            "A MERCHANT creates piles for themselves: leave ownerId out or give your own id (an ADMIN may give any merchant)."
        }
    }
}
