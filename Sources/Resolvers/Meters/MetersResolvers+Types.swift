import Foundation
import GraphQLEngine
import Storage

extension MetersResolvers {
    /// `Meter` and its edges.
    static func registerMeter(into registry: inout ResolverRegistry) {
        registry.field("Meter", "id", on: Meter.self) { m, _, _ in .string(m.globalID) }
        registry.field("Meter", "meterPointCode", on: Meter.self) { m, _, _ in .string(m.meterPointCode) }
        registry.field("Meter", "serialNumber", on: Meter.self) { m, _, _ in .string(m.serialNumber) }
        registry.field("Meter", "plantCode", on: Meter.self) { m, _, _ in .string(m.plantCode) }
        registry.field("Meter", "dataTypes", on: Meter.self) { m, _, context in
            MeterLoaders.dataTypes(context).load(m.id) { .list(($0 ?? []).map { .object($0) }) }
        }
        registry.field("Meter", "files", on: Meter.self) { m, _, context in
            MeterLoaders.filesByMeter(context).load(m.id) { .list(($0 ?? []).map { .object($0) }) }
        }
        registry.field("Meter", "readings", on: Meter.self) { m, arguments, context in
            let range = try readingRange(arguments)
            return MeterLoaders.readings(context).load(.init(meterID: m.id, range: range)) { .list(($0 ?? []).map { .object($0) }) }
        }
        registry.field("Meter", "dailyAggregates", on: Meter.self) { m, arguments, context in
            let range = try aggregateRange(arguments)
            return MeterLoaders.dailyAggregates(context).load(.init(meterID: m.id, range: range)) { .list(($0 ?? []).map { .object($0) }) }
        }
    }

    /// `MeterFile` and its edges.
    static func registerFile(into registry: inout ResolverRegistry) {
        registry.field("MeterFile", "id", on: MeterFile.self) { f, _, _ in .string(f.globalID) }
        registry.field("MeterFile", "fileName", on: MeterFile.self) { f, _, _ in .string(f.fileName) }
        registry.field("MeterFile", "kind", on: MeterFile.self) { f, _, _ in .string(f.kind.rawValue) }
        registry.field("MeterFile", "sha256", on: MeterFile.self) { f, _, _ in .string(f.sha256) }
        registry.field("MeterFile", "importedAt", on: MeterFile.self) { f, _, _ in dateTime(f.importedAt) }
        registry.field("MeterFile", "rows", on: MeterFile.self) { f, _, _ in .int(f.rows) }
        registry.field("MeterFile", "median", on: MeterFile.self) { f, _, _ in f.median.map { .double($0) } ?? .null }
        registry.field("MeterFile", "meters", on: MeterFile.self) { f, _, context in
            MeterLoaders.metersByFile(context).load(f.id) { .list(($0 ?? []).map { .object($0) }) }
        }
        registry.field("MeterFile", "outliers", on: MeterFile.self) { f, arguments, context in
            var threshold = 20.0
            switch arguments["thresholdPercent"] {
            case let .double(value)?: threshold = value
            case let .int(value)?: threshold = Double(value)
            default: break
            }
            guard threshold.isFinite, threshold >= 0 else {
                throw badInput("Argument \"thresholdPercent\" must be a percentage of 0 or more; got \(threshold).")
            }
            return MeterLoaders.outliers(context).load(.init(fileID: f.id, thresholdPercent: threshold)) { .list(($0 ?? []).map { .object($0) }) }
        }
        registry.field("MeterFilePayload", "file", on: MeterFilePayload.self) { p, _, context in
            p.fileID.map { loadFile($0, context: context) } ?? .null
        }
        registry.field("MeterFilePayload", "report", on: MeterFilePayload.self) { p, _, _ in p.report.map { .object($0) } ?? .null }
        registry.field("MeterFilePayload", "userErrors", on: MeterFilePayload.self) { p, _, _ in .value(.list(p.errors)) }
    }

