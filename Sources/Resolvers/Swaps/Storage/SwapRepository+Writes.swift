import Foundation
import Storage

extension SwapRepository {
    /// How many times a write is retried after a deadlock or serialization failure.
    static let maxAttempts = 5

    /// Records a swap in one transaction (see `SwapWriter` for the locking).
    /// - Returns: what was written, or the refusal (nothing written).
    public func recordSwap(_ input: SwapInput, recordedBy: Int64?, now: Date) async throws -> Result<SwapWriteOutcome, SwapRefusal> {
        var mode = SwapWriter.LockMode.rows
        for attempt in 1... {
            do {
                let chosen = mode
                return .success(try await postgres.transaction { conn in
                    try SwapWriter.record(input, recordedBy: recordedBy, now: now, mode: chosen, on: conn)
                })
            } catch let refusal as SwapRefusal {
                return .failure(refusal)
            } catch is SwapWriter.NeedsExclusiveLock {
                mode = .exclusive
            } catch let error as PostgresError where Self.isRetryable(error) && attempt < Self.maxAttempts {
                continue
            }
        }
        fatalError("unreachable: the loop returns or throws")
    }

    /// Corrects a swap in one transaction, replaying the later history.
    public func correctSwap(_ correction: SwapCorrectionInput, recordedBy: Int64?, now: Date) async throws -> Result<SwapWriteOutcome, SwapRefusal> {
        try await retrying {
            try await postgres.transaction { conn in try SwapWriter.correct(correction, recordedBy: recordedBy, now: now, on: conn) }
        }
    }

    public func createStation(name: String, location: String) async throws -> Result<Int, SwapRefusal> {
        try await retrying { try await postgres.transaction { conn in try SwapCatalogStore.createStation(name: name, location: location, on: conn) } }
    }

    public func createBattery(serial: String, capacityKwh: Double, voltage: Double?, stationID: Int,
                              energyKwh: Double) async throws -> Result<Int, SwapRefusal> {
        try await retrying {
            try await postgres.transaction { conn in
                try SwapCatalogStore.createBattery(serial: serial, capacityKwh: capacityKwh, voltage: voltage, stationID: stationID,
                                                   energyKwh: energyKwh, on: conn)
            }
        }
    }

    public func createVehicle(vin: String?, plate: String?, odometerKm: Double, batteryID: Int?) async throws -> Result<Int, SwapRefusal> {
        try await retrying {
            try await postgres.transaction { conn in
                try SwapCatalogStore.createVehicle(vin: vin, plate: plate, odometerKm: odometerKm, batteryID: batteryID, on: conn)
            }
        }
    }

    public func createDriver(name: String, phone: String, startedAt: Date, vehicleID: Int?) async throws -> Result<Int, SwapRefusal> {
        try await retrying {
            try await postgres.transaction { conn in
                try SwapCatalogStore.createDriver(name: name, phone: phone, startedAt: startedAt, vehicleID: vehicleID, on: conn)
            }
        }
    }

    func updateDriver(id: Int, _ changes: SwapCatalogStore.DriverChanges) async throws -> Result<Int, SwapRefusal> {
        try await retrying {
            try await postgres.transaction { conn in
                try SwapCatalogStore.updateDriver(id: id, changes, on: conn)
                return id
            }
        }
    }

    /// Runs `body`, turning a refusal into `.failure` and retrying deadlocks and serialization failures.
    private func retrying<T: Sendable>(_ body: () async throws -> T) async throws -> Result<T, SwapRefusal> {
        for attempt in 1... {
            do {
                return .success(try await body())
            } catch let refusal as SwapRefusal {
                return .failure(refusal)
            } catch let error as PostgresError where Self.isRetryable(error) && attempt < Self.maxAttempts {
                continue
            }
        }
        fatalError("unreachable: the loop returns or throws")
    }

    static func isRetryable(_ error: PostgresError) -> Bool {
        error.sqlState == .deadlockDetected || error.sqlState == .serializationFailure
    }
}
