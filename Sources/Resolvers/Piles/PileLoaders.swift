import Foundation
import GraphQLEngine

/// A pile's bookings that meet a window (`ChargingPile.bookings(from:to:)`).
struct PileWindowKey: Hashable, Sendable {
    let pileID: Int64
    let from: Date
    let to: Date
}

/// One page of a user's bookings (`User.bookings(first:after:)`).
struct UserBookingsKey: Hashable, Sendable {
    let userID: Int64
    let first: Int
    let beforeID: Int64?
}

/// The latest entries of one wallet (nil: the platform's).
struct WalletEntriesKey: Hashable, Sendable {
    let userID: Int64?
    let first: Int
}

/// The per-request loaders of the piles domain: one statement per level of a nested query.
enum PileLoaders {
    static func repository(_ context: RequestContext) -> PileRepository {
        PileRepository(postgres: context.dependencies.postgres)
    }

    /// Piles by id, deleted ones included (callers that must not see them filter).
    static func piles(_ context: RequestContext) -> DataLoader<Int64, ChargingPile> {
        context.loaders.batched("ChargingPilesByIDLoader") { ids in try await repository(context).piles(ids: ids, includeDeleted: true) }
    }

    static func pilesByOwner(_ context: RequestContext) -> DataLoader<Int64, [ChargingPile]> {
        context.loaders.batched("ChargingPilesByOwnerIDLoader") { ids in try await repository(context).piles(ownerIDs: ids) }
    }

    static func users(_ context: RequestContext) -> DataLoader<Int64, User> {
        context.loaders.batched("PileUsersByIDLoader") { ids in try await UserRepository(postgres: context.dependencies.postgres).users(ids: ids) }
    }

    static func bookings(_ context: RequestContext) -> DataLoader<Int64, Booking> {
        context.loaders.batched("BookingsByIDLoader") { ids in try await repository(context).bookings(ids: ids) }
    }

    /// Bookings per (pile, window): one statement per distinct window among the keys.
    static func bookingsByPile(_ context: RequestContext) -> DataLoader<PileWindowKey, [Booking]> {
        context.loaders.loader("BookingsByPileWindowLoader") {
            DataLoader(name: "BookingsByPileWindowLoader") { keys in
                var result: [PileWindowKey: [Booking]] = [:]
                for (window, group) in Dictionary(grouping: keys, by: { [$0.from, $0.to] }) {
                    let found = try await repository(context).bookings(pileIDs: group.map(\.pileID), from: window[0], to: window[1])
                    for key in group { result[key] = found[key.pileID] ?? [] }
                }
                return result
            }
        }
    }

    static func bookingsByUser(_ context: RequestContext) -> DataLoader<UserBookingsKey, [Booking]> {
        context.loaders.loader("BookingsByUserPageLoader") {
            DataLoader(name: "BookingsByUserPageLoader") { keys in
                var result: [UserBookingsKey: [Booking]] = [:]
                for group in Dictionary(grouping: keys, by: { "\($0.first):\($0.beforeID ?? 0)" }).values {
                    let sample = group[0]
                    let found = try await repository(context).bookings(userIDs: group.map(\.userID), beforeID: sample.beforeID, limit: sample.first)
                    for key in group { result[key] = found[key.userID] ?? [] }
                }
                return result
            }
        }
    }

    static func wallets(_ context: RequestContext) -> DataLoader<Int64, Wallet> {
        context.loaders.batched("WalletsByUserIDLoader") { ids in try await repository(context).wallets(userIDs: ids) }
    }

    static func entries(_ context: RequestContext) -> DataLoader<WalletEntriesKey, [WalletEntry]> {
        context.loaders.loader("WalletEntriesByUserIDLoader") {
            DataLoader(name: "WalletEntriesByUserIDLoader") { keys in
                var result: [WalletEntriesKey: [WalletEntry]] = [:]
                for (first, group) in Dictionary(grouping: keys, by: \.first) {
                    let found = try await repository(context).entries(userIDs: group.map(\.userID), first: first)
                    for key in group { result[key] = found[key.userID] ?? [] }
                }
                return result
            }
        }
    }
}
