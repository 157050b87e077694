import Testing
@testable import GraphQLEngine

/// Batched loaders under the executor: batch calls counted exactly per level, whatever the list
/// sizes; synchronous fields next to waiting ones; errors for a whole batch and per key.
@Suite("DataLoader")
struct DataLoaderTests {
    static let sdl = """
    type Query { stations: [Station!]! }
    type Station { id: ID!, name: String!, batteryCount: Int!, batteries: [Battery!] }
    type Battery { id: ID!, swaps: [Swap!]! }
    type Swap { id: ID!, driver: Driver }
    type Driver { id: ID!, name: String! }
    """

    struct Station: Sendable { let id: Int }
    struct Battery: Sendable { let id: String }
    struct Swap: Sendable { let id: String; let driverID: Int }
    struct Driver: Sendable { let id: Int }
    struct BatchFailed: Error, CustomStringConvertible { var description: String { "battery store is down" } }

    /// Per-request loaders; `stationCount` stations with 2 batteries, 2 swaps each.
    final class Context: Sendable {
        let log = EventLog()
        let stations: DataLoader<String, [Station]>
        let batteriesByStationID: DataLoader<Int, [Battery]>
        let swapsByBatteryID: DataLoader<String, [Swap]>
        let driverByID: DataLoader<Int, Driver>

        init(stationCount: Int, failBatteries: Bool = false, missingDriver: Int? = nil) {
            let log = log
            stations = DataLoader(name: "StationsLoader") { keys in
                log.append("stations \(keys)")
                return Dictionary(uniqueKeysWithValues: keys.map { ($0, (1...stationCount).map(Station.init)) })
            }
            batteriesByStationID = DataLoader(name: "BatteriesByStationIDLoader") { ids in
                log.append("batteries \(ids.count)")
                if failBatteries { throw BatchFailed() }
                return Dictionary(uniqueKeysWithValues: ids.map { id in (id, [Battery(id: "\(id)a"), Battery(id: "\(id)b")]) })
            }
            swapsByBatteryID = DataLoader(name: "SwapsByBatteryIDLoader") { ids in
                log.append("swaps \(ids.count)")
                return Dictionary(uniqueKeysWithValues: ids.map { id in (id, [Swap(id: id + "1", driverID: 1), Swap(id: id + "2", driverID: 2)]) })
            }
            driverByID = DataLoader(name: "DriverByIDLoader", results: { ids in
                log.append("drivers \(ids.sorted())")
                return Dictionary(uniqueKeysWithValues: ids.map { id in
                    (id, id == missingDriver ? .failure(GraphQLError("Driver \(id) is unavailable.")) : .success(Driver(id: id)))
                })
            })
        }
    }

    static var resolvers: Resolvers<Context> {
        var r = Resolvers<Context>()
        r.field("Query", "stations") { _, _, ctx, _ in
            ctx.stations.load("all") { stations in .list((stations ?? []).map { .object($0) }) }
        }
        r.field("Station", "id", on: Station.self) { s, _, _ in .int(s.id) }
        r.field("Station", "name", on: Station.self) { s, _, _ in .string("Station \(s.id)") }
        r.field("Station", "batteryCount", on: Station.self) { _, _, _ in .int(2) }
        r.field("Station", "batteries", on: Station.self) { s, _, ctx in
            ctx.batteriesByStationID.load(s.id) { batteries in .list((batteries ?? []).map { .object($0) }) }
        }
        r.field("Battery", "id", on: Battery.self) { b, _, _ in .string(b.id) }
        r.field("Battery", "swaps", on: Battery.self) { b, _, ctx in
            ctx.swapsByBatteryID.load(b.id) { swaps in .list((swaps ?? []).map { .object($0) }) }
        }
        r.field("Swap", "id", on: Swap.self) { s, _, _ in .string(s.id) }
        r.field("Swap", "driver", on: Swap.self) { s, _, ctx in ctx.driverByID.load(s.driverID) }
        r.field("Driver", "id", on: Driver.self) { d, _, _ in .int(d.id) }
        r.field("Driver", "name", on: Driver.self) { d, _, _ in .string("Driver \(d.id)") }
        return r
    }

