import Foundation
import GraphQLEngine

/// What a swaps mutation returns: the id of the object it created or changed, or the refusal.
struct SwapMutationPayload: Sendable {
    var id: Int?
    /// `correctSwap`: the original, now REJECTED.
    var rejectedID: Int?
    var replayed = 0
    var violations: [SwapRuleViolation] = []

    init(_ result: Result<Int, SwapRefusal>) {
        switch result {
        case let .success(id): self.id = id
        case let .failure(refusal): violations = refusal.violations
        }
    }

    init(_ result: Result<SwapWriteOutcome, SwapRefusal>) {
        switch result {
        case let .success(outcome):
            id = outcome.swapID
            rejectedID = outcome.rejectedID
            replayed = outcome.replayed
        case let .failure(refusal): violations = refusal.violations
        }
    }

    init(refused violations: [SwapRuleViolation]) { self.violations = violations }
}

/// `createStation`, `createBattery`, `createDriver`, `updateDriver`, `createVehicle`,
/// `recordSwap` and `correctSwap` (OPERATOR or ADMIN). Refusals are `userErrors` and change
/// nothing; a recorded or corrected swap is announced to `swapRecorded` after the commit.
enum SwapMutations {
    static func register(into registry: inout ResolverRegistry) {
        let operatorOnly = Access.role(.operator)
        registry.field("Mutation", "createStation", access: operatorOnly) { _, arguments, context, _ in
            let input = try SwapArguments.input(arguments)
            let name = SwapArguments.string(input["name"]) ?? "", location = SwapArguments.string(input["location"]) ?? ""
            let repository = SwapLoaders.repository(context)
            return .async { .object(SwapMutationPayload(try await repository.createStation(name: name, location: location))) }
        }
        registry.field("Mutation", "createBattery", access: operatorOnly) { _, arguments, context, _ in
            let input = try SwapArguments.input(arguments)
            var found: [SwapRuleViolation] = []
            let station = SwapArguments.inputID(input, "stationId", "Station", into: &found)
            guard found.isEmpty, let station else { return .object(SwapMutationPayload(refused: found)) }
            let serial = SwapArguments.string(input["serial"]) ?? ""
            let capacity = SwapArguments.double(input["capacityKwh"]) ?? 0
            let voltage = SwapArguments.double(input["voltage"]), energy = SwapArguments.double(input["energyKwh"]) ?? 0
            let repository = SwapLoaders.repository(context)
            return .async {
                .object(SwapMutationPayload(try await repository.createBattery(serial: serial, capacityKwh: capacity, voltage: voltage,
                                                                               stationID: station, energyKwh: energy)))
            }
        }
        registry.field("Mutation", "createDriver", access: operatorOnly) { _, arguments, context, _ in
            let input = try SwapArguments.input(arguments)
            var found: [SwapRuleViolation] = []
            let vehicle = SwapArguments.inputID(input, "vehicleId", "Vehicle", into: &found)
            guard found.isEmpty else { return .object(SwapMutationPayload(refused: found)) }
            let name = SwapArguments.string(input["name"]) ?? "", phone = SwapArguments.string(input["phone"]) ?? ""
            let startedAt = try SwapArguments.dateTime(input["startedAt"], argument: "input.startedAt") ?? context.now()
            let repository = SwapLoaders.repository(context)
            return .async {
                .object(SwapMutationPayload(try await repository.createDriver(name: name, phone: phone, startedAt: startedAt, vehicleID: vehicle)))
            }
        }
        registry.field("Mutation", "updateDriver", access: operatorOnly) { _, arguments, context, _ in
            let input = try SwapArguments.input(arguments)
            var found: [SwapRuleViolation] = []
            let id = SwapArguments.inputID(input, "id", "Driver", into: &found)
            var changes = SwapCatalogStore.DriverChanges(name: SwapArguments.string(input["name"]), phone: SwapArguments.string(input["phone"]))
            if let value = input["vehicleId"] {
                changes.vehicleID = value.isNull ? .some(nil) : SwapArguments.inputID(input, "vehicleId", "Vehicle", into: &found).map { .some($0) }
            }
            if let value = input["endedAt"] {
                changes.endedAt = .some(try SwapArguments.dateTime(value, argument: "input.endedAt"))
            }
            guard found.isEmpty, let id else { return .object(SwapMutationPayload(refused: found)) }
            let repository = SwapLoaders.repository(context)
            let chosen = changes
            return .async { .object(SwapMutationPayload(try await repository.updateDriver(id: id, chosen))) }
        }
        registry.field("Mutation", "createVehicle", access: operatorOnly) { _, arguments, context, _ in
            let input = try SwapArguments.input(arguments)
            var found: [SwapRuleViolation] = []
            let battery = SwapArguments.inputID(input, "batteryId", "Battery", into: &found)
            guard found.isEmpty else { return .object(SwapMutationPayload(refused: found)) }
            let vin = SwapArguments.string(input["vin"]), plate = SwapArguments.string(input["plate"])
            let odometer = SwapArguments.double(input["odometerKm"]) ?? 0
            let repository = SwapLoaders.repository(context)
            return .async {
                .object(SwapMutationPayload(try await repository.createVehicle(vin: vin, plate: plate, odometerKm: odometer, batteryID: battery)))
            }
        }
        registry.field("Mutation", "recordSwap", access: operatorOnly) { _, arguments, context, _ in
            let input = try SwapArguments.input(arguments)
            var found: [SwapRuleViolation] = []
            let station = SwapArguments.inputID(input, "stationId", "Station", into: &found)
            let driver = SwapArguments.inputID(input, "driverId", "Driver", into: &found)
            let issued = SwapArguments.inputID(input, "issuedBatteryId", "Battery", into: &found)
            let returned = SwapArguments.inputID(input, "returnedBatteryId", "Battery", into: &found)
            let occurredAt = try SwapArguments.dateTime(input["occurredAt"], argument: "input.occurredAt") ?? context.now()
            guard found.isEmpty, let station, let driver, let issued else { return .object(SwapMutationPayload(refused: found)) }
            let swap = SwapInput(stationID: station, driverID: driver, issuedBatteryID: issued,
                                 issuedEnergyKwh: SwapArguments.double(input["issuedEnergyKwh"]) ?? 0, returnedBatteryID: returned,
                                 returnedEnergyKwh: SwapArguments.double(input["returnedEnergyKwh"]),
                                 odometerKm: SwapArguments.double(input["odometerKm"]) ?? 0, occurredAt: occurredAt)
            let repository = SwapLoaders.repository(context)
            return .async {
                let result = try await repository.recordSwap(swap, recordedBy: context.viewer?.userID, now: context.now())
                if case let .success(outcome) = result { await SwapEvents.announce(outcome, context: context) }
                return .object(SwapMutationPayload(result))
            }
        }
        registry.field("Mutation", "correctSwap", access: operatorOnly) { _, arguments, context, _ in
            let input = try SwapArguments.input(arguments)
            var found: [SwapRuleViolation] = []
            let swapID = SwapArguments.inputID(input, "swapId", "Swap", into: &found)
            let correction = SwapCorrectionInput(
                swapID: swapID ?? 0, stationID: SwapArguments.inputID(input, "stationId", "Station", into: &found),
                driverID: SwapArguments.inputID(input, "driverId", "Driver", into: &found),
                issuedBatteryID: SwapArguments.inputID(input, "issuedBatteryId", "Battery", into: &found),
                issuedEnergyKwh: SwapArguments.double(input["issuedEnergyKwh"]),
                returnedBatteryID: SwapArguments.inputID(input, "returnedBatteryId", "Battery", into: &found),
                returnedEnergyKwh: SwapArguments.double(input["returnedEnergyKwh"]), odometerKm: SwapArguments.double(input["odometerKm"]))
            guard found.isEmpty else { return .object(SwapMutationPayload(refused: found)) }
            let repository = SwapLoaders.repository(context)
            return .async {
                let result = try await repository.correctSwap(correction, recordedBy: context.viewer?.userID, now: context.now())
                if case let .success(outcome) = result { await SwapEvents.announce(outcome, context: context) }
                return .object(SwapMutationPayload(result))
            }
        }
        registerPayloads(into: &registry)
    }

