import Foundation
import GraphQLEngine

/// The charging piles part of the API (DOMAIN.md section 5): piles and their search, bookings
/// and their state machine, wallets; `User.wallet/piles/bookings`.
///
/// Access: `chargingPile` and `chargingPilesNear` are open to anonymous callers; pile management
/// needs MERCHANT (and owning the pile); `requestBooking` needs DRIVER or MERCHANT; answering a
/// booking needs its pile's owner, cancelling and charging its booker; `topUpWallet` and
/// `platformWallet` need ADMIN; `User.wallet` is for the user and ADMIN. ADMIN may do everything.
public enum PileResolvers {
    public static func register(into registry: inout ResolverRegistry) {
        registerQueries(into: &registry)
        PileMutationResolvers.register(into: &registry)
        registerPileType(into: &registry)
        registerBookingAndWalletTypes(into: &registry)
        registerUserFields(into: &registry)
    }

    static func registerQueries(into registry: inout ResolverRegistry) {
        registry.field("Query", "chargingPile", access: .anyone) { _, arguments, context, _ in
            if case let .string(id)? = arguments["id"] {
                let pileID = try GlobalID.int64(of: id, expecting: "ChargingPile")
                return PileLoaders.piles(context).load(pileID) { pile in livePile(pile) }
            }
            guard case let .string(serial)? = arguments["serialNumber"] else {
                throw PileArguments.badInput("Give id or serialNumber to find a charging pile.")
            }
            let repository = PileLoaders.repository(context)
            return .async { try await repository.pile(serialNumber: serial).map { .object($0) } ?? .null }
        }
        registry.field("Query", "chargingPilesNear", access: .anyone) { _, arguments, context, _ in
            let search = try nearSearch(arguments)
            let page = try ConnectionArguments(arguments)
            let offset = try page.afterKey.map { key in
                guard let offset = Int(key), offset >= 0 else { throw PileArguments.badInput("Argument \"after\" is not a cursor of this list; use endCursor from a previous page.") }
                return offset
            } ?? 0
            let repository = PileLoaders.repository(context)
            return .async {
                let rows = try await repository.near(search, offset: offset, limit: page.fetchLimit)
                let positions = Dictionary(rows.enumerated().map { ($1.id, offset + $0 + 1) }, uniquingKeysWith: { a, _ in a })
                let connection = Connection(rows: rows, arguments: page, key: { String(positions[$0.id] ?? 0) }, totalCount: {
                    .async { .int(try await repository.countNear(search)) }
                })
                return .object(connection)
            }
        }
        registry.connection("ChargingPileConnection", edge: "ChargingPileEdge", of: ChargingPile.self)
        registry.field("Query", "booking", access: .signedIn) { _, arguments, context, _ in
            let id = try PileArguments.int64ID(arguments["id"], type: "Booking", argument: "id")
            return PileLoaders.bookings(context).load(id) { $0.map { .object($0) } ?? .null }
        }
        registry.field("Query", "platformWallet", access: .role(.admin)) { _, _, context, _ in
            let repository = PileLoaders.repository(context)
            return .async { .object(try await repository.platformWallet()) }
        }
        registry.node("ChargingPile", access: .anyone) { localID, context in
            guard let id = Int64(localID) else { return .null }
            return PileLoaders.piles(context).load(id) { pile in livePile(pile) }
        }
        registry.node("Booking") { localID, context in
            guard let id = Int64(localID) else { return .null }
            return PileLoaders.bookings(context).load(id) { $0.map { .object($0) } ?? .null }
        }
    }

    /// A pile that is not deleted, else null.
    static func livePile(_ pile: ChargingPile?) -> FieldValue {
        guard let pile, pile.deletedAt == nil else { return .null }
        return .object(pile)
    }

