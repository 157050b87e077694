import Foundation
import Storage

/// Creating, changing and soft-deleting piles, each in one transaction with the pile row locked.
public struct PileWrites: Sendable {
    public let postgres: PostgresPool

    public init(postgres: PostgresPool) {
        self.postgres = postgres
    }

    /// Creates a pile owned by `ownerID` from a checked input (every required field present).
    public func create(_ input: PileInput, ownerID: Int64, now: Date) async throws -> Result<ChargingPile, PileRefusals> {
        guard let serial = input.serialNumber, let name = input.name, let latitude = input.latitude, let longitude = input.longitude,
              let opensAt = input.opensAt, let closesAt = input.closesAt, let electricity = input.electricityFee,
              let service = input.serviceFee, let appointment = input.appointmentFee else {
            return .failure(PileRefusals(field: ["input"], message: "A required field is missing; send every required field.", code: "INVALID"))
        }
        if let refusal = PileInput.hoursRefusal(opensAt: opensAt, closesAt: closesAt) { return .failure(PileRefusals([refusal])) }
        return try await BookingLedger(postgres: postgres).refusing {
            try await postgres.transaction { conn in
                let owner = try conn.query("SELECT role FROM users WHERE id = \(Int(ownerID))").first
                guard let role = try owner?.decode(String.self, at: 0) else {
                    throw PileRefusals(field: ["input", "ownerId"], message: "No user has this id; list users to find the merchant.", code: "NOT_FOUND")
                }
                guard role == Role.merchant.rawValue || role == Role.admin.rawValue else {
                    throw PileRefusals(field: ["input", "ownerId"], message: "The owner must be a MERCHANT (this user is \(role)); make them a merchant first.", code: "INVALID")
                }
                return try Self.uniquely {
                    try PileRows.pile(from: conn.query("""
                        INSERT INTO charging_piles AS p (serial_number, name, latitude, longitude, address, owner_id, time_zone, opens_at, closes_at,
                            electricity_fee_minor, service_fee_minor, appointment_fee_minor, available, created_at, updated_at)
                        VALUES (\(serial), \(name), \(latitude), \(longitude), \((input.address ?? nil) as String?), \(Int(ownerID)), \(input.timeZone ?? "UTC"),
                            \(opensAt.description)::time, \(closesAt.description)::time, \(electricity), \(service), \(appointment),
                            \(input.available ?? true), \(now), \(now))
                        RETURNING \(PileRows.pileColumns)
                        """)[0])
                }
            }
        }
    }

    /// Applies the given fields to a pile, on behalf of `viewer` (its owner or an ADMIN).
    public func update(id: Int64, _ input: PileInput, viewer: Viewer, now: Date) async throws -> Result<ChargingPile, PileRefusals> {
        try await BookingLedger(postgres: postgres).refusing {
            try await postgres.transaction { conn in
                let pile = try Self.ownedPile(id, viewer: viewer, coordinate: "Mutation.updateChargingPile", field: ["input", "id"], conn: conn)
                let opensAt = input.opensAt ?? pile.opensAt, closesAt = input.closesAt ?? pile.closesAt
                if let refusal = PileInput.hoursRefusal(opensAt: opensAt, closesAt: closesAt) { throw PileRefusals([refusal]) }
                return try Self.uniquely {
                    try PileRows.pile(from: conn.query("""
                        UPDATE charging_piles p SET name = \(input.name ?? pile.name), address = \((input.address ?? pile.address) as String?),
                            opens_at = \(opensAt.description)::time, closes_at = \(closesAt.description)::time,
                            electricity_fee_minor = \(input.electricityFee ?? pile.rates.electricityPerHour),
                            service_fee_minor = \(input.serviceFee ?? pile.rates.service),
                            appointment_fee_minor = \(input.appointmentFee ?? pile.rates.appointment),
                            available = \(input.available ?? pile.available), updated_at = \(now)
                        WHERE p.id = \(Int(id)) RETURNING \(PileRows.pileColumns)
                        """)[0])
                }
            }
        }
    }

    /// Soft-deletes a pile that has no open booking (UNPAID, PAID, ACCEPTED or CHARGING).
    public func delete(id: Int64, viewer: Viewer, now: Date) async throws -> Result<Int64, PileRefusals> {
        try await BookingLedger(postgres: postgres).refusing {
            try await postgres.transaction { conn in
                let pile = try Self.ownedPile(id, viewer: viewer, coordinate: "Mutation.deleteChargingPile", field: ["id"], conn: conn)
                let open = try conn.query("""
                    SELECT count(*) FROM bookings WHERE pile_id = \(Int(pile.id)) AND status IN ('UNPAID', 'PAID', 'ACCEPTED', 'CHARGING')
                    """).scalar(Int.self)
                guard open == 0 else {
                    throw PileRefusals(field: ["id"], message: "The pile has \(open) open booking(s); decline or finish them before deleting it.", code: "CONFLICT")
                }
                try conn.execute("UPDATE charging_piles SET deleted_at = \(now), updated_at = \(now) WHERE id = \(Int(pile.id))")
                return pile.id
            }
        }
    }

    /// The live pile `id`, locked, when `viewer` owns it or is an ADMIN.
    static func ownedPile(_ id: Int64, viewer: Viewer, coordinate: String, field: [String], conn: PostgresConnection) throws -> ChargingPile {
        guard let pile = try BookingLedger.lockPile(id, conn: conn, includeDeleted: false) else {
            throw PileRefusals(field: field, message: "No charging pile has this id; search piles to find one.", code: "NOT_FOUND")
        }
        guard viewer.role == .admin || pile.ownerID == viewer.userID else { throw PileAccessError.notPileOwner(coordinate: coordinate) }
        return pile
    }

    /// Runs a write, turning a taken serial number or name into an INVALID refusal.
    static func uniquely<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as PostgresError where error.sqlState == .uniqueViolation {
            let serial = error.constraint == "charging_piles_serial_key"
            throw PileRefusals(field: ["input", serial ? "serialNumber" : "name"],
                               message: serial ? "Another pile has this serial number; use the pile's own serial number."
                                               : "Another pile has this name; choose another name.", code: "INVALID")
        }
    }
}
