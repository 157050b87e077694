import Foundation
import GraphQLEngine
import Storage

/// `createPlant`, `updatePlant`, `deletePlant` and `syncPlant`. Refusals are `userErrors`
/// (field path, message, code) and change nothing.
enum SolarMutations {
    /// Longest plant name.
    static let maxNameLength = 200

    static func register(into registry: inout ResolverRegistry) {
        let operatorOnly = Access.role(.operator)
        registry.field("Mutation", "createPlant", access: operatorOnly) { _, arguments, context, _ in
            let name = try input(arguments)["name"].flatMap(stringValue) ?? ""
            if let refusal = nameErrors(name) { return .object(PlantPayload(errors: [refusal])) }
            return .async {
                let repository = PlantRepository(postgres: context.dependencies.postgres)
                do {
                    let (plant, run) = try await repository.create(name: trimmed(name), now: context.now(), settings: SolarResolvers.settings(context))
                    context.logger.info("plant created", metadata: ["plant": "\(plant.id)", "run": "\(run.id)"])
                    return .object(PlantPayload(plant: plant))
                } catch SolarStoreError.nameTaken {
                    return .object(PlantPayload(errors: [nameTaken(name)]))
                }
            }
        }
        registry.field("Mutation", "updatePlant", access: operatorOnly) { _, arguments, context, _ in
            let fields = try input(arguments)
            let id = try GlobalID.int64(of: fields["id"].flatMap(stringValue) ?? "", expecting: "Plant", argument: "input.id")
            let name = fields["name"].flatMap(stringValue) ?? ""
            if let refusal = nameErrors(name) { return .object(PlantPayload(errors: [refusal])) }
            return .async {
                let repository = PlantRepository(postgres: context.dependencies.postgres)
                do {
                    guard let plant = try await repository.rename(id: id, to: trimmed(name), now: context.now()) else {
                        return .object(PlantPayload(errors: [unknownPlant(["input", "id"], id: id)]))
                    }
                    return .object(PlantPayload(plant: plant))
                } catch SolarStoreError.nameTaken {
                    return .object(PlantPayload(errors: [nameTaken(name)]))
                }
            }
        }
        registry.field("Mutation", "deletePlant", access: operatorOnly) { _, arguments, context, _ in
            let text = arguments["id"].flatMap(stringValue) ?? ""
            let id = try GlobalID.int64(of: text, expecting: "Plant")
            return .async {
                let repository = PlantRepository(postgres: context.dependencies.postgres)
                guard let cancelled = try await repository.delete(id: id, now: context.now()) else {
                    return deletePayload(nil, errors: [unknownPlant(["id"], id: id)])
                }
                context.logger.info("plant deleted", metadata: ["plant": "\(id)", "cancelledRuns": "\(cancelled.count)"])
                if let bus = (context.services ?? ResolverServices.current)?.events, !cancelled.isEmpty {
                    try? await PlantSyncEvents.publishGone(runIDs: cancelled, bus: bus)
                }
                return deletePayload(GlobalID("Plant", id).encoded, errors: [])
            }
        }
        registry.field("Mutation", "syncPlant", access: operatorOnly) { _, arguments, context, _ in
            let id = try GlobalID.int64(of: arguments["id"].flatMap(stringValue) ?? "", expecting: "Plant")
            let (from, to) = try SolarRange.days(arguments)
            let settings = SolarResolvers.settings(context)
            let today = SolarTime.day(of: context.now())
            var errors: [GraphQLValue] = []
            switch SolarRange.problem(from: from, to: to, maxDays: settings.maxRangeDays) {
            case .fromAfterTo?:
                errors.append(UserErrorValue.make(field: ["from"], message: "from (\(from)) is after to (\(to)); send from ≤ to (both days are included).", code: "INVALID"))
            case let .tooLong(days)?:
                errors.append(UserErrorValue.make(field: ["to"], message: "The range covers \(days) days; at most \(settings.maxRangeDays) can be synced at once. Split it into shorter ranges.", code: "OUT_OF_RANGE"))
            case nil: break
            }
            if to > today {
                errors.append(UserErrorValue.make(field: ["to"], message: "to (\(to)) is in the future; the monitoring service has data up to today (\(today)).", code: "INVALID"))
            }
            guard errors.isEmpty else { return .object(PlantSyncPayload(errors: errors)) }
            return .async {
                let runs = PlantSyncRunRepository(postgres: context.dependencies.postgres)
                guard let run = try await runs.queue(plantID: id, reason: .manual, from: from, to: to, now: context.now(), settings: settings) else {
                    return .object(PlantSyncPayload(errors: [unknownPlant(["id"], id: id)]))
                }
                context.logger.info("plant sync queued", metadata: ["plant": "\(id)", "run": "\(run.id)", "from": "\(from)", "to": "\(to)"])
                return .object(PlantSyncPayload(run: run))
            }
        }

        registry.field("PlantPayload", "plant", on: PlantPayload.self) { p, _, _ in p.plant.map { .object($0) } ?? .null }
        registry.field("PlantPayload", "userErrors", on: PlantPayload.self) { p, _, _ in .value(.list(p.errors)) }
        registry.field("PlantSyncPayload", "run", on: PlantSyncPayload.self) { p, _, _ in p.run.map { .object($0) } ?? .null }
        registry.field("PlantSyncPayload", "userErrors", on: PlantSyncPayload.self) { p, _, _ in .value(.list(p.errors)) }
        // DeletePayload is shared with other domains: a plain value read by the default resolver.
        registry.useDefaultResolvers(for: "DeletePayload")
    }