    /// The search of `chargingPilesNear`, checked.
    static func nearSearch(_ arguments: GraphQLObjectValue) throws -> PileRepository.NearSearch {
        guard let latitude = PileArguments.double(arguments["latitude"]), (-90...90).contains(latitude) else {
            throw PileArguments.badInput("Argument \"latitude\" must be from -90 to 90.")
        }
        guard let longitude = PileArguments.double(arguments["longitude"]), (-180...180).contains(longitude) else {
            throw PileArguments.badInput("Argument \"longitude\" must be from -180 to 180.")
        }
        let radius = PileArguments.double(arguments["radiusKm"]) ?? 5
        guard radius > 0, radius <= GeoSearch.maxRadiusKm else {
            throw PileArguments.badInput("Argument \"radiusKm\" must be above 0 and at most \(Int(GeoSearch.maxRadiusKm)).")
        }
        let from = try PileArguments.date(arguments["freeFrom"], argument: "freeFrom")
        let to = try PileArguments.date(arguments["freeTo"], argument: "freeTo")
        var free: BookingSpan?
        switch (from, to) {
        case (nil, nil): break
        case let (from?, to?):
            guard from < to else { throw PileArguments.badInput("Argument \"freeTo\" must be after \"freeFrom\".") }
            free = BookingSpan(start: from, end: to)
        default: throw PileArguments.badInput("Give both freeFrom and freeTo, or neither.")
        }
        return PileRepository.NearSearch(latitude: latitude, longitude: longitude, radiusKm: radius, free: free)
    }

    static func registerPileType(into registry: inout ResolverRegistry) {
        registry.field("ChargingPile", "id", on: ChargingPile.self) { p, _, _ in .string(p.globalID) }
        registry.field("ChargingPile", "serialNumber", on: ChargingPile.self) { p, _, _ in .string(p.serialNumber) }
        registry.field("ChargingPile", "name", on: ChargingPile.self) { p, _, _ in .string(p.name) }
        registry.field("ChargingPile", "location", on: ChargingPile.self) { p, _, _ in
            .value(.object(GraphQLObjectValue([(key: "latitude", value: .double(p.latitude)), (key: "longitude", value: .double(p.longitude))])))
        }
        registry.useDefaultResolvers(for: "GeoPoint")
        registry.field("ChargingPile", "address", on: ChargingPile.self) { p, _, _ in p.address.map { .string($0) } ?? .null }
        registry.field("ChargingPile", "owner", on: ChargingPile.self) { p, _, context in
            PileLoaders.users(context).load(p.ownerID) { $0.map { .object($0) } ?? .null }
        }
        registry.field("ChargingPile", "timeZone", on: ChargingPile.self) { p, _, _ in .string(p.timeZone) }
        registry.field("ChargingPile", "opensAt", on: ChargingPile.self) { p, _, _ in .string(p.opensAt.description) }
        registry.field("ChargingPile", "closesAt", on: ChargingPile.self) { p, _, _ in .string(p.closesAt.description) }
        registry.field("ChargingPile", "electricityFee", on: ChargingPile.self) { p, _, _ in .int(p.rates.electricityPerHour) }
        registry.field("ChargingPile", "serviceFee", on: ChargingPile.self) { p, _, _ in .int(p.rates.service) }
        registry.field("ChargingPile", "appointmentFee", on: ChargingPile.self) { p, _, _ in .int(p.rates.appointment) }
        registry.field("ChargingPile", "available", on: ChargingPile.self) { p, _, _ in .bool(p.available) }
        registry.field("ChargingPile", "distanceKm", on: ChargingPile.self) { p, _, _ in p.distanceKm.map { .double($0) } ?? .null }
        registry.field("ChargingPile", "bookings", on: ChargingPile.self, access: .signedIn) { p, arguments, context in
            guard let from = try PileArguments.date(arguments["from"], argument: "from"),
                  let to = try PileArguments.date(arguments["to"], argument: "to") else {
                throw PileArguments.badInput("Give both from and to.")
            }
            guard from <= to else { throw PileArguments.badInput("Argument \"to\" must not be before \"from\".") }
            return PileLoaders.bookingsByPile(context).load(PileWindowKey(pileID: p.id, from: from, to: to)) { .list(($0 ?? []).map { .object($0) }) }
        }
    }

