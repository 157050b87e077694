import GraphQLEngine

/// The request's parking loaders: one statement per level whatever the number of vehicles.
enum ParkingLoaders {
    /// Open sessions by vehicle id (`Vehicle.parking`).
    static func openSession(_ context: RequestContext) -> DataLoader<Int64, ParkingSession> {
        context.loaders.loader("ParkingSessionsByVehicleIDLoader") {
            let repository = ParkingRepository(postgres: context.dependencies.postgres)
            return DataLoader<Int64, ParkingSession>(name: "ParkingSessionsByVehicleIDLoader") { ids in
                try await repository.openSessions(vehicleIDs: ids)
            }
        }
    }

    /// Session history by vehicle id (`Vehicle.parkingHistory`); one loader per page shape.
    static func history(_ context: RequestContext, first: Int, parkedBeforeMs: Int64?) -> DataLoader<Int64, [ParkingSession]> {
        let name = "ParkingHistoryByVehicleIDLoader:\(first):\(parkedBeforeMs.map(String.init) ?? "-")"
        return context.loaders.loader(name) {
            let repository = ParkingRepository(postgres: context.dependencies.postgres)
            return DataLoader<Int64, [ParkingSession]>(name: name) { ids in
                try await repository.history(vehicleIDs: ids, limit: first, parkedBeforeMs: parkedBeforeMs)
            }
        }
    }
}
