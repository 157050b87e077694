import Foundation
import GraphQLEngine
import Storage

/// Fields of `Station`, `Battery`, `Driver`, `Swap`, `DriverDailySummary`, `BatterySummary`
/// and the `BatteryLocation` union. Edges go through the request's loaders.
enum SwapTypeResolvers {
    /// The longest `Driver.dailySummaries` range, in days.
    static let maxSummaryDays = 3_660

    static func register(into registry: inout ResolverRegistry) {
        registerStation(into: &registry)
        registerBattery(into: &registry)
        registerDriver(into: &registry)
        registerSwap(into: &registry)
        registerSummaries(into: &registry)
        registry.resolveType("BatteryLocation") { value, _ in
            value is Station ? "Station" : "Vehicle"
        }
    }

    static func registerStation(into registry: inout ResolverRegistry) {
        registry.field("Station", "id", on: Station.self) { s, _, _ in .string(GlobalID("Station", Int64(s.id)).encoded) }
        registry.field("Station", "name", on: Station.self) { s, _, _ in .string(s.name) }
        registry.field("Station", "location", on: Station.self) { s, _, _ in s.location.isEmpty ? .null : .string(s.location) }
        registry.field("Station", "batteries", on: Station.self) { s, _, context in
            SwapLoaders.batteriesAtStation(context).load(s.id) { .list(($0 ?? []).map { .object($0) }) }
        }
        registry.field("Station", "swaps", on: Station.self) { s, arguments, context in
            try SwapsResolvers.swapList(of: .station, id: s.id, arguments: arguments, context: context)
        }
    }

    static func registerBattery(into registry: inout ResolverRegistry) {
        registry.field("Battery", "id", on: BatteryRecord.self) { b, _, _ in .string(GlobalID("Battery", Int64(b.id)).encoded) }
        registry.field("Battery", "serial", on: BatteryRecord.self) { b, _, _ in .string(b.battery.serial) }
        registry.field("Battery", "capacityKwh", on: BatteryRecord.self) { b, _, _ in .double(b.battery.capacityKwh) }
        registry.field("Battery", "voltage", on: BatteryRecord.self) { b, _, _ in b.voltage.map { .double($0) } ?? .null }
        registry.field("Battery", "energyKwh", on: BatteryRecord.self) { b, _, _ in .double(b.state.energyKwh) }
        registry.field("Battery", "location", on: BatteryRecord.self) { b, _, context in
            switch b.state.location {
            case .station(let id):
                SwapLoaders.stations(context).load(id) { $0.map { .object($0, typeName: "Station") } ?? .null }
            case .vehicle(let id):
                SwapVehicleFields.vehicle(id, context: context, typeName: "Vehicle")
            }
        }
        registry.field("Battery", "swaps", on: BatteryRecord.self) { b, arguments, context in
            try SwapsResolvers.swapList(of: .battery, id: b.id, arguments: arguments, context: context)
        }
        registry.field("Battery", "summary", on: BatteryRecord.self) { b, arguments, context in
            guard let from = try SwapArguments.dateTime(arguments["from"], argument: "from"),
                  let to = try SwapArguments.dateTime(arguments["to"], argument: "to") else { return .null }
            return SwapLoaders.batterySummaries(context).load(BatterySummaryKey(batteryID: b.id, from: from, to: to))
        }
    }

    static func registerDriver(into registry: inout ResolverRegistry) {
        registry.field("Driver", "id", on: Driver.self) { d, _, _ in .string(GlobalID("Driver", Int64(d.id)).encoded) }
        registry.field("Driver", "name", on: Driver.self) { d, _, _ in .string(d.name) }
        registry.field("Driver", "phone", on: Driver.self) { d, _, _ in .string(d.phone) }
        registry.field("Driver", "startedAt", on: Driver.self) { d, _, _ in SwapArguments.format(d.startedAt) }
        registry.field("Driver", "endedAt", on: Driver.self) { d, _, _ in d.endedAt.map(SwapArguments.format) ?? .null }
        registry.field("Driver", "active", on: Driver.self) { d, _, context in .bool(d.isActive(at: context.now())) }
        registry.field("Driver", "vehicle", on: Driver.self) { d, _, context in
            d.vehicleID.map { SwapVehicleFields.vehicle($0, context: context, typeName: nil) } ?? .null
        }
        registry.field("Driver", "swaps", on: Driver.self) { d, arguments, context in
            try SwapsResolvers.swapList(of: .driver, id: d.id, arguments: arguments, context: context)
        }
        registry.field("Driver", "dailySummaries", on: Driver.self) { d, arguments, context in
            let from = try SwapArguments.calendarDate(arguments["from"], argument: "from")
            let to = try SwapArguments.calendarDate(arguments["to"], argument: "to")
            guard from <= to, to.daysSinceEpoch - from.daysSinceEpoch < maxSummaryDays else {
                throw GraphQLError("Arguments \"from\" and \"to\" must give at most \(maxSummaryDays) days with from ≤ to; got \(from) to \(to).",
                                   extensions: [(key: "code", value: "BAD_USER_INPUT")])
            }
            return SwapLoaders.dailySummaries(context).load(DailySummaryKey(driverID: d.id, from: from, to: to)) { rows in
                .list((rows ?? []).map { .object(DriverDailySummaryRecord(driver: d, summary: $0)) })
            }
        }
    }

