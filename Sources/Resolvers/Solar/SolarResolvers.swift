import Foundation
import GraphQLEngine
import Storage

/// The solar part of the API (DOMAIN.md §3): `plant`, `plants`, `createPlant`, `updatePlant`,
/// `deletePlant`, `syncPlant`, the `Plant`, `PlantReading`, `PlantReportRow`, `PlantSyncState`
/// and `PlantSyncRun` types, and the `plantSync` subscription.
///
/// Access: reading needs a signed-in user; the mutations need OPERATOR (or ADMIN).
public enum SolarResolvers {
    public static func register(into registry: inout ResolverRegistry) {
        registry.field("Query", "plant", access: .signedIn) { _, arguments, context, _ in
            guard case let .string(id)? = arguments["id"] else { return .null }
            return SolarLoaders.plants(context).load(try GlobalID.int64(of: id, expecting: "Plant"))
        }
        registry.field("Query", "plants", access: .signedIn) { _, arguments, context, _ in
            let page = try ConnectionArguments(arguments)
            let afterID = try page.afterKey.map { key in
                guard let id = Int64(key) else {
                    throw GraphQLError("Argument \"after\" is not a cursor of this list; use endCursor from a previous page.",
                                       extensions: [(key: "code", value: "BAD_USER_INPUT")])
                }
                return id
            }
            let repository = PlantRepository(postgres: context.dependencies.postgres)
            return .async {
                let rows = try await repository.page(afterID: afterID, limit: page.fetchLimit)
                return .object(Connection(rows: rows, arguments: page, key: { String($0.id) }, totalCount: {
                    .async { .int(try await repository.count()) }
                }))
            }
        }
        registry.connection("PlantConnection", edge: "PlantEdge", of: Plant.self)
        registry.node("Plant") { localID, context in
            guard let id = Int64(localID) else { return .null }
            return SolarLoaders.plants(context).load(id)
        }
        registry.node("PlantSyncRun") { localID, context in
            guard let id = Int64(localID) else { return .null }
            return SolarLoaders.runs(context).load(id)
        }

        SolarMutations.register(into: &registry)
        registerPlant(into: &registry)
        registerSync(into: &registry)

        registry.subscription("plantSync", access: .signedIn) { _, arguments, context, _ in
            guard case let .string(id)? = arguments["runId"] else { throw SolarFieldError.unknownRun(id: "") }
            return try await PlantSyncEvents.stream(runID: try GlobalID.int64(of: id, expecting: "PlantSyncRun", argument: "runId"),
                                                    context: context)
        }
        // Each event is the run; access was checked when the stream was created.
        registry.field("Subscription", "plantSync", access: .anyone) { event, _, _, _ in .object(event) }
    }

    /// The server's solar settings for this request, or the defaults.
    static func settings(_ context: RequestContext) -> SolarSettings {
        (context.services ?? ResolverServices.current)?.domainSettings[SolarSettings.self] ?? SolarSettings()
    }

