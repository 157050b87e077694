import Foundation
import GraphQLEngine
import Storage

/// The meters part of the API (DOMAIN.md section 4): `meter`, `meters`, `meterFile`,
/// `importMeterFile` and the `Meter`, `MeterFile`, `MeterReading`, `MeterDailyAggregate` types.
///
/// Access: reads need a signed-in user; `importMeterFile` needs OPERATOR (or ADMIN).
public enum MetersResolvers {
    /// Most readings one `Meter.readings` returns.
    public static let maxReadings = 10_000
    /// Longest `Meter.dailyAggregates` range, in days.
    public static let maxAggregateDays = 3_660

    public static func register(into registry: inout ResolverRegistry) {
        registry.field("Query", "meter", access: .signedIn) { _, arguments, context, _ in
            try meter(arguments, context: context)
        }
        registry.field("Query", "meters", access: .signedIn) { _, arguments, context, _ in
            let page = try ConnectionArguments(arguments)
            let plantCode = arguments["plantCode"].flatMap(\.stringValue)
            let afterID = try page.afterKey.map { key in
                guard let id = Int64(key) else { throw badInput("Argument \"after\" is not a cursor of this list; use endCursor from a previous page.") }
                return id
            }
            let repository = MeterLoaders.repository(context)
            return .async {
                let rows = try await repository.page(afterID: afterID, limit: page.fetchLimit, plantCode: plantCode)
                return .object(Connection(rows: rows, arguments: page, key: { String($0.id) }, totalCount: {
                    .async { .int(try await repository.count(plantCode: plantCode)) }
                }))
            }
        }
        registry.connection("MeterConnection", edge: "MeterEdge", of: Meter.self)
        registry.field("Query", "meterFile", access: .signedIn) { _, arguments, context, _ in
            guard case let .string(id)? = arguments["id"] else { return .null }
            return loadFile(try GlobalID.int64(of: id, expecting: "MeterFile"), context: context)
        }
        registry.node("Meter") { localID, context in
            guard let id = Int64(localID) else { return .null }
            return MeterLoaders.meters(context).load(id) { $0.map { .object($0) } ?? .null }
        }
        registry.node("MeterFile") { localID, context in
            guard let id = Int64(localID) else { return .null }
            return loadFile(id, context: context)
        }
        registry.field("Mutation", "importMeterFile", access: .role(.operator)) { _, arguments, context, _ in
            guard case let .object(input)? = arguments["input"] else { throw badInput("Argument \"input\" is missing; send the input object.") }
            return .async { .object(try await MeterImportMutation(context: context).run(input)) }
        }
        registerMeter(into: &registry)
        registerFile(into: &registry)
        registerValues(into: &registry)
    }

    /// `Query.meter`: by id, or by meter point code and/or serial number.
    static func meter(_ arguments: GraphQLObjectValue, context: RequestContext) throws -> FieldValue {
        if case let .string(id)? = arguments["id"] {
            let meterID = try GlobalID.int64(of: id, expecting: "Meter")
            return MeterLoaders.meters(context).load(meterID) { $0.map { .object($0) } ?? .null }
        }
        let code = arguments["meterPointCode"].flatMap(\.stringValue), serial = arguments["serialNumber"].flatMap(\.stringValue)
        guard code != nil || serial != nil else {
            throw badInput("Give id, or meterPointCode and/or serialNumber, to find a meter.")
        }
        let repository = MeterLoaders.repository(context)
        return .async {
            let found = try await repository.meters(meterPointCode: code, serialNumber: serial, limit: 2)
            guard found.count < 2 else {
                throw badInput("Several meters match; give both meterPointCode and serialNumber.")
            }
            return found.first.map { .object($0) } ?? .null
        }
    }

    static func loadFile(_ id: Int64, context: RequestContext) -> FieldValue {
        MeterLoaders.files(context).load(id) { $0.map { .object($0) } ?? .null }
    }

    static func badInput(_ message: String) -> GraphQLError {
        GraphQLError(message, extensions: [(key: "code", value: "BAD_USER_INPUT")])
    }

    /// RFC 3339 in UTC, as the `DateTime` scalar prints it.
    static func dateTime(_ date: Date) -> FieldValue {
        .string(date.formatted(Date.ISO8601FormatStyle(timeZone: .gmt)))
    }
}