    static func registerBookingAndWalletTypes(into registry: inout ResolverRegistry) {
        registry.field("Booking", "id", on: Booking.self) { b, _, _ in .string(b.globalID) }
        registry.field("Booking", "pile", on: Booking.self) { b, _, context in
            PileLoaders.piles(context).load(b.pileID) { $0.map { .object($0) } ?? .null }
        }
        registry.field("Booking", "user", on: Booking.self) { b, _, context in
            PileLoaders.users(context).load(b.userID) { $0.map { .object($0) } ?? .null }
        }
        registry.field("Booking", "start", on: Booking.self) { b, _, _ in .string(AccountsResolvers.dateTime(b.start)) }
        registry.field("Booking", "end", on: Booking.self) { b, _, _ in .string(AccountsResolvers.dateTime(b.end)) }
        registry.field("Booking", "status", on: Booking.self) { b, _, _ in .string(b.status.rawValue) }
        registry.field("Booking", "appointmentFee", on: Booking.self) { b, _, _ in .int(b.fees.appointment) }
        registry.field("Booking", "prepaidServiceFee", on: Booking.self) { b, _, _ in .int(b.fees.prepaidService) }
        registry.field("Booking", "chargingStartedAt", on: Booking.self) { b, _, _ in b.chargingStartedAt.map { .string(AccountsResolvers.dateTime($0)) } ?? .null }
        registry.field("Booking", "chargingStoppedAt", on: Booking.self) { b, _, _ in b.chargingStoppedAt.map { .string(AccountsResolvers.dateTime($0)) } ?? .null }
        registry.field("Booking", "cost", on: Booking.self) { b, _, _ in b.cost.map { .int($0) } ?? .null }
        registry.field("Booking", "createdAt", on: Booking.self) { b, _, _ in .string(AccountsResolvers.dateTime(b.createdAt)) }

        registry.field("Wallet", "balance", on: Wallet.self) { w, _, _ in .int(w.balance) }
        registry.field("Wallet", "available", on: Wallet.self) { w, _, _ in .int(w.available) }
        registry.field("Wallet", "entries", on: Wallet.self) { w, arguments, context in
            var first = 50
            if case let .int(n)? = arguments["first"] { first = n }
            guard (0...500).contains(first) else { throw PileArguments.badInput("Argument \"first\" must be between 0 and 500; got \(first).") }
            return PileLoaders.entries(context).load(WalletEntriesKey(userID: w.userID, first: first)) { .list(($0 ?? []).map { .object($0) }) }
        }
        registry.field("WalletEntry", "kind", on: WalletEntry.self) { e, _, _ in .string(e.kind.rawValue) }
        registry.field("WalletEntry", "amount", on: WalletEntry.self) { e, _, _ in .int(e.amount) }
        registry.field("WalletEntry", "availableChange", on: WalletEntry.self) { e, _, _ in .int(e.availableChange) }
        registry.field("WalletEntry", "booking", on: WalletEntry.self) { e, _, context in
            guard let id = e.bookingID else { return .null }
            return PileLoaders.bookings(context).load(id) { $0.map { .object($0) } ?? .null }
        }
        registry.field("WalletEntry", "at", on: WalletEntry.self) { e, _, _ in .string(AccountsResolvers.dateTime(e.at)) }

        registry.field("ChargingPilePayload", "pile", on: ChargingPilePayload.self) { p, _, _ in p.pile.map { .object($0) } ?? .null }
        registry.field("ChargingPilePayload", "userErrors", on: ChargingPilePayload.self) { p, _, _ in .value(.list(p.errors)) }
        registry.field("BookingPayload", "booking", on: BookingPayload.self) { p, _, _ in p.booking.map { .object($0) } ?? .null }
        registry.field("BookingPayload", "userErrors", on: BookingPayload.self) { p, _, _ in .value(.list(p.errors)) }
        registry.field("WalletPayload", "wallet", on: WalletPayload.self) { p, _, _ in p.wallet.map { .object($0) } ?? .null }
        registry.field("WalletPayload", "userErrors", on: WalletPayload.self) { p, _, _ in .value(.list(p.errors)) }
        registry.useDefaultResolvers(for: "DeletePayload")
    }

    static func registerUserFields(into registry: inout ResolverRegistry) {
        registry.field("User", "wallet", on: User.self, access: .custom { viewer, source, _, _ in
            viewer.role == .admin || (source as? User)?.id == viewer.userID
        }) { user, _, context in
            PileLoaders.wallets(context).load(user.id) { .object($0 ?? Wallet(userID: user.id, balance: 0, available: 0)) }
        }
        registry.field("User", "piles", on: User.self) { user, _, context in
            PileLoaders.pilesByOwner(context).load(user.id) { .list(($0 ?? []).map { .object($0) }) }
        }
        registry.field("User", "bookings", on: User.self) { user, arguments, context in
            var first = 50
            if case let .int(n)? = arguments["first"] { first = n }
            guard (0...500).contains(first) else { throw PileArguments.badInput("Argument \"first\" must be between 0 and 500; got \(first).") }
            var beforeID: Int64?
            if case let .string(after)? = arguments["after"] {
                beforeID = try GlobalID.int64(of: after, expecting: "Booking", argument: "after")
            }
            return PileLoaders.bookingsByUser(context).load(UserBookingsKey(userID: user.id, first: first, beforeID: beforeID)) {
                .list(($0 ?? []).map { .object($0) })
            }
        }
    }
}
