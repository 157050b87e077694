import GraphQLEngine
import Storage

/// A plant and a day range (inclusive), the key of range-bound loaders.
struct PlantRangeKey: Hashable, Sendable {
    let plantID: Int64
    let from: CalendarDate
    let to: CalendarDate
}

/// A plant, a day range and a granularity.
struct PlantReportKey: Hashable, Sendable {
    let range: PlantRangeKey
    let granularity: ReportGranularity
}

/// A plant and how many of its runs.
struct PlantRunsKey: Hashable, Sendable {
    let plantID: Int64
    let first: Int
}

/// The solar loaders of a request: each batches the keys of one execution level into one
/// statement (one per distinct range, which within a level is usually one).
enum SolarLoaders {
    static func plants(_ context: RequestContext) -> DataLoader<Int64, Plant> {
        context.loaders.loader("PlantsByIDLoader") {
            let repository = PlantRepository(postgres: context.dependencies.postgres)
            return DataLoader<Int64, Plant>(name: "PlantsByIDLoader") { ids in try await repository.plants(ids: ids) }
        }
    }

    static func readings(_ context: RequestContext) -> DataLoader<PlantRangeKey, [PlantReading]> {
        context.loaders.loader("ReadingsByPlantIDLoader") {
            let repository = PlantRepository(postgres: context.dependencies.postgres)
            return DataLoader<PlantRangeKey, [PlantReading]>(name: "ReadingsByPlantIDLoader") { keys in
                var found: [PlantRangeKey: [PlantReading]] = [:]
                for (range, group) in Dictionary(grouping: keys, by: { [$0.from, $0.to] }) {
                    let byPlant = try await repository.readings(plantIDs: group.map(\.plantID), from: range[0], to: range[1])
                    for key in group { found[key] = byPlant[key.plantID] ?? [] }
                }
                return found
            }
        }
    }

    static func report(_ context: RequestContext) -> DataLoader<PlantReportKey, [PlantReportRow]> {
        context.loaders.loader("ReportRowsByPlantIDLoader") {
            let repository = PlantRepository(postgres: context.dependencies.postgres)
            return DataLoader<PlantReportKey, [PlantReportRow]>(name: "ReportRowsByPlantIDLoader") { keys in
                var found: [PlantReportKey: [PlantReportRow]] = [:]
                let groups = Dictionary(grouping: keys) { ReportGroup(from: $0.range.from, to: $0.range.to, granularity: $0.granularity) }
                for (group, members) in groups {
                    let byPlant = try await repository.report(plantIDs: members.map(\.range.plantID), from: group.from, to: group.to,
                                                              granularity: group.granularity)
                    for key in members { found[key] = byPlant[key.range.plantID] ?? [] }
                }
                return found
            }
        }
    }

    static func syncStates(_ context: RequestContext) -> DataLoader<Int64, PlantSyncState> {
        context.loaders.loader("SyncStatesByPlantIDLoader") {
            let repository = PlantRepository(postgres: context.dependencies.postgres)
            return DataLoader<Int64, PlantSyncState>(name: "SyncStatesByPlantIDLoader") { ids in
                try await repository.syncStates(plantIDs: ids)
            }
        }
    }

    static func syncRuns(_ context: RequestContext) -> DataLoader<PlantRunsKey, [PlantSyncRun]> {
        context.loaders.loader("SyncRunsByPlantIDLoader") {
            let repository = PlantSyncRunRepository(postgres: context.dependencies.postgres)
            return DataLoader<PlantRunsKey, [PlantSyncRun]>(name: "SyncRunsByPlantIDLoader") { keys in
                var found: [PlantRunsKey: [PlantSyncRun]] = [:]
                for (first, group) in Dictionary(grouping: keys, by: \.first) {
                    let byPlant = try await repository.latestRuns(plantIDs: group.map(\.plantID), first: first)
                    for key in group { found[key] = byPlant[key.plantID] ?? [] }
                }
                return found
            }
        }
    }

    static func runs(_ context: RequestContext) -> DataLoader<Int64, PlantSyncRun> {
        context.loaders.loader("SyncRunsByIDLoader") {
            let repository = PlantSyncRunRepository(postgres: context.dependencies.postgres)
            return DataLoader<Int64, PlantSyncRun>(name: "SyncRunsByIDLoader") { ids in try await repository.runs(ids: ids) }
        }
    }

    struct ReportGroup: Hashable {
        let from: CalendarDate, to: CalendarDate
        let granularity: ReportGranularity
    }
}