    static func registerPlant(into registry: inout ResolverRegistry) {
        registry.field("Plant", "id", on: Plant.self) { plant, _, _ in .string(plant.globalID) }
        registry.field("Plant", "name", on: Plant.self) { plant, _, _ in .string(plant.name) }
        registry.field("Plant", "createdAt", on: Plant.self) { plant, _, _ in .string(SolarTime.dateTime(plant.createdAt)) }
        registry.field("Plant", "readings", on: Plant.self) { plant, arguments, context in
            let (from, to) = try SolarRange.arguments(arguments, maxDays: settings(context).maxRangeDays)
            return SolarLoaders.readings(context).load(PlantRangeKey(plantID: plant.id, from: from, to: to)) { readings in
                .list((readings ?? []).map { .object($0) })
            }
        }
        registry.field("Plant", "report", on: Plant.self) { plant, arguments, context in
            let (from, to) = try SolarRange.arguments(arguments, maxDays: settings(context).maxRangeDays)
            var granularity = ReportGranularity.hour
            if case let .string(text)? = arguments["granularity"], let parsed = ReportGranularity(rawValue: text) { granularity = parsed }
            let key = PlantReportKey(range: PlantRangeKey(plantID: plant.id, from: from, to: to), granularity: granularity)
            return SolarLoaders.report(context).load(key) { rows in .list((rows ?? []).map { .object($0) }) }
        }
        registry.field("Plant", "sync", on: Plant.self) { plant, _, context in
            SolarLoaders.syncStates(context).load(plant.id) { state in
                .object(state ?? PlantSyncState(coveredFrom: nil, coveredTo: nil, lastSuccessAt: nil, lastError: nil, running: false))
            }
        }
        registry.field("Plant", "syncRuns", on: Plant.self) { plant, arguments, context in
            var first = 20
            if case let .int(n)? = arguments["first"] { first = n }
            guard (0...500).contains(first) else {
                throw GraphQLError("Argument \"first\" must be between 0 and 500; got \(first).", extensions: [(key: "code", value: "BAD_USER_INPUT")])
            }
            return SolarLoaders.syncRuns(context).load(PlantRunsKey(plantID: plant.id, first: first)) { runs in
                .list((runs ?? []).map { .object($0) })
            }
        }

        registry.field("PlantReading", "timestamp", on: PlantReading.self) { r, _, _ in .string(SolarTime.dateTime(epochSeconds: r.hourEpochSeconds)) }
        registry.field("PlantReading", "energyExpected", on: PlantReading.self) { r, _, _ in .double(r.energyExpected) }
        registry.field("PlantReading", "energyObserved", on: PlantReading.self) { r, _, _ in .double(r.energyObserved) }
        registry.field("PlantReading", "irradiationExpected", on: PlantReading.self) { r, _, _ in .double(r.irradiationExpected) }
        registry.field("PlantReading", "irradiationObserved", on: PlantReading.self) { r, _, _ in .double(r.irradiationObserved) }

        registry.field("PlantReportRow", "periodStart", on: PlantReportRow.self) { r, _, _ in
            .string(SolarTime.dateTime(epochSeconds: r.periodStartEpochSeconds))
        }
        registry.field("PlantReportRow", "readings", on: PlantReportRow.self) { r, _, _ in .int(r.readings) }
        registry.field("PlantReportRow", "energyExpected", on: PlantReportRow.self) { r, _, _ in .double(r.energyExpected) }
        registry.field("PlantReportRow", "energyObserved", on: PlantReportRow.self) { r, _, _ in .double(r.energyObserved) }
        registry.field("PlantReportRow", "irradiationExpected", on: PlantReportRow.self) { r, _, _ in .double(r.irradiationExpected) }
        registry.field("PlantReportRow", "irradiationObserved", on: PlantReportRow.self) { r, _, _ in .double(r.irradiationObserved) }
        registry.field("PlantReportRow", "performanceRatio", on: PlantReportRow.self) { r, _, _ in r.performanceRatio.map { .double($0) } ?? .null }
    }

    static func registerSync(into registry: inout ResolverRegistry) {
        registry.field("PlantSyncState", "coveredFrom", on: PlantSyncState.self) { s, _, _ in s.coveredFrom.map { .string($0.description) } ?? .null }
        registry.field("PlantSyncState", "coveredTo", on: PlantSyncState.self) { s, _, _ in s.coveredTo.map { .string($0.description) } ?? .null }
        registry.field("PlantSyncState", "lastSuccessAt", on: PlantSyncState.self) { s, _, _ in
            s.lastSuccessAt.map { .string(SolarTime.dateTime($0)) } ?? .null
        }
        registry.field("PlantSyncState", "lastError", on: PlantSyncState.self) { s, _, _ in s.lastError.map { .string($0) } ?? .null }
        registry.field("PlantSyncState", "running", on: PlantSyncState.self) { s, _, _ in .bool(s.running) }

        registry.field("PlantSyncRun", "id", on: PlantSyncRun.self) { r, _, _ in .string(r.globalID) }
        registry.field("PlantSyncRun", "plant", on: PlantSyncRun.self) { r, _, context in SolarLoaders.plants(context).load(r.plantID) }
        registry.field("PlantSyncRun", "from", on: PlantSyncRun.self) { r, _, _ in .string(r.from.description) }
        registry.field("PlantSyncRun", "to", on: PlantSyncRun.self) { r, _, _ in .string(r.to.description) }
        registry.field("PlantSyncRun", "state", on: PlantSyncRun.self) { r, _, _ in .string(r.state.rawValue) }
        registry.field("PlantSyncRun", "attempts", on: PlantSyncRun.self) { r, _, _ in .int(r.attempts) }
        registry.field("PlantSyncRun", "readingsStored", on: PlantSyncRun.self) { r, _, _ in .int(r.readingsStored) }
        registry.field("PlantSyncRun", "recordsRejected", on: PlantSyncRun.self) { r, _, _ in .int(r.recordsRejected) }
        registry.field("PlantSyncRun", "error", on: PlantSyncRun.self) { r, _, _ in r.error.map { .string($0) } ?? .null }
        registry.field("PlantSyncRun", "startedAt", on: PlantSyncRun.self) { r, _, _ in r.startedAt.map { .string(SolarTime.dateTime($0)) } ?? .null }
        registry.field("PlantSyncRun", "finishedAt", on: PlantSyncRun.self) { r, _, _ in r.finishedAt.map { .string(SolarTime.dateTime($0)) } ?? .null }
    }
}