    @Test("four nested list levels cost exactly four batches, whatever the sizes", arguments: [1, 50])
    func fourLevelsFourBatches(stationCount: Int) async throws {
        let ctx = Context(stationCount: stationCount)
        let result = try await run(Self.sdl, "{ stations { batteries { swaps { driver { name } } } } }",
                                   resolvers: Self.resolvers, context: ctx)
        #expect(result.errors.isEmpty)
        #expect(ctx.log.all == ["stations [\"all\"]", "batteries \(stationCount)", "swaps \(stationCount * 2)", "drivers [1, 2]"])
        #expect([ctx.stations.batchCount, ctx.batteriesByStationID.batchCount, ctx.swapsByBatteryID.batchCount,
                 ctx.driverByID.batchCount] == [1, 1, 1, 1])
        guard case let .object(data)? = result.dataValue, case let .list(stations)? = data["stations"] else {
            Issue.record("no stations")
            return
        }
        #expect(stations.count == stationCount)
        #expect(stations.first == .object(["batteries": .list(Array(repeating: .object(["swaps": .list([
            .object(["driver": .object(["name": .string("Driver 1")])]),
            .object(["driver": .object(["name": .string("Driver 2")])]),
        ])]), count: 2))]))
    }

    @Test("fields at hand complete next to fields that wait, in selection order")
    func synchronousNextToWaiting() async throws {
        let ctx = Context(stationCount: 2)
        let result = try await run(Self.sdl, "{ stations { name batteries { id } batteryCount id } }",
                                   resolvers: Self.resolvers, context: ctx)
        #expect(result.json == #"{"data":{"stations":[{"name":"Station 1","batteries":[{"id":"1a"},{"id":"1b"}],"batteryCount":2,"id":"1"},{"name":"Station 2","batteries":[{"id":"2a"},{"id":"2b"}],"batteryCount":2,"id":"2"}]}}"#)
        #expect(ctx.log.all == ["stations [\"all\"]", "batteries 2"])
    }

    @Test("a failing batch fails every field that waited on it, at its own path")
    func batchError() async throws {
        let ctx = Context(stationCount: 2, failBatteries: true)
        let result = try await run(Self.sdl, "{ stations { id batteries { id } } }", resolvers: Self.resolvers, context: ctx)
        #expect(result.json == #"{"errors":[{"message":"battery store is down","locations":[{"line":1,"column":17}],"path":["stations",0,"batteries"]},{"message":"battery store is down","locations":[{"line":1,"column":17}],"path":["stations",1,"batteries"]}],"data":{"stations":[{"id":"1","batteries":null},{"id":"2","batteries":null}]}}"#)
        #expect(ctx.batteriesByStationID.batchCount == 1)
    }

    @Test("an error for one key fails only the fields that loaded that key")
    func perKeyError() async throws {
        let ctx = Context(stationCount: 1, missingDriver: 2)
        let result = try await run(Self.sdl, "{ stations { batteries { swaps { id driver { id } } } } }",
                                   resolvers: Self.resolvers, context: ctx)
        #expect(result.errors.map(\.message) == Array(repeating: "Driver 2 is unavailable.", count: 2))
        #expect(result.errors.map(\.path) == [
            [.key("stations"), .index(0), .key("batteries"), .index(0), .key("swaps"), .index(1), .key("driver")],
            [.key("stations"), .index(0), .key("batteries"), .index(1), .key("swaps"), .index(1), .key("driver")],
        ])
        #expect(ctx.driverByID.batchCount == 1)
    }

    @Test("a loaded key is cached: a later load answers inline without a batch")
    func caching() async throws {
        let ctx = Context(stationCount: 1)
        _ = try await run(Self.sdl, "{ stations { batteries { swaps { driver { id } } } } }", resolvers: Self.resolvers, context: ctx)
        #expect(ctx.driverByID.batchCount == 1)
        guard case .object = ctx.driverByID.load(1) else {
            Issue.record("cached key should answer inline")
            return
        }
        guard case .load = ctx.driverByID.load(3) else {
            Issue.record("a new key should wait for a batch")
            return
        }
        await ctx.driverByID.dispatch()
        #expect(ctx.driverByID.batchCount == 2)
        #expect(ctx.log.all.last == "drivers [3]")
    }
}
