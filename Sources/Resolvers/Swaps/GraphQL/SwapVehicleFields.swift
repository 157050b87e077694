import GraphQLEngine

/// The fleet side of `Vehicle` (DOMAIN.md section 1): `driver`, `battery` and `odometerKm`, and
/// how swap fields point at vehicles (through the shared `VehicleLoaders`).
enum SwapVehicleFields {
    /// The vehicle with this id, through the shared loader; `typeName` tags it for the
    /// `BatteryLocation` union.
    static func vehicle(_ id: Int, context: RequestContext, typeName: String?) -> FieldValue {
        VehicleLoaders.byID(context).load(Int64(id)) { vehicle in vehicle.map { .object($0, typeName: typeName) } ?? .null }
    }

    static func register(into registry: inout ResolverRegistry) {
        registry.field("Vehicle", "driver", on: VehicleRecord.self) { v, _, context in
            SwapLoaders.driverOfVehicle(context).load(Int(v.id))
        }
        registry.field("Vehicle", "battery", on: VehicleRecord.self) { v, _, context in
            SwapLoaders.batteryInVehicle(context).load(Int(v.id))
        }
        registry.field("Vehicle", "odometerKm", on: VehicleRecord.self) { v, _, context in
            SwapLoaders.vehicleStates(context).load(Int(v.id)) { state in .double(state?.odometerKm ?? v.initialOdometerKm) }
        }
    }
}
