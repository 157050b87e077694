import Foundation
import GraphQLEngine

/// The parking part of the API (DOMAIN.md §2): `chargingStatus` (query and subscription),
/// `vehicles`, `readyVehicles`, `Vehicle.parking`, `Vehicle.parkingHistory`,
/// `importVehicles`, `removeVehicle` and their types.
///
/// Access: `chargingStatus` is open to anonymous callers (the polling hot path); the lists
/// need a signed-in user; the mutations need OPERATOR.
public enum ParkingResolvers {
    public static func register(into registry: inout ResolverRegistry) {
        registry.field("Query", "chargingStatus", access: .anyone) { _, arguments, context, _ in
            let plate = VehicleRecord.normalizedPlate(arguments["plate"]?.stringValue ?? "")
            let parking = try ParkingServices.required(context)
            let nowMs = EpochMilliseconds.of(context.now())
            return .async {
                guard let record = try await parking.hot.parkedRecord(plate: plate) else { return .null }
                return .object(record.status(atMs: nowMs))
            }
        }
        registry.field("Query", "vehicles", access: .signedIn) { _, arguments, context, _ in
            var filter = ParkingRepository.VehicleFilter.all
            if case let .bool(parked)? = arguments["parked"] { filter = .parked(parked) }
            return try vehiclePage(arguments, filter: filter, context: context)
        }
        registry.field("Query", "readyVehicles", access: .signedIn) { _, arguments, context, _ in
            try vehiclePage(arguments, filter: .readyAt(EpochMilliseconds.of(context.now())), context: context, defaultFirst: 100)
        }
        registry.connection("VehicleConnection", edge: "VehicleEdge", of: VehicleRecord.self)

        registry.field("Vehicle", "parking", on: VehicleRecord.self) { vehicle, _, context in
            ParkingLoaders.openSession(context).load(vehicle.id) { $0.map { .object($0) } ?? .null }
        }
        registry.field("Vehicle", "parkingHistory", on: VehicleRecord.self) { vehicle, arguments, context in
            var first = 20
            if case let .int(n)? = arguments["first"] { first = n }
            guard (0...500).contains(first) else {
                throw GraphQLError("Argument \"first\" must be between 0 and 500; got \(first).", extensions: [(key: "code", value: "BAD_USER_INPUT")])
            }
            var beforeMs: Int64?
            if case let .string(after)? = arguments["after"] {
                guard let ms = ParkingTimeText.milliseconds(after) else {
                    throw GraphQLError("Argument \"after\" must be the parkedAt of the last session of the previous page (an RFC 3339 date-time); got \(after).",
                                       extensions: [(key: "code", value: "BAD_USER_INPUT")])
                }
                beforeMs = ms
            }
            return ParkingLoaders.history(context, first: first, parkedBeforeMs: beforeMs)
                .load(vehicle.id) { .list(($0 ?? []).map { .object($0) }) }
        }

        registry.field("Mutation", "importVehicles", access: .role(.operator)) { _, arguments, context, _ in
            guard case let .object(input)? = arguments["input"] else {
                throw GraphQLError("Argument \"input\" is missing; send the input object.", extensions: [(key: "code", value: "BAD_USER_INPUT")])
            }
            return .async { .object(try await VehicleImport(context: context).run(input)) }
        }
        registry.field("Mutation", "removeVehicle", access: .role(.operator)) { _, arguments, context, _ in
            let plate = VehicleRecord.normalizedPlate(arguments["plate"]?.stringValue ?? "")
            return .async { .object(try await VehicleImport(context: context).remove(plate: plate)) }
        }

        registry.subscription("chargingStatus", access: .anyone) { _, arguments, context, _ in
            let plate = VehicleRecord.normalizedPlate(arguments["plate"]?.stringValue ?? "")
            let parking = try ParkingServices.required(context)
            return try await ChargingStatusEvents.stream(plate: plate, parking: parking, bus: ResolverServices.required(context).events)
        }
        // Each event is a `ChargingStatus`; access was checked when the stream was created.
        registry.field("Subscription", "chargingStatus", access: .anyone) { event, _, _, _ in .object(event) }

        registerTypes(into: &registry)
    }

    /// A page of vehicles ordered by id.
    static func vehiclePage(_ arguments: GraphQLObjectValue, filter: ParkingRepository.VehicleFilter, context: RequestContext,
                            defaultFirst: Int = 50) throws -> FieldValue {
        let page = try ConnectionArguments(arguments, defaultFirst: defaultFirst)
        let afterID = try page.afterKey.map { key in
            guard let id = Int64(key) else {
                throw GraphQLError("Argument \"after\" is not a cursor of this list; use endCursor from a previous page.",
                                   extensions: [(key: "code", value: "BAD_USER_INPUT")])
            }
            return id
        }
        let repository = ParkingRepository(postgres: context.dependencies.postgres)
        return .async {
            let rows = try await repository.vehicles(filter, afterID: afterID, limit: page.fetchLimit)
            return .object(Connection(rows: rows, arguments: page, key: { String($0.id) }, totalCount: {
                .async { .int(try await repository.count(filter)) }
            }))
        }
    }
}
