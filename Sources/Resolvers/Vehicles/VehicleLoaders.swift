import GraphQLEngine

/// The request's vehicle loaders, shared by every domain that points at vehicles (drivers,
/// batteries, swaps, parking sessions), so their keys batch into one statement per level.
public enum VehicleLoaders {
    /// Vehicles by id.
    public static func byID(_ context: RequestContext) -> DataLoader<Int64, VehicleRecord> {
        context.loaders.loader("VehiclesByIDLoader") {
            let repository = VehicleRepository(postgres: context.dependencies.postgres)
            return DataLoader<Int64, VehicleRecord>(name: "VehiclesByIDLoader") { ids in try await repository.vehicles(ids: ids) }
        }
    }

    /// The vehicle with this id as a field value (null when there is none).
    public static func load(_ id: Int64, context: RequestContext) -> FieldValue {
        byID(context).load(id) { vehicle in vehicle.map { .object($0) } ?? .null }
    }
}
