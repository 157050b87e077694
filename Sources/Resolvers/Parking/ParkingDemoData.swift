/// The local demo's parking data: the sample vehicles, imported once.
public enum ParkingDemoData {
    /// Imports the lines of `csv` that pass the import rules, unless a vehicle is already
    /// parked (so running the demo again changes nothing).
    /// - Returns: how many vehicles were parked, or nil when some already were.
    public static func importIfNothingParked(csv: String, services: ParkingServices) async throws -> Int? {
        guard try await !services.repository.anyParked() else { return nil }
        var validator = VehicleLineValidator()
        var lines: [ParkedVehicleLine] = []
        for record in CSVReader.records(csv) {
            if case let .accepted(line) = validator.check(fields: record.fields, line: record.line, problem: record.problem) {
                lines.append(line)
            }
        }
        let sessions = try await services.repository.park(lines, atMs: services.clock.nowMs())
        await services.hot.write(sessions.map(\.record))
        return sessions.count
    }
}
