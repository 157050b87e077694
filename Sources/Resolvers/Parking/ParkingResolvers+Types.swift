import GraphQLEngine

extension ParkingResolvers {
    /// `ParkingSession`, `ChargingStatus` and the two payloads.
    static func registerTypes(into registry: inout ResolverRegistry) {
        registry.field("ParkingSession", "vehicle", on: ParkingSession.self) { s, _, context in VehicleLoaders.load(s.vehicleID, context: context) }
        registry.field("ParkingSession", "parkedAt", on: ParkingSession.self) { s, _, _ in .string(ParkingTimeText.text(ms: s.parkedAtMs)) }
        registry.field("ParkingSession", "chargingSince", on: ParkingSession.self) { s, _, _ in
            .string(ParkingTimeText.text(ms: s.model.chargingSinceMs))
        }
        registry.field("ParkingSession", "leftAt", on: ParkingSession.self) { s, _, _ in
            s.leftAtMs.map { .string(ParkingTimeText.text(ms: $0)) } ?? .null
        }
        registry.field("ParkingSession", "capacityKwh", on: ParkingSession.self) { s, _, _ in .double(s.model.capacityKWh) }
        registry.field("ParkingSession", "initialChargeKwh", on: ParkingSession.self) { s, _, _ in .double(s.model.initialChargeKWh) }
        registry.field("ParkingSession", "desiredPercent", on: ParkingSession.self) { s, _, _ in .double(s.model.desiredPercent) }
        registry.field("ParkingSession", "chargingPowerKw", on: ParkingSession.self) { s, _, _ in .double(s.model.chargingPowerKW) }
        registry.field("ParkingSession", "status", on: ParkingSession.self) { s, _, context in
            .object(s.record.status(atMs: EpochMilliseconds.of(context.now())))
        }

        registry.field("ChargingStatus", "plate", on: ChargingStatusValue.self) { v, _, _ in .string(v.plate) }
        registry.field("ChargingStatus", "state", on: ChargingStatusValue.self) { v, _, _ in .string(v.state.rawValue) }
        registry.field("ChargingStatus", "chargeKwh", on: ChargingStatusValue.self) { v, _, _ in .double(v.chargeKWh) }
        registry.field("ChargingStatus", "chargePercent", on: ChargingStatusValue.self) { v, _, _ in .double(v.chargePercent) }
        registry.field("ChargingStatus", "desiredPercent", on: ChargingStatusValue.self) { v, _, _ in .double(v.desiredPercent) }
        registry.field("ChargingStatus", "ready", on: ChargingStatusValue.self) { v, _, _ in .bool(v.ready) }
        registry.field("ChargingStatus", "readyAt", on: ChargingStatusValue.self) { v, _, _ in
            v.readyAtMs.map { .string(ParkingTimeText.text(ms: $0)) } ?? .null
        }
        registry.field("ChargingStatus", "secondsToReady", on: ChargingStatusValue.self) { v, _, _ in v.secondsToReady.map { .int($0) } ?? .null }
        registry.field("ChargingStatus", "asOf", on: ChargingStatusValue.self) { v, _, _ in .string(ParkingTimeText.text(ms: v.asOfMs)) }

        registry.field("ImportVehiclesPayload", "report", on: ImportVehiclesPayload.self) { p, _, _ in p.report.map { .object($0) } ?? .null }
        registry.field("ImportVehiclesPayload", "vehicles", on: ImportVehiclesPayload.self) { p, arguments, context in
            var first = 100
            if case let .int(n)? = arguments["first"] { first = max(0, n) }
            let loader = VehicleLoaders.byID(context)
            return .list(p.vehicleIDs.prefix(first).map { id in loader.load(id) { $0.map { .object($0) } ?? .null } })
        }
        registry.field("ImportVehiclesPayload", "userErrors", on: ImportVehiclesPayload.self) { p, _, _ in .value(.list(p.errors)) }

        registry.field("RemoveVehiclePayload", "vehicle", on: RemoveVehiclePayload.self) { p, _, context in
            p.vehicleID.map { VehicleLoaders.load($0, context: context) } ?? .null
        }
        registry.field("RemoveVehiclePayload", "chargeKwh", on: RemoveVehiclePayload.self) { p, _, _ in p.chargeKWh.map { .double($0) } ?? .null }
        registry.field("RemoveVehiclePayload", "userErrors", on: RemoveVehiclePayload.self) { p, _, _ in .value(.list(p.errors)) }
    }
}

/// `ImportVehiclesPayload`: the report and the accepted vehicles in file order, or the refusals.
struct ImportVehiclesPayload: Sendable {
    var report: ImportReport?
    var vehicleIDs: [Int64] = []
    var errors: [GraphQLValue] = []
}

/// `RemoveVehiclePayload`: the vehicle and its charge at departure, or the refusal.
struct RemoveVehiclePayload: Sendable {
    var vehicleID: Int64?
    var chargeKWh: Double?
    var errors: [GraphQLValue] = []
}
