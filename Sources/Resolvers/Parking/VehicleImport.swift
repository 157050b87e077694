import Foundation
import GraphQLEngine

/// `importVehicles` and `removeVehicle`: input checks, the streaming read and line checks, one
/// transaction, then the Redis hot status and the `chargingStatus` events. Refusals are
/// `userErrors` and change nothing.
struct VehicleImport {
    let context: RequestContext

    /// Imports the CSV given inline or by URL.
    func run(_ input: GraphQLObjectValue) async throws -> ImportVehiclesPayload {
        let parking = try ParkingServices.required(context)
        let csv = input["csv"]?.stringValue, url = input["url"]?.stringValue
        guard (csv == nil) != (url == nil) else {
            return refused(["input"], "Give exactly one of csv (the file's text) and url (where to fetch it).", code: "INVALID")
        }
        var unit = VehicleLineValidator.ChargeUnit.kilowattHours
        if input["unit"]?.stringValue == "AMPERE_HOURS" {
            guard case let voltage? = input["nominalVoltage"]?.doubleValue else {
                return refused(["input", "nominalVoltage"], "AMPERE_HOURS needs nominalVoltage (volts) to convert charges to kWh.", code: "INVALID")
            }
            guard voltage > 0, voltage.isFinite else {
                return refused(["input", "nominalVoltage"], "nominalVoltage must be above 0 V; got \(voltage).", code: "OUT_OF_RANGE")
            }
            unit = .ampereHours(nominalVoltage: voltage)
        }
        let power = input["defaultChargingPowerKw"]?.doubleValue ?? 11
        guard power > 0, power.isFinite else {
            return refused(["input", "defaultChargingPowerKw"], "defaultChargingPowerKw must be above 0 kW; got \(power).", code: "OUT_OF_RANGE")
        }
        var validator = VehicleLineValidator(unit: unit, defaultChargingPowerKW: power)
        var report = ImportReport()
        var accepted: [ParkedVehicleLine] = []
        func take(_ record: CSVRecord) {
            switch validator.check(fields: record.fields, line: record.line, problem: record.problem) {
            case let .accepted(line): accepted.append(line)
            case let .rejected(line, reason): report.reject(line: line, reason, content: record.text)
            case .skipped: break
            }
        }
        if let csv {
            for record in CSVReader.records(csv) { take(record) }
        } else if let url {
            do {
                let body = try await RemoteFile.open(url, policy: context.dependencies.remoteFiles)
                for try await record in CSVReader.records(from: body) { take(record) }
            } catch let error as RemoteFileError {
                return refused(["input", "url"], error.description, code: "INVALID")
            }
        }
        let sessions = try await parking.repository.park(accepted, atMs: EpochMilliseconds.of(context.now()))
        report.accepted = sessions.count
        context.logger.info("vehicles imported", metadata: ["accepted": "\(sessions.count)", "rejected": "\(report.rejected)"])
        await announce(sessions.map(\.record), parking: parking)
        return ImportVehiclesPayload(report: report, vehicleIDs: sessions.map(\.vehicleID))
    }

    /// Records the departure of `plate`: its charge now, kept in the history.
    func remove(plate: String) async throws -> RemoveVehiclePayload {
        let parking = try ParkingServices.required(context)
        guard let session = try await parking.repository.depart(plate: plate, atMs: EpochMilliseconds.of(context.now())) else {
            return RemoveVehiclePayload(errors: [UserErrorValue.make(
                field: ["plate"], message: "No vehicle with plate \(plate) is parked; list vehicles(parked: true) to find it.", code: "NOT_FOUND")])
        }
        context.logger.info("vehicle left", metadata: ["plate": "\(plate)"])
        await announce([session.record], parking: parking)
        return RemoveVehiclePayload(vehicleID: session.vehicleID, chargeKWh: session.departureChargeKWh)
    }

    /// After the commit: the hot status, then the events.
    private func announce(_ records: [ParkingStatusRecord], parking: ParkingServices) async {
        await parking.hot.write(records)
        guard let bus = try? ResolverServices.required(context).events else { return }
        await ChargingStatusEvents.publish(records, parking: parking, bus: bus, logger: context.logger)
    }

    private func refused(_ field: [String], _ message: String, code: String) -> ImportVehiclesPayload {
        ImportVehiclesPayload(errors: [UserErrorValue.make(field: field, message: message, code: code)])
    }
}

extension GraphQLValue {
    /// A number as a double (`Float` inputs may arrive as ints), else nil.
    var doubleValue: Double? {
        switch self {
        case let .double(value): value
        case let .int(value): Double(value)
        default: nil
        }
    }
}
