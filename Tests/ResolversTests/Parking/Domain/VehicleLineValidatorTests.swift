import Testing
@testable import Resolvers

/// The import rules of DOMAIN.md §2, line by line and over the seed files.
@Suite struct VehicleLineValidatorTests {
    static func run(_ records: [(fields: [String], line: Int)], validator: VehicleLineValidator = VehicleLineValidator())
        -> (accepted: [ParkedVehicleLine], rejected: [Int: String]) {
        var validator = validator
        var accepted: [ParkedVehicleLine] = [], rejected: [Int: String] = [:]
        for record in records {
            switch validator.check(fields: record.fields, line: record.line) {
            case let .accepted(line): accepted.append(line)
            case let .rejected(line, reason): rejected[line] = reason
            case .skipped: break
            }
        }
        return (accepted, rejected)
    }

    @Test func theGoodSeedFileIsAcceptedWhole() throws {
        let (accepted, rejected) = Self.run(try ParkingSeeds.records("vehicles.csv"))
        #expect(rejected.isEmpty)
        #expect(accepted.count == 17)
        #expect(accepted.first == ParkedVehicleLine(line: 1, plate: "YB074VD", currentChargeKWh: 25, capacityKWh: 100,
                                                    desiredPercent: 60, chargingPowerKW: 11))
        let atTarget = accepted.filter { $0.currentChargeKWh >= $0.capacityKWh * $0.desiredPercent / 100 }.map(\.plate)
        #expect(atTarget == ["CV434BW", "DW315VZ", "HC588KT", "VW808LL", "ZM023RM"])
    }

    @Test func theInvalidSeedFileRejectsEachBadLineWithItsNumber() throws {
        let (accepted, rejected) = Self.run(try ParkingSeeds.records("vehicles_invalid.csv"))
        #expect(accepted.map(\.plate) == ["ZZ001AA", "ZZ007AA", "ZZ010AA"])
        #expect(accepted.map(\.line) == [2, 9, 12])
        #expect(accepted[1].currentChargeKWh == 10.5)
        #expect(rejected.keys.sorted() == [3, 4, 5, 6, 7, 8, 10, 11, 14])
        #expect(rejected[3] == "Plate ZZ001AA already appears on an earlier line of this file.")
        #expect(rejected[4] == "current_charge 120 is above total_charge 100.")
        #expect(rejected[5] == "current_charge is negative (-5).")
        #expect(rejected[6] == "desired_percentage 140 is outside (0, 100].")
        #expect(rejected[7] == "total_charge is 0; a vehicle's capacity must be above 0. current_charge 10 is above total_charge 0.")
        #expect(rejected[8] == "current_charge \"ten\" is not a number.")
        #expect(rejected[10]?.hasPrefix("Line has 3 fields; expected 4 or 5") == true)
        #expect(rejected[11] == "charging_power_kw \"extra\" is not a number.")
        #expect(rejected[14]?.hasPrefix("Line has 1 field; expected 4 or 5") == true)
    }

    @Test("rejections", arguments: [
        (["A", "1", "10", "50", "0"], "charging_power_kw 0 must be above 0."),
        (["A", "1", "10", "0"], "desired_percentage 0 is outside (0, 100]."),
        (["", "1", "10", "50"], "The plate is empty."),
        (["A", "1e3", "10", "50"], "current_charge \"1e3\" is not a number."),
        (["A", "nan", "10", "50"], "current_charge \"nan\" is not a number."),
        (["A", "1", "10", "-50"], "desired_percentage is negative (-50)."),
    ])
    func rejections(fields: [String], reason: String) {
        var validator = VehicleLineValidator()
        _ = validator.check(fields: ["X", "1", "2", "3"], line: 1)  // not the first line any more
        #expect(validator.check(fields: fields, line: 2) == .rejected(line: 2, reason: reason))
    }

    @Test func aFirstLineWithANumericSecondFieldIsDataAndOnlyTheFirstLineMayBeAHeader() {
        var validator = VehicleLineValidator()
        #expect(validator.check(fields: [""], line: 1) == .skipped)
        #expect(validator.check(fields: ["plate", "charge", "total", "desired"], line: 2) == .skipped)
        #expect(validator.check(fields: ["plate", "charge", "total", "desired"], line: 3)
            == .rejected(line: 3, reason: #"current_charge "charge" is not a number. total_charge "total" is not a number. desired_percentage "desired" is not a number."#))
    }

    @Test func ampereHoursAreConvertedWithTheNominalVoltageAndTheFifthColumnIsThePower() {
        var validator = VehicleLineValidator(unit: .ampereHours(nominalVoltage: 400), defaultChargingPowerKW: 7.4)
        #expect(validator.check(fields: ["AH1", "50", "200", "80"], line: 1)
            == .accepted(ParkedVehicleLine(line: 1, plate: "AH1", currentChargeKWh: 20, capacityKWh: 80, desiredPercent: 80, chargingPowerKW: 7.4)))
        #expect(validator.check(fields: [" AH2 ", " 50 ", "200", "80", "22"], line: 2)
            == .accepted(ParkedVehicleLine(line: 2, plate: "AH2", currentChargeKWh: 20, capacityKWh: 80, desiredPercent: 80, chargingPowerKW: 22)))
    }

    @Test func aCSVProblemRejectsTheLineWithItsReason() {
        var validator = VehicleLineValidator()
        #expect(validator.check(fields: ["A\"B", "1", "2", "3"], line: 4, problem: "A quote inside an unquoted field.")
            == .rejected(line: 4, reason: "A quote inside an unquoted field."))
    }
}
