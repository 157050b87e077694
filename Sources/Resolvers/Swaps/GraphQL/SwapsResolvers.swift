import Foundation
import GraphQLEngine

/// The swaps part of the API (DOMAIN.md section 1): the queries `station(s)`, `battery`/
/// `batteries`, `driver(s)`, `swap(s)`, the swap types, the mutations and `swapRecorded`.
///
/// Access: every query needs a signed-in user; the mutations need OPERATOR (or ADMIN).
public enum SwapsResolvers {
    public static func register(into registry: inout ResolverRegistry) {
        registerQueries(into: &registry)
        SwapTypeResolvers.register(into: &registry)
        SwapMutations.register(into: &registry)
        SwapEvents.register(into: &registry)
        SwapVehicleFields.register(into: &registry)
        registry.node("Station") { local, context in Int(local).map { SwapLoaders.stations(context).load($0) } ?? .null }
        registry.node("Battery") { local, context in Int(local).map { SwapLoaders.batteries(context).load($0) } ?? .null }
        registry.node("Driver") { local, context in Int(local).map { SwapLoaders.drivers(context).load($0) } ?? .null }
        registry.node("Swap") { local, context in Int(local).map { SwapLoaders.swaps(context).load($0) } ?? .null }
        registry.connection("StationConnection", edge: "StationEdge", of: Station.self)
        registry.connection("BatteryConnection", edge: "BatteryEdge", of: BatteryRecord.self)
        registry.connection("DriverConnection", edge: "DriverEdge", of: Driver.self)
        registry.connection("SwapConnection", edge: "SwapEdge", of: SwapRecord.self)
    }

    static func registerQueries(into registry: inout ResolverRegistry) {
        registry.field("Query", "station") { _, arguments, context, _ in
            guard let id = try SwapArguments.id(arguments["id"], "Station", argument: "id") else { return .null }
            return SwapLoaders.stations(context).load(id)
        }
        registry.field("Query", "stations") { _, arguments, context, _ in
            let (page, afterID) = try SwapArguments.page(arguments)
            let repository = SwapLoaders.repository(context)
            return .async {
                let rows = try await repository.stationsPage(afterID: afterID, limit: page.fetchLimit)
                return .object(Connection(rows: rows, arguments: page, key: { String($0.id) }, totalCount: {
                    .async { .int(try await repository.stationCount()) }
                }))
            }
        }
        registry.field("Query", "battery") { _, arguments, context, _ in
            if let id = try SwapArguments.id(arguments["id"], "Battery", argument: "id") {
                return SwapLoaders.batteries(context).load(id)
            }
            guard let serial = SwapArguments.string(arguments["serial"]) else {
                throw GraphQLError("Give the battery's id or its serial.", extensions: [(key: "code", value: "BAD_USER_INPUT")])
            }
            let repository = SwapLoaders.repository(context)
            return .async { try await repository.battery(serial: serial).map { .object($0) } ?? .null }
        }
        registry.field("Query", "batteries") { _, arguments, context, _ in
            let (page, afterID) = try SwapArguments.page(arguments)
            let station = try SwapArguments.id(arguments["atStation"], "Station", argument: "atStation")
            let inVehicle = SwapArguments.bool(arguments["inVehicle"])
            let repository = SwapLoaders.repository(context)
            return .async {
                let rows = try await repository.batteriesPage(afterID: afterID, limit: page.fetchLimit, atStation: station, inVehicle: inVehicle)
                return .object(Connection(rows: rows, arguments: page, key: { String($0.id) }, totalCount: {
                    .async { .int(try await repository.batteryCount(atStation: station, inVehicle: inVehicle)) }
                }))
            }
        }
        registry.field("Query", "driver") { _, arguments, context, _ in
            guard let id = try SwapArguments.id(arguments["id"], "Driver", argument: "id") else { return .null }
            return SwapLoaders.drivers(context).load(id)
        }
        registry.field("Query", "drivers") { _, arguments, context, _ in
            let (page, afterID) = try SwapArguments.page(arguments)
            let active = SwapArguments.bool(arguments["active"])
            let repository = SwapLoaders.repository(context)
            let now = context.now()
            return .async {
                let rows = try await repository.driversPage(afterID: afterID, limit: page.fetchLimit, active: active, now: now)
                return .object(Connection(rows: rows, arguments: page, key: { String($0.id) }, totalCount: {
                    .async { .int(try await repository.driverCount(active: active, now: now)) }
                }))
            }
        }
        registry.field("Query", "swap") { _, arguments, context, _ in
            guard let id = try SwapArguments.id(arguments["id"], "Swap", argument: "id") else { return .null }
            return SwapLoaders.swaps(context).load(id)
        }
        registry.field("Query", "swaps") { _, arguments, context, _ in
            let (page, afterID) = try SwapArguments.page(arguments)
            var filter = try swapFilter(arguments)
            filter.stationID = try SwapArguments.id(arguments["stationId"], "Station", argument: "stationId")
            filter.driverID = try SwapArguments.id(arguments["driverId"], "Driver", argument: "driverId")
            filter.batteryID = try SwapArguments.id(arguments["batteryId"], "Battery", argument: "batteryId")
            let repository = SwapLoaders.repository(context)
            let chosen = filter
            return .async {
                let rows = try await repository.swapsPage(chosen, afterID: afterID, limit: page.fetchLimit)
                return .object(Connection(rows: rows, arguments: page, key: { String($0.id) }, totalCount: {
                    .async { .int(try await repository.swapCount(chosen)) }
                }))
            }
        }
    }

    /// `from`, `to` and `includeRejected` of a swap list.
    static func swapFilter(_ arguments: GraphQLObjectValue) throws -> SwapFilter {
        SwapFilter(from: try SwapArguments.dateTime(arguments["from"], argument: "from"),
                   to: try SwapArguments.dateTime(arguments["to"], argument: "to"),
                   includeRejected: SwapArguments.bool(arguments["includeRejected"]) ?? false)
    }

    /// A nested swap list (`Station.swaps`, `Battery.swaps`, `Driver.swaps`) through the page loader.
    static func swapList(of parent: SwapParent, id: Int, arguments: GraphQLObjectValue, context: RequestContext) throws -> FieldValue {
        let (page, afterID) = try SwapArguments.page(arguments)
        let key = SwapPageKey(parent: parent, parentID: id, filter: try swapFilter(arguments), afterID: afterID, limit: page.fetchLimit)
        return SwapLoaders.swapPages(context).load(key) { found in
            let result = found ?? SwapPage(swaps: [], total: 0)
            return .object(Connection(rows: result.swaps, arguments: page, key: { String($0.id) }, totalCount: { .int(result.total) }))
        }
    }
}
