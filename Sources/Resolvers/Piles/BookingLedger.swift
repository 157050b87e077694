import Foundation
import Storage

/// Every change to bookings and wallets, each in one transaction: requesting a booking, its
/// transitions, the OVERDUE sweep and top-ups.
///
/// Locks, always in this order, so transactions never deadlock: the pile row, then the booking
/// row, then the booker's wallet row. Locking the pile decides overlapping requests for one pile
/// one after the other; locking the wallet keeps two holds from spending the same money.
/// A refusal is thrown inside the transaction (rolling it back) and returned as `userErrors`.
public struct BookingLedger: Sendable {
    public let postgres: PostgresPool

    public init(postgres: PostgresPool) {
        self.postgres = postgres
    }

    /// Who acts: a signed-in user (checked against the pile's owner or the booker) or the server.
    public enum Actor: Sendable {
        case user(Viewer)
        case system
    }

    /// Reserves `pileID` for `span` for `userID`; the booking is PAID with its fees held when the
    /// wallet covers them, else UNPAID.
    public func request(pileID: Int64, userID: Int64, span: BookingSpan, now: Date) async throws -> Result<Booking, PileRefusals> {
        try await refusing {
            try await postgres.transaction { conn in
                guard let pile = try Self.lockPile(pileID, conn: conn, includeDeleted: false) else {
                    throw PileRefusals(field: ["input", "pileId"], message: "No charging pile has this id; search piles to find one.", code: "NOT_FOUND")
                }
                let refusals = BookingRequestRules.refusals(start: span.start, end: span.end, now: now, hours: pile.hours, pileAvailable: pile.available)
                guard refusals.isEmpty else { throw PileRefusals(refusals) }
                let gap = BookingRequestRules.adjacencyGap
                let near = try conn.query("""
                    SELECT start_at, end_at FROM bookings WHERE pile_id = \(Int(pile.id))
                    AND (status IN ('ACCEPTED', 'CHARGING') OR (user_id = \(Int(userID)) AND status IN ('UNPAID', 'PAID')))
                    AND start_at < \(span.end.addingTimeInterval(gap)) AND end_at > \(span.start.addingTimeInterval(-gap))
                    ORDER BY start_at
                    """).map { BookingSpan(start: try $0.decode(Date.self, at: 0), end: try $0.decode(Date.self, at: 1)) }
                if let overlap = BookingRequestRules.overlapRefusal(span, existing: near) { throw PileRefusals([overlap]) }
                let rates = pile.ownerID == userID ? PileRates.free : pile.rates.applying(try Self.friendPrices(owner: pile.ownerID, friend: userID, conn: conn))
                let fees = BookingFeeRules.fees(rates: rates, start: span.start, end: span.end)
                let available = fees.total > 0 ? try Self.lockWallet(userID, conn: conn).available : 0
                let payment = BookingRequestRules.payment(fees: fees, available: available)
                let booking = try PileRows.booking(from: conn.query("""
                    INSERT INTO bookings AS b (pile_id, user_id, start_at, end_at, status, electricity_fee_minor, service_fee_minor,
                                          appointment_fee_minor, prepaid_service_fee_minor, created_at, updated_at)
                    VALUES (\(Int(pile.id)), \(Int(userID)), \(span.start), \(span.end), \(payment.status.rawValue), \(rates.electricityPerHour),
                            \(rates.service), \(fees.appointment), \(fees.prepaidService), \(now), \(now))
                    RETURNING \(PileRows.bookingColumns)
                    """)[0])
                try Self.record(payment.movements, booking: booking, ownerID: pile.ownerID, at: now, conn: conn)
                return booking
            }
        }
    }

