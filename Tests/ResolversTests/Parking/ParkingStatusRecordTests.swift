import Testing
@testable import Resolvers

/// The Redis and event text of a parking status, and the status it gives at an instant.
@Suite struct ParkingStatusRecordTests {
    static let t0: Int64 = 1_772_352_000_000  // 2026-03-01T08:00:00Z
    static let model = ChargingModel(chargingSinceMs: t0 + 60_000, initialChargeKWh: 10.25, capacityKWh: 80,
                                     desiredPercent: 90, chargingPowerKW: 7.4)

    @Test func parkedAndDepartedRecordsRoundTripThroughTheirText() {
        let parked = ParkingStatusRecord(plate: "AB-1", version: 42, parkedAtMs: Self.t0, model: Self.model)
        #expect(parked.text == "P 42 1772352000000 1772352060000 10.25 80.0 90.0 7.4")
        #expect(ParkingStatusRecord(plate: "AB-1", text: parked.text) == parked)
        let left = ParkingStatusRecord(plate: "AB-1", version: 43, parkedAtMs: Self.t0, model: Self.model,
                                       leftAtMs: Self.t0 + 3_600_000, departureChargeKWh: 17.4)
        #expect(left.text == "L 43 1772352000000 1772352060000 10.25 80.0 90.0 7.4 1772355600000 17.4")
        #expect(ParkingStatusRecord(plate: "AB-1", text: left.text) == left)
    }

    @Test("malformed texts are not records", arguments: ["", "P 1 2 3", "X 1 2 3 4 5 6 7", "P 1 2 3 4 5 6 7 8 9", "L 1 2 3 4 5 6 7", "P a 2 3 4 5 6 7"])
    func malformed(text: String) {
        #expect(ParkingStatusRecord(plate: "A", text: text) == nil)
    }

    @Test func aDepartedRecordIsFrozenAtItsDeparture() {
        let left = ParkingStatusRecord(plate: "A", version: 2, parkedAtMs: Self.t0, model: Self.model,
                                       leftAtMs: Self.t0 + 3_660_000, departureChargeKWh: 17.65)
        let status = left.status(atMs: Self.t0 + 86_400_000)
        #expect(status.state == .left && status.chargeKWh == 17.65 && !status.ready)
        #expect(status.readyAtMs == nil && status.secondsToReady == nil && status.asOfMs == Self.t0 + 3_660_000)
    }

    @Test func aParkedRecordIsLive() {
        let parked = ParkingStatusRecord(plate: "A", version: 1, parkedAtMs: Self.t0, model: Self.model)
        let charging = parked.status(atMs: Self.t0 + 60_000 + 3_600_000)
        #expect(charging.state == .charging && abs(charging.chargeKWh - 17.65) < 1e-9 && charging.asOfMs == Self.t0 + 3_660_000)
        let ready = parked.status(atMs: Self.model.readyAtMs)
        #expect(ready.state == .ready && ready.chargeKWh == 72 && ready.secondsToReady == 0)
    }

    @Test("DateTime text", arguments: [
        (Int64(1_772_352_000_000), "2026-03-01T08:00:00Z"), (1_772_363_454_546, "2026-03-01T11:10:54.546Z"),
        (0, "1970-01-01T00:00:00Z"), (-1, "1969-12-31T23:59:59.999Z"), (951_782_400_007, "2000-02-29T00:00:00.007Z"),
    ])
    func dateTimeText(ms: Int64, text: String) {
        #expect(ParkingTimeText.text(ms: ms) == text)
        #expect(ParkingTimeText.milliseconds(text) == ms)
    }
}
