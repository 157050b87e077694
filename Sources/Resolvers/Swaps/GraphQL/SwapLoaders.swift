import Foundation
import GraphQLEngine
import Storage

/// What a nested swap list asks for: one parent's page.
struct SwapPageKey: Sendable, Hashable {
    var parent: SwapParent
    var parentID: Int
    var filter: SwapFilter
    var afterID: Int?
    var limit: Int
}

/// The request's loaders of the swaps domain: one statement per loader and execution level,
/// so `stations { batteries { swaps { driver { vehicle } } } }` costs one statement per level.
enum SwapLoaders {
    static func repository(_ context: RequestContext) -> SwapRepository {
        SwapRepository(postgres: context.dependencies.postgres)
    }

    static func stations(_ context: RequestContext) -> DataLoader<Int, Station> {
        context.loaders.batched("StationsByIDLoader") { ids in try await repository(context).stations(ids: ids) }
    }

    static func batteries(_ context: RequestContext) -> DataLoader<Int, BatteryRecord> {
        context.loaders.batched("BatteriesByIDLoader") { ids in try await repository(context).batteries(ids: ids) }
    }

    static func batteriesAtStation(_ context: RequestContext) -> DataLoader<Int, [BatteryRecord]> {
        context.loaders.batched("BatteriesByStationIDLoader") { ids in try await repository(context).batteriesAtStations(ids) }
    }

    static func batteryInVehicle(_ context: RequestContext) -> DataLoader<Int, BatteryRecord> {
        context.loaders.batched("BatteriesByVehicleIDLoader") { ids in try await repository(context).batteriesInVehicles(ids) }
    }

    static func drivers(_ context: RequestContext) -> DataLoader<Int, Driver> {
        context.loaders.batched("DriversByIDLoader") { ids in try await repository(context).drivers(ids: ids) }
    }

    static func driverOfVehicle(_ context: RequestContext) -> DataLoader<Int, Driver> {
        context.loaders.batched("DriversByVehicleIDLoader") { ids in try await repository(context).driversOfVehicles(ids) }
    }

    static func vehicleStates(_ context: RequestContext) -> DataLoader<Int, VehicleState> {
        context.loaders.batched("VehicleStatesByIDLoader") { ids in try await repository(context).vehicleStates(ids: ids) }
    }

    static func swaps(_ context: RequestContext) -> DataLoader<Int, SwapRecord> {
        context.loaders.batched("SwapsByIDLoader") { ids in try await repository(context).swaps(ids: ids) }
    }

    static func users(_ context: RequestContext) -> DataLoader<Int64, User> {
        context.loaders.batched("SwapRecordersByIDLoader") { ids in
            try await UserRepository(postgres: context.dependencies.postgres).users(ids: ids)
        }
    }

    /// Pages of nested swap lists; keys asking the same page of the same kind of parent share a
    /// statement (the usual case: every parent of a level asks the same arguments).
    static func swapPages(_ context: RequestContext) -> DataLoader<SwapPageKey, SwapPage> {
        let repository = repository(context)
        return context.loaders.loader("SwapPagesByParentIDLoader") {
            DataLoader(name: "SwapPagesByParentIDLoader") { keys in
                let groups = Dictionary(grouping: keys) { SwapPageKey(parent: $0.parent, parentID: 0, filter: $0.filter, afterID: $0.afterID, limit: $0.limit) }
                return try await withThrowingTaskGroup(of: [SwapPageKey: SwapPage].self) { group in
                    for (shape, members) in groups {
                        group.addTask {
                            let pages = try await repository.swapPages(of: shape.parent, ids: members.map(\.parentID), filter: shape.filter,
                                                                       afterID: shape.afterID, limit: shape.limit)
                            var found: [SwapPageKey: SwapPage] = [:]
                            for key in members { found[key] = pages[key.parentID] ?? SwapPage(swaps: [], total: 0) }
                            return found
                        }
                    }
                    var all: [SwapPageKey: SwapPage] = [:]
                    for try await found in group { all.merge(found) { a, _ in a } }
                    return all
                }
            }
        }
    }

    static func dailySummaries(_ context: RequestContext) -> DataLoader<DailySummaryKey, [DriverDaySummary]> {
        context.loaders.batched("DailySummariesByDriverIDLoader") { keys in try await repository(context).dailySummaries(keys) }
    }

    static func batterySummaries(_ context: RequestContext) -> DataLoader<BatterySummaryKey, BatterySummaryRecord> {
        context.loaders.batched("BatterySummariesByBatteryIDLoader") { keys in try await repository(context).batterySummaries(keys) }
    }
}