    /// Applies `action` to a booking on behalf of `actor`.
    /// - Throws: `PileAccessError` when the actor is neither the pile's owner (accept, decline)
    ///   nor the booker (cancel, start, stop), nor an ADMIN.
    public func transition(_ action: BookingAction, bookingID: Int64, actor: Actor, now: Date) async throws -> Result<Booking, PileRefusals> {
        try await refusing {
            try await postgres.transaction { conn in
                let field = action == .accept || action == .decline || action == .cancel ? ["id"] : ["bookingId"]
                let notFound = PileRefusals(field: field, message: "No booking has this id; list your bookings to find it.", code: "NOT_FOUND")
                guard let pileID = try conn.query("SELECT pile_id FROM bookings WHERE id = \(Int(bookingID))").first?.decode(Int.self, at: 0),
                      let pile = try Self.lockPile(Int64(pileID), conn: conn, includeDeleted: true),
                      let booking = try conn.query("SELECT \(PileRows.bookingColumns) FROM bookings b WHERE b.id = \(Int(bookingID)) FOR UPDATE")
                        .first.map(PileRows.booking(from:))
                else { throw notFound }
                try Self.authorize(action, actor: actor, booking: booking, pile: pile)
                if action == .accept, booking.status == .paid {
                    let blocking = try conn.query("""
                        SELECT start_at, end_at FROM bookings WHERE pile_id = \(Int(pile.id)) AND id <> \(Int(booking.id))
                        AND status IN ('ACCEPTED', 'CHARGING') ORDER BY start_at
                        """).map { BookingSpan(start: try $0.decode(Date.self, at: 0), end: try $0.decode(Date.self, at: 1)) }
                    if var overlap = BookingRequestRules.overlapRefusal(BookingSpan(start: booking.start, end: booking.end), existing: blocking) {
                        overlap = BookingRefusal(field: ["id"], message: overlap.message.replacingOccurrences(of: "choose a time at least 30 minutes apart", with: "decline this booking"), code: "CONFLICT")
                        throw PileRefusals([overlap])
                    }
                }
                let next: BookingTransition
                do {
                    next = try BookingStateMachine.apply(action, to: booking.facts, at: now)
                } catch let refusal as BookingRefusal {
                    throw PileRefusals([BookingRefusal(field: refusal.field ?? field, message: refusal.message, code: refusal.code)])
                }
                let updated = try PileRows.booking(from: conn.query("""
                    UPDATE bookings b SET status = \(next.status.rawValue), charging_started_at = \(next.chargingStartedAt as Date?),
                        charging_stopped_at = \((next.chargingStoppedAt ?? booking.chargingStoppedAt) as Date?), cost_minor = \((next.cost ?? booking.cost) as Int?),
                        updated_at = \(now)
                    WHERE b.id = \(Int(booking.id)) RETURNING \(PileRows.bookingColumns)
                    """)[0])
                try Self.record(next.movements, booking: updated, ownerID: pile.ownerID, at: now, conn: conn)
                return updated
            }
        }
    }

    /// Marks ACCEPTED bookings whose end has passed OVERDUE (releasing their service holds), each
    /// in its own transaction; returns how many changed.
    public func sweepOverdue(now: Date, limit: Int = 100) async throws -> Int {
        let due = try await postgres.query("""
            SELECT id FROM bookings WHERE status = 'ACCEPTED' AND end_at < \(now) ORDER BY end_at LIMIT \(limit)
            """).map { Int64(try $0.decode(Int.self, at: 0)) }
        var changed = 0
        for id in due {
            if case .success = try await transition(.markOverdue, bookingID: id, actor: .system, now: now) { changed += 1 }
        }
        return changed
    }

    /// Adds `amount` (> 0, minor units) to a user's wallet.
    public func topUp(userID: Int64, amount: Int, now: Date) async throws -> Result<Wallet, PileRefusals> {
        try await refusing {
            try await postgres.transaction { conn in
                guard try conn.query("SELECT 1 FROM users WHERE id = \(Int(userID))").first != nil else {
                    throw PileRefusals(field: ["userId"], message: "No user has this id; list users to find the right id.", code: "NOT_FOUND")
                }
                _ = try Self.lockWallet(userID, conn: conn)
                try conn.execute("""
                    INSERT INTO wallet_entries (user_id, kind, amount_minor, available_change_minor, at)
                    VALUES (\(Int(userID)), 'TOP_UP', \(amount), \(amount), \(now))
                    """)
                return try Self.walletSums(userID, conn: conn)
            }
        }
    }

    // MARK: - Steps inside a transaction

