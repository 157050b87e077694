import Foundation

/// One UTC day of a driver's accepted swaps, with running totals since the start date.
public struct DriverDaySummary: Sendable, Hashable {
    public var driverID: Int
    /// Midnight UTC starting the day.
    public var day: Date
    public var swapCount: Int
    public var distanceKm: Double
    public var energyUsedKwh: Double
    public var cumulativeDistanceKm: Double
    public var cumulativeEnergyUsedKwh: Double
}

/// A battery's activity over [from, to] (DOMAIN.md section 1, "Battery summary").
public struct BatterySummary: Sendable, Hashable {
    public var swapCount = 0
    public var energyDeliveredKwh = 0.0
    public var distanceKm = 0.0
    public var energyChargedKwh = 0.0
}

extension SwapLedger {
    /// Midnight UTC of the day holding `date`.
    public static func utcDay(_ date: Date) -> Date {
        let seconds = date.timeIntervalSince1970
        return Date(timeIntervalSince1970: (seconds / 86_400).rounded(.down) * 86_400)
    }

    /// One row per UTC day from the driver's start date through the day holding `lastDay`, empty
    /// days with zeros; empty when the driver does not exist.
    public func dailySummaries(driverID: Int, through lastDay: Date) -> [DriverDaySummary] {
        guard let driver = catalog.drivers[driverID] else { return [] }
        var perDay: [Date: (count: Int, distance: Double, energy: Double)] = [:]
        for event in events where event.status == .accepted && event.input.driverID == driverID {
            guard let m = projection.metrics[event.id] else { continue }
            let day = Self.utcDay(event.occurredAt)
            perDay[day, default: (0, 0, 0)].count += 1
            perDay[day, default: (0, 0, 0)].distance += m.distanceKm
            perDay[day, default: (0, 0, 0)].energy += m.energyUsedKwh
        }
        var rows: [DriverDaySummary] = []
        var distance = 0.0, energy = 0.0
        var day = Self.utcDay(driver.startedAt)
        let end = Self.utcDay(lastDay)
        while day <= end {
            let sums = perDay[day] ?? (0, 0, 0)
            distance += sums.distance
            energy += sums.energy
            rows.append(DriverDaySummary(driverID: driverID, day: day, swapCount: sums.count, distanceKm: sums.distance,
                                         energyUsedKwh: sums.energy, cumulativeDistanceKm: distance,
                                         cumulativeEnergyUsedKwh: energy))
            day += 86_400
        }
        return rows
    }

    /// Swaps, closed trips and closed station stays of a battery over [from, to]; `nil` when the
    /// battery does not exist.
    public func batterySummary(batteryID: Int, from: Date, to: Date) -> BatterySummary? {
        guard let battery = catalog.batteries[batteryID] else { return nil }
        return Self.batterySummary(of: battery, events: acceptedInTimeOrder, from: from, to: to)
    }

    /// The summary of `battery` over [from, to] from accepted swaps in time order (swaps that do
    /// not touch the battery are skipped), as the database layer calls it.
    public static func batterySummary(of battery: Battery, events: [SwapEvent], from: Date, to: Date) -> BatterySummary {
        let batteryID = battery.id
        var summary = BatterySummary()
        var arrivalEnergy: Double? = nil
        if case .station = battery.initialLocation { arrivalEnergy = battery.initialEnergyKwh }
        var issue: (energy: Double, odometer: Double)? = nil
        let inRange = { (t: Date) in from <= t && t <= to }
        for event in events where event.status == .accepted {
            let input = event.input
            let returned = input.returnedBatteryID == batteryID
            let issued = input.issuedBatteryID == batteryID
            guard returned || issued else { continue }
            if inRange(event.occurredAt) { summary.swapCount += 1 }
            if returned, let energy = input.returnedEnergyKwh {
                if let trip = issue, inRange(event.occurredAt) {
                    summary.energyDeliveredKwh += trip.energy - energy
                    summary.distanceKm += input.odometerKm - trip.odometer
                }
                issue = nil
                arrivalEnergy = energy
            }
            if issued {
                if let arrival = arrivalEnergy, inRange(event.occurredAt) {
                    summary.energyChargedKwh += input.issuedEnergyKwh - arrival
                }
                arrivalEnergy = nil
                issue = (input.issuedEnergyKwh, input.odometerKm)
            }
        }
        return summary
    }
}
