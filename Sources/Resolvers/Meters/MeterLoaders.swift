import GraphQLEngine
import Storage

/// The request's meter loaders: each edge of a nested meters query costs one statement per
/// level (per distinct argument set for edges with arguments), however many parents there are.
enum MeterLoaders {
    static func repository(_ context: RequestContext) -> MeterRepository {
        MeterRepository(postgres: context.dependencies.postgres)
    }

    static func meters(_ context: RequestContext) -> DataLoader<Int64, Meter> {
        context.loaders.batched("MetersByIDLoader") { ids in try await repository(context).meters(ids: ids) }
    }

    static func files(_ context: RequestContext) -> DataLoader<Int64, MeterFile> {
        context.loaders.batched("MeterFilesByIDLoader") { ids in try await repository(context).files(ids: ids) }
    }

    static func filesByMeter(_ context: RequestContext) -> DataLoader<Int64, [MeterFile]> {
        context.loaders.batched("MeterFilesByMeterIDLoader") { ids in try await repository(context).files(meterIDs: ids) }
    }

    static func metersByFile(_ context: RequestContext) -> DataLoader<Int64, [Meter]> {
        context.loaders.batched("MetersByFileIDLoader") { ids in try await repository(context).meters(fileIDs: ids) }
    }

    static func dataTypes(_ context: RequestContext) -> DataLoader<Int64, [MeterDataType]> {
        context.loaders.batched("MeterDataTypesByMeterIDLoader") { ids in try await repository(context).dataTypes(meterIDs: ids) }
    }

    /// A meter and the arguments of `readings`.
    struct ReadingsKey: Hashable, Sendable {
        let meterID: Int64
        let range: MeterReadingRange
    }

    static func readings(_ context: RequestContext) -> DataLoader<ReadingsKey, [MeterReading]> {
        context.loaders.loader("MeterReadingsByMeterIDLoader") {
            DataLoader(name: "MeterReadingsByMeterIDLoader") { keys in
                try await perArguments(keys, by: \.range, owner: \.meterID) { ids, range in
                    try await repository(context).readings(meterIDs: ids, range: range)
                }
            }
        }
    }

    /// The arguments of `dailyAggregates`: an inclusive day range and a data type.
    struct AggregateRange: Hashable, Sendable {
        let from: CalendarDate
        let to: CalendarDate
        let dataType: String?
    }

    struct AggregatesKey: Hashable, Sendable {
        let meterID: Int64
        let range: AggregateRange
    }

    static func dailyAggregates(_ context: RequestContext) -> DataLoader<AggregatesKey, [MeterDailyAggregate]> {
        context.loaders.loader("MeterDailyAggregatesByMeterIDLoader") {
            DataLoader(name: "MeterDailyAggregatesByMeterIDLoader") { keys in
                try await perArguments(keys, by: \.range, owner: \.meterID) { ids, range in
                    try await repository(context).dailyAggregates(meterIDs: ids, from: range.from, to: range.to, dataType: range.dataType)
                }
            }
        }
    }

    struct OutliersKey: Hashable, Sendable {
        let fileID: Int64
        let thresholdPercent: Double
    }

    static func outliers(_ context: RequestContext) -> DataLoader<OutliersKey, [MeterReading]> {
        context.loaders.loader("MeterOutliersByFileIDLoader") {
            DataLoader(name: "MeterOutliersByFileIDLoader") { keys in
                try await perArguments(keys, by: \.thresholdPercent, owner: \.fileID) { ids, threshold in
                    try await repository(context).outliers(fileIDs: ids, thresholdPercent: threshold)
                }
            }
        }
    }

    /// Runs `fetch` once per distinct argument set among `keys` and spreads the answers back
    /// over the keys (an owner without rows gets an empty list).
    static func perArguments<Key: Hashable, Arguments: Hashable, Item>(
        _ keys: [Key], by arguments: KeyPath<Key, Arguments>, owner: KeyPath<Key, Int64>,
        fetch: (_ ids: [Int64], _ arguments: Arguments) async throws -> [Int64: [Item]]
    ) async throws -> [Key: [Item]] {
        var groups: [Arguments: [Key]] = [:]
        var order: [Arguments] = []
        for key in keys {
            if groups[key[keyPath: arguments]] == nil { order.append(key[keyPath: arguments]) }
            groups[key[keyPath: arguments], default: []].append(key)
        }
        var answers: [Key: [Item]] = [:]
        for group in order {
            let members = groups[group]!
            let found = try await fetch(members.map { $0[keyPath: owner] }, group)
            for key in members { answers[key] = found[key[keyPath: owner]] ?? [] }
        }
        return answers
    }
}