    static func lockPile(_ id: Int64, conn: PostgresConnection, includeDeleted: Bool) throws -> ChargingPile? {
        let live: SQL = includeDeleted ? "" : " AND p.deleted_at IS NULL"
        return try conn.query("SELECT \(PileRows.pileColumns) FROM charging_piles p WHERE p.id = \(Int(id))\(live) FOR UPDATE")
            .first.map(PileRows.pile(from:))
    }

    static func friendPrices(owner: Int64, friend: Int64, conn: PostgresConnection) throws -> FriendPrices? {
        try conn.query("""
            SELECT electricity_fee_minor, service_fee_minor, appointment_fee_minor FROM pile_friend_prices
            WHERE owner_id = \(Int(owner)) AND friend_id = \(Int(friend))
            """).first.map { row in
            FriendPrices(electricityPerHour: try row.decode(Int?.self, at: 0), service: try row.decode(Int?.self, at: 1),
                         appointment: try row.decode(Int?.self, at: 2))
        }
    }

    /// Locks the user's wallet row (creating it on first use) and returns the sums.
    static func lockWallet(_ userID: Int64, conn: PostgresConnection) throws -> Wallet {
        try conn.execute("INSERT INTO wallets (user_id) VALUES (\(Int(userID))) ON CONFLICT (user_id) DO NOTHING")
        _ = try conn.query("SELECT user_id FROM wallets WHERE user_id = \(Int(userID)) FOR UPDATE")
        return try walletSums(userID, conn: conn)
    }

    static func walletSums(_ userID: Int64, conn: PostgresConnection) throws -> Wallet {
        let row = try conn.query("""
            SELECT coalesce(sum(amount_minor), 0)::bigint, coalesce(sum(available_change_minor), 0)::bigint
            FROM wallet_entries WHERE user_id = \(Int(userID))
            """)[0]
        return Wallet(userID: userID, balance: try row.decode(Int.self, at: 0), available: try row.decode(Int.self, at: 1))
    }

    /// Writes the entries of a transition: booker and owner by id, the platform as NULL.
    static func record(_ movements: [WalletMovement], booking: Booking, ownerID: Int64, at now: Date, conn: PostgresConnection) throws {
        for movement in movements {
            let user: Int? = switch movement.party {
            case .booker: Int(booking.userID)
            case .owner: Int(ownerID)
            case .platform: nil
            }
            let (balance, available) = movement.kind.effects(of: movement.amount)
            try conn.execute("""
                INSERT INTO wallet_entries (user_id, kind, amount_minor, available_change_minor, booking_id, fee, at)
                VALUES (\(user as Int?), \(movement.kind.rawValue), \(balance), \(available), \(Int(booking.id)), \(movement.fee?.rawValue as String?), \(now))
                """)
        }
    }

    static func authorize(_ action: BookingAction, actor: Actor, booking: Booking, pile: ChargingPile) throws {
        guard case let .user(viewer) = actor, viewer.role != .admin else { return }
        switch action {
        case .accept, .decline:
            if viewer.userID != pile.ownerID { throw PileAccessError.notPileOwner(coordinate: "Mutation.respondToBooking") }
        case .cancel, .startCharging, .stopCharging:
            let name = action == .cancel ? "cancelBooking" : action.rawValue
            if viewer.userID != booking.userID { throw PileAccessError.notBooker(coordinate: "Mutation." + name) }
        case .markOverdue:
            throw PileAccessError.notBooker(coordinate: "the OVERDUE sweep")
        }
    }

    /// Runs `body`; its refusals become `.failure`, anything else is thrown.
    func refusing<T: Sendable>(_ body: () async throws -> T) async throws -> Result<T, PileRefusals> {
        do {
            return .success(try await body())
        } catch let refusals as PileRefusals {
            return .failure(refusals)
        }
    }
}

/// Refusals thrown inside a transaction to roll it back.
public struct PileRefusals: Error, Sendable, Hashable {
    public let refusals: [BookingRefusal]

    public init(_ refusals: [BookingRefusal]) {
        self.refusals = refusals
    }

    public init(field: [String]?, message: String, code: String) {
        self.init([BookingRefusal(field: field, message: message, code: code)])
    }
}