    static func registerPayloads(into registry: inout ResolverRegistry) {
        let payloads: [(type: String, field: String, load: @Sendable (Int, RequestContext) -> FieldValue)] = [
            ("StationPayload", "station", { SwapLoaders.stations($1).load($0) }),
            ("BatteryPayload", "battery", { SwapLoaders.batteries($1).load($0) }),
            ("DriverPayload", "driver", { SwapLoaders.drivers($1).load($0) }),
            ("VehiclePayload", "vehicle", { SwapVehicleFields.vehicle($0, context: $1, typeName: nil) }),
            ("SwapPayload", "swap", { SwapLoaders.swaps($1).load($0) }),
            ("CorrectSwapPayload", "correction", { SwapLoaders.swaps($1).load($0) }),
        ]
        for payload in payloads {
            let load = payload.load
            registry.field(payload.type, payload.field, on: SwapMutationPayload.self) { p, _, context in p.id.map { load($0, context) } ?? .null }
            registry.field(payload.type, "userErrors", on: SwapMutationPayload.self) { p, _, _ in SwapArguments.userErrors(p.violations) }
        }
        registry.field("CorrectSwapPayload", "rejected", on: SwapMutationPayload.self) { p, _, context in
            p.rejectedID.map { SwapLoaders.swaps(context).load($0) } ?? .null
        }
        registry.field("CorrectSwapPayload", "replayed", on: SwapMutationPayload.self) { p, _, _ in .int(p.replayed) }
    }
}