    /// `MeterDataType`, `MeterReading` and `MeterDailyAggregate`.
    static func registerValues(into registry: inout ResolverRegistry) {
        registry.field("MeterDataType", "name", on: MeterDataType.self) { t, _, _ in .string(t.name) }
        registry.field("MeterDataType", "units", on: MeterDataType.self) { t, _, _ in .string(t.units) }
        registry.field("MeterReading", "timestamp", on: MeterReading.self) { r, _, _ in dateTime(r.timestamp) }
        registry.field("MeterReading", "dataType", on: MeterReading.self) { r, _, _ in .string(r.dataType) }
        registry.field("MeterReading", "value", on: MeterReading.self) { r, _, _ in .double(r.value) }
        registry.field("MeterReading", "units", on: MeterReading.self) { r, _, _ in .string(r.units) }
        registry.field("MeterReading", "status", on: MeterReading.self) { r, _, _ in optional(r.status) }
        registry.field("MeterReading", "quality", on: MeterReading.self) { r, _, _ in optional(r.quality) }
        registry.field("MeterReading", "stream", on: MeterReading.self) { r, _, _ in optional(r.stream) }
        registry.field("MeterReading", "maximumDemand", on: MeterReading.self) { r, _, _ in r.maximumDemand.map { .double($0) } ?? .null }
        registry.field("MeterReading", "timeOfMaxDemand", on: MeterReading.self) { r, _, _ in r.timeOfMaxDemand.map(dateTime) ?? .null }
        registry.field("MeterReading", "period", on: MeterReading.self) { r, _, _ in optional(r.period) }
        registry.field("MeterReading", "rate", on: MeterReading.self) { r, _, _ in optional(r.rate) }
        registry.field("MeterDailyAggregate", "date", on: MeterDailyAggregate.self) { a, _, _ in .string(a.date.description) }
        registry.field("MeterDailyAggregate", "dataType", on: MeterDailyAggregate.self) { a, _, _ in .string(a.dataType) }
        registry.field("MeterDailyAggregate", "units", on: MeterDailyAggregate.self) { a, _, _ in .string(a.units) }
        registry.field("MeterDailyAggregate", "count", on: MeterDailyAggregate.self) { a, _, _ in .int(a.count) }
        registry.field("MeterDailyAggregate", "min", on: MeterDailyAggregate.self) { a, _, _ in .double(a.min) }
        registry.field("MeterDailyAggregate", "max", on: MeterDailyAggregate.self) { a, _, _ in .double(a.max) }
        registry.field("MeterDailyAggregate", "avg", on: MeterDailyAggregate.self) { a, _, _ in .double(a.average) }
    }

    static func optional(_ text: String?) -> FieldValue { text.map { .string($0) } ?? .null }

    /// `readings(from, to, dataType, first)`, checked.
    static func readingRange(_ arguments: GraphQLObjectValue) throws -> MeterReadingRange {
        guard case let .string(fromText)? = arguments["from"], case let .string(toText)? = arguments["to"],
              let from = try? Date.decode(postgresText: Substring(fromText)), let to = try? Date.decode(postgresText: Substring(toText))
        else { throw badInput("Arguments \"from\" and \"to\" must be date-times, e.g. 2018-09-01T00:00:00Z.") }
        guard from < to else { throw badInput("Argument \"from\" (\(fromText)) must be before \"to\" (\(toText)).") }
        var first = 1000
        if case let .int(n)? = arguments["first"] { first = n }
        guard (0...maxReadings).contains(first) else {
            throw badInput("Argument \"first\" must be between 0 and \(maxReadings); got \(first).")
        }
        return MeterReadingRange(from: from, to: to, dataType: arguments["dataType"].flatMap(\.stringValue), limit: first)
    }

    /// `dailyAggregates(from, to, dataType)`, checked: inclusive days, at most ``maxAggregateDays``.
    static func aggregateRange(_ arguments: GraphQLObjectValue) throws -> MeterLoaders.AggregateRange {
        guard case let .string(fromText)? = arguments["from"], case let .string(toText)? = arguments["to"],
              let from = CalendarDate(Substring(fromText)), let to = CalendarDate(Substring(toText))
        else { throw badInput("Arguments \"from\" and \"to\" must be dates, e.g. 2018-09-01.") }
        guard from <= to else { throw badInput("Argument \"from\" (\(fromText)) must not be after \"to\" (\(toText)).") }
        guard to.daysSinceEpoch - from.daysSinceEpoch < maxAggregateDays else {
            throw badInput("The range \(fromText)…\(toText) is longer than \(maxAggregateDays) days; ask for a shorter range.")
        }
        return MeterLoaders.AggregateRange(from: from, to: to, dataType: arguments["dataType"].flatMap(\.stringValue))
    }
}