    static func input(_ arguments: GraphQLObjectValue) throws -> GraphQLObjectValue {
        guard case let .object(input)? = arguments["input"] else {
            throw GraphQLError("Argument \"input\" is missing; send the input object.", extensions: [(key: "code", value: "BAD_USER_INPUT")])
        }
        return input
    }

    static func stringValue(_ value: GraphQLValue) -> String? {
        if case let .string(text) = value { return text }
        return nil
    }

    static func trimmed(_ name: String) -> String { name.trimmingCharacters(in: .whitespacesAndNewlines) }

    /// INVALID for an empty or too long name.
    static func nameErrors(_ name: String) -> GraphQLValue? {
        let name = trimmed(name)
        if name.isEmpty {
            return UserErrorValue.make(field: ["input", "name"], message: "The plant name is empty; send a name.", code: "INVALID")
        }
        if name.count > maxNameLength {
            return UserErrorValue.make(field: ["input", "name"], message: "The plant name has \(name.count) characters; at most \(maxNameLength) are allowed.", code: "INVALID")
        }
        return nil
    }

    static func nameTaken(_ name: String) -> GraphQLValue {
        UserErrorValue.make(field: ["input", "name"], message: "A plant named \"\(trimmed(name))\" already exists; choose another name.", code: "INVALID")
    }

    static func unknownPlant(_ field: [String], id: Int64) -> GraphQLValue {
        UserErrorValue.make(field: field, message: "No plant has id \(GlobalID("Plant", id).encoded); list plants to find the right id.", code: "NOT_FOUND")
    }

    static func deletePayload(_ deletedID: String?, errors: [GraphQLValue]) -> FieldValue {
        .value(.object(GraphQLObjectValue([(key: "deletedId", value: deletedID.map { .string($0) } ?? .null),
                                           (key: "userErrors", value: .list(errors))])))
    }
}

/// `PlantPayload`.
struct PlantPayload: Sendable {
    var plant: Plant?
    var errors: [GraphQLValue] = []
}

/// `PlantSyncPayload`.
struct PlantSyncPayload: Sendable {
    var run: PlantSyncRun?
    var errors: [GraphQLValue] = []
}
