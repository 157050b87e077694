import Foundation
import Storage

/// Column lists and row decoding for the piles domain's tables.
enum PileRows {
    static let pileColumns: SQL = """
        p.id, p.serial_number, p.name, p.latitude, p.longitude, p.address, p.owner_id, p.time_zone, p.opens_at, p.closes_at, \
        p.electricity_fee_minor, p.service_fee_minor, p.appointment_fee_minor, p.available, p.created_at, p.deleted_at
        """
    static let bookingColumns: SQL = """
        b.id, b.pile_id, b.user_id, b.start_at, b.end_at, b.status, b.electricity_fee_minor, b.service_fee_minor, \
        b.appointment_fee_minor, b.prepaid_service_fee_minor, b.charging_started_at, b.charging_stopped_at, b.cost_minor, b.created_at
        """
    static let entryColumns: SQL = "e.id, e.user_id, e.kind, e.amount_minor, e.available_change_minor, e.booking_id, e.at"

    static func pile(from row: PostgresRow) throws -> ChargingPile {
        let opens = try row.decode(String.self, column: "opens_at"), closes = try row.decode(String.self, column: "closes_at")
        guard let opensAt = LocalTimeOfDay(opens), let closesAt = LocalTimeOfDay(closes) else {
            throw PileStoreError.badRow("opening hours \(opens)–\(closes)")
        }
        var distance: Double?
        if row.columns.index(of: "distance_km") != nil { distance = try row.decode(Double?.self, column: "distance_km") }
        return ChargingPile(
            id: Int64(try row.decode(Int.self, column: "id")), serialNumber: try row.decode(String.self, column: "serial_number"),
            name: try row.decode(String.self, column: "name"), latitude: try row.decode(Double.self, column: "latitude"),
            longitude: try row.decode(Double.self, column: "longitude"), address: try row.decode(String?.self, column: "address"),
            ownerID: Int64(try row.decode(Int.self, column: "owner_id")), timeZone: try row.decode(String.self, column: "time_zone"),
            opensAt: opensAt, closesAt: closesAt,
            rates: PileRates(electricityPerHour: try row.decode(Int.self, column: "electricity_fee_minor"),
                             service: try row.decode(Int.self, column: "service_fee_minor"),
                             appointment: try row.decode(Int.self, column: "appointment_fee_minor")),
            available: try row.decode(Bool.self, column: "available"), createdAt: try row.decode(Date.self, column: "created_at"),
            deletedAt: try row.decode(Date?.self, column: "deleted_at"), distanceKm: distance)
    }

    static func booking(from row: PostgresRow) throws -> Booking {
        let statusText = try row.decode(String.self, column: "status")
        guard let status = BookingStatus(rawValue: statusText) else { throw PileStoreError.badRow("booking status \(statusText)") }
        return Booking(
            id: Int64(try row.decode(Int.self, column: "id")), pileID: Int64(try row.decode(Int.self, column: "pile_id")),
            userID: Int64(try row.decode(Int.self, column: "user_id")), start: try row.decode(Date.self, column: "start_at"),
            end: try row.decode(Date.self, column: "end_at"), status: status,
            rates: PileRates(electricityPerHour: try row.decode(Int.self, column: "electricity_fee_minor"),
                             service: try row.decode(Int.self, column: "service_fee_minor"), appointment: 0),
            fees: BookingFees(appointment: try row.decode(Int.self, column: "appointment_fee_minor"),
                              prepaidService: try row.decode(Int.self, column: "prepaid_service_fee_minor")),
            chargingStartedAt: try row.decode(Date?.self, column: "charging_started_at"),
            chargingStoppedAt: try row.decode(Date?.self, column: "charging_stopped_at"),
            cost: try row.decode(Int?.self, column: "cost_minor"), createdAt: try row.decode(Date.self, column: "created_at"))
    }

    static func entry(from row: PostgresRow) throws -> WalletEntry {
        let kindText = try row.decode(String.self, column: "kind")
        guard let kind = WalletEntryKind(rawValue: kindText) else { throw PileStoreError.badRow("wallet entry kind \(kindText)") }
        return WalletEntry(
            id: Int64(try row.decode(Int.self, column: "id")), userID: try row.decode(Int?.self, column: "user_id").map(Int64.init),
            kind: kind, amount: try row.decode(Int.self, column: "amount_minor"),
            availableChange: try row.decode(Int.self, column: "available_change_minor"),
            bookingID: try row.decode(Int?.self, column: "booking_id").map(Int64.init), at: try row.decode(Date.self, column: "at"))
    }
}

/// A stored row this build cannot read (the schema and the code disagree); an internal error.
public enum PileStoreError: Error, Sendable, Equatable {
    case badRow(String)
}