    static func registerSwap(into registry: inout ResolverRegistry) {
        registry.field("Swap", "id", on: SwapRecord.self) { s, _, _ in .string(GlobalID("Swap", Int64(s.id)).encoded) }
        registry.field("Swap", "occurredAt", on: SwapRecord.self) { s, _, _ in SwapArguments.format(s.event.occurredAt) }
        registry.field("Swap", "recordedAt", on: SwapRecord.self) { s, _, _ in SwapArguments.format(s.recordedAt) }
        registry.field("Swap", "station", on: SwapRecord.self) { s, _, context in SwapLoaders.stations(context).load(s.event.input.stationID) }
        registry.field("Swap", "driver", on: SwapRecord.self) { s, _, context in SwapLoaders.drivers(context).load(s.event.input.driverID) }
        registry.field("Swap", "vehicle", on: SwapRecord.self) { s, _, context in
            SwapVehicleFields.vehicle(s.event.vehicleID, context: context, typeName: nil)
        }
        registry.field("Swap", "returnedBattery", on: SwapRecord.self) { s, _, context in
            s.event.input.returnedBatteryID.map { SwapLoaders.batteries(context).load($0) } ?? .null
        }
        registry.field("Swap", "returnedEnergyKwh", on: SwapRecord.self) { s, _, _ in s.event.input.returnedEnergyKwh.map { .double($0) } ?? .null }
        registry.field("Swap", "issuedBattery", on: SwapRecord.self) { s, _, context in
            SwapLoaders.batteries(context).load(s.event.input.issuedBatteryID)
        }
        registry.field("Swap", "issuedEnergyKwh", on: SwapRecord.self) { s, _, _ in .double(s.event.input.issuedEnergyKwh) }
        registry.field("Swap", "odometerKm", on: SwapRecord.self) { s, _, _ in .double(s.event.input.odometerKm) }
        registry.field("Swap", "status", on: SwapRecord.self) { s, _, _ in .string(s.event.status.rawValue) }
        registry.field("Swap", "corrects", on: SwapRecord.self) { s, _, context in s.event.corrects.map { SwapLoaders.swaps(context).load($0) } ?? .null }
        registry.field("Swap", "correctedBy", on: SwapRecord.self) { s, _, context in
            s.event.correctedBy.map { SwapLoaders.swaps(context).load($0) } ?? .null
        }
        registry.field("Swap", "previous", on: SwapRecord.self) { s, _, context in
            s.metrics.previousSwapID.map { SwapLoaders.swaps(context).load($0) } ?? .null
        }
        registry.field("Swap", "distanceKm", on: SwapRecord.self) { s, _, _ in .double(s.metrics.distanceKm) }
        registry.field("Swap", "energyUsedKwh", on: SwapRecord.self) { s, _, _ in .double(s.metrics.energyUsedKwh) }
        registry.field("Swap", "efficiencyKmPerKwh", on: SwapRecord.self) { s, _, _ in s.metrics.efficiencyKmPerKwh.map { .double($0) } ?? .null }
        registry.field("Swap", "recordedBy", on: SwapRecord.self) { s, _, context in s.recordedBy.map { SwapLoaders.users(context).load($0) } ?? .null }
    }

    static func registerSummaries(into registry: inout ResolverRegistry) {
        registry.field("DriverDailySummary", "driver", on: DriverDailySummaryRecord.self) { r, _, _ in .object(r.driver) }
        registry.field("DriverDailySummary", "date", on: DriverDailySummaryRecord.self) { r, _, _ in
            .string(CalendarDate(daysSinceEpoch: Int(r.summary.day.timeIntervalSince1970 / 86_400)).description)
        }
        registry.field("DriverDailySummary", "swapCount", on: DriverDailySummaryRecord.self) { r, _, _ in .int(r.summary.swapCount) }
        registry.field("DriverDailySummary", "distanceKm", on: DriverDailySummaryRecord.self) { r, _, _ in .double(r.summary.distanceKm) }
        registry.field("DriverDailySummary", "energyUsedKwh", on: DriverDailySummaryRecord.self) { r, _, _ in .double(r.summary.energyUsedKwh) }
        registry.field("DriverDailySummary", "cumulativeDistanceKm", on: DriverDailySummaryRecord.self) { r, _, _ in
            .double(r.summary.cumulativeDistanceKm)
        }
        registry.field("DriverDailySummary", "cumulativeEnergyUsedKwh", on: DriverDailySummaryRecord.self) { r, _, _ in
            .double(r.summary.cumulativeEnergyUsedKwh)
        }
        registry.field("BatterySummary", "battery", on: BatterySummaryRecord.self) { r, _, _ in .object(r.battery) }
        registry.field("BatterySummary", "swapCount", on: BatterySummaryRecord.self) { r, _, _ in .int(r.summary.swapCount) }
        registry.field("BatterySummary", "energyDeliveredKwh", on: BatterySummaryRecord.self) { r, _, _ in .double(r.summary.energyDeliveredKwh) }
        registry.field("BatterySummary", "energyChargedKwh", on: BatterySummaryRecord.self) { r, _, _ in .double(r.summary.energyChargedKwh) }
        registry.field("BatterySummary", "distanceKm", on: BatterySummaryRecord.self) { r, _, _ in .double(r.summary.distanceKm) }
    }
}
