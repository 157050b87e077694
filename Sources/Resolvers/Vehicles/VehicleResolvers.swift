import GraphQLEngine

/// The shared part of `Vehicle`: its id, plate and VIN, `node(id:)` and the `vehicle` lookup.
/// Swaps add the fleet fields (driver, battery, odometer) and parking the sessions, each in
/// its own registration.
public enum VehicleResolvers {
    public static func register(into registry: inout ResolverRegistry) {
        registry.field("Query", "vehicle") { _, arguments, context, _ in
            try lookup(arguments, context: context)
        }
        registry.node("Vehicle") { localID, context in
            guard let id = Int64(localID) else { return .null }
            return VehicleLoaders.load(id, context: context)
        }
        registry.field("Vehicle", "id", on: VehicleRecord.self) { vehicle, _, _ in .string(vehicle.globalID) }
        registry.field("Vehicle", "plate", on: VehicleRecord.self) { vehicle, _, _ in vehicle.plate.map { .string($0) } ?? .null }
        registry.field("Vehicle", "vin", on: VehicleRecord.self) { vehicle, _, _ in vehicle.vin.map { .string($0) } ?? .null }
    }

    /// `vehicle(id:, plate:, vin:)`: exactly one of the three identifies the vehicle.
    static func lookup(_ arguments: GraphQLObjectValue, context: RequestContext) throws -> FieldValue {
        var given: [(name: String, value: String)] = []
        for name in ["id", "plate", "vin"] {
            if case let .string(value)? = arguments[name] { given.append((name, value)) }
        }
        guard given.count == 1, let (name, value) = given.first else {
            throw GraphQLError("Give exactly one of \"id\", \"plate\" or \"vin\" to find a vehicle; got \(given.isEmpty ? "none" : given.map(\.name).joined(separator: ", ")).",
                               extensions: [(key: "code", value: "BAD_USER_INPUT")])
        }
        let repository = VehicleRepository(postgres: context.dependencies.postgres)
        switch name {
        case "id":
            return VehicleLoaders.load(try GlobalID.int64(of: value, expecting: "Vehicle"), context: context)
        case "plate":
            return .async { try await repository.vehicle(plate: value).map { .object($0) } ?? .null }
        default:
            return .async { try await repository.vehicle(vin: value).map { .object($0) } ?? .null }
        }
    }
}
