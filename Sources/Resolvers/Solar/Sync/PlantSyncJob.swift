import Foundation
import Logging
import Storage

/// Runs one sync run (`solar.sync` jobs): the run's days in chunks of `chunkDays`, each chunk
/// asked of the monitoring service until it answers well (at most `chunkAttempts` requests,
/// exponential backoff with jitter between them). Good records are upserted by (plant, hour)
/// with the run's progress in one transaction, so a failed or interrupted run resumes at the
/// first day not stored. Malformed records are skipped and counted; the days they belong to
/// are asked again while attempts remain, so a transient fault does not leave holes.
public struct PlantSyncJob: JobHandler {
    public static let kind = "solar.sync"
    public var kind: String { Self.kind }
    public var backoff: RetryBackoff { settings.jobBackoff }

    let runs: PlantSyncRunRepository
    let settings: SolarSettings
    let client: MonitoringClient
    let events: (any EventBus)?
    let now: @Sendable () -> Date
    let logger: Logger

    public init(postgres: PostgresPool, settings: SolarSettings, client: MonitoringClient, events: (any EventBus)?,
                now: @escaping @Sendable () -> Date, logger: Logger) {
        self.runs = PlantSyncRunRepository(postgres: postgres)
        self.settings = settings
        self.client = client
        self.events = events
        self.now = now
        self.logger = logger
    }

    public func run(_ job: Job) async throws {
        let payload = try job.payload.decode(PlantSyncRunRepository.Payload.self)
        guard var run = try await runs.start(runID: payload.runID, now: now()) else {
            logger.info("sync run gone or finished; nothing to do", metadata: ["run": "\(payload.runID)"])
            return
        }
        await publish(run)
        var day = run.nextDay
        while day <= run.to {
            try Task.checkCancellation()
            let chunkEnd = min(SolarTime.adding(settings.chunkDays - 1, to: day), run.to)
            let chunk = try await fetchChunk(plantID: run.plantID, runID: run.id, from: day, to: chunkEnd)
            guard let stored = try await runs.storeChunk(
                runID: run.id, plantID: run.plantID, readings: chunk.readings, nextDay: SolarTime.adding(1, to: chunkEnd),
                attempts: chunk.attempts, rejected: chunk.rejected, now: now()) else {
                logger.info("sync run cancelled (plant deleted)", metadata: ["run": "\(run.id)"])
                return
            }
            run = stored
            await publish(run)
            day = SolarTime.adding(1, to: chunkEnd)
        }
        if let finished = try await runs.succeed(runID: run.id, now: now()) { await publish(finished) }
    }

    public func attemptFailed(_ job: Job, error: any Error, final: Bool) async {
        guard let payload = try? job.payload.decode(PlantSyncRunRepository.Payload.self) else { return }
        let failedChunk = error as? ChunkFailure
        let message = failedChunk.map { "\($0.error) (after \($0.attempts) requests for \($0.from)…\($0.to))" } ?? String(describing: error)
        do {
            if let run = try await runs.recordFailure(runID: payload.runID, error: message, attempts: failedChunk?.attempts ?? 0,
                                                      rejected: failedChunk?.rejected ?? 0, final: final, now: now()) {
                await publish(run)
            }
        } catch {
            logger.error("could not record a sync failure", metadata: ["run": "\(payload.runID)", "error": "\(error)"])
        }
    }

    /// The good records of [from, to] and what it took to get them.
    struct Chunk {
        var readings: [PlantReading]
        var attempts: Int
        var rejected: Int
    }

    /// All requests of a chunk ran out; the job's attempt fails and resumes here later.
    struct ChunkFailure: Error, CustomStringConvertible {
        let from: CalendarDate, to: CalendarDate
        let attempts: Int
        /// Malformed records seen before the chunk gave up (counted even though it failed).
        let rejected: Int
        let error: MonitoringError
        var description: String { "\(error) (after \(attempts) requests for \(from)…\(to))" }
    }

    func fetchChunk(plantID: Int64, runID: Int64, from: CalendarDate, to: CalendarDate) async throws -> Chunk {
        var byHour: [Int: PlantReading] = [:]
        var attempts = 0, rejected = 0
        var pending: (from: CalendarDate, to: CalendarDate)? = (from, to)
        while let range = pending {
            try Task.checkCancellation()
            attempts += 1
            do {
                let batch = try await client.fetch(plantID: plantID, from: range.from, to: range.to)
                for reading in batch.readings { byHour[reading.hourEpochSeconds] = reading }
                rejected += batch.rejected
                pending = nil
                if batch.rejected > 0, attempts < settings.chunkAttempts {
                    // Ask again for the days with malformed records (all of the range when unknown).
                    let days = batch.rejectedDays.flatMap { $0.isEmpty ? nil : $0 }
                    pending = (days?.min() ?? range.from, days?.max() ?? range.to)
                }
            } catch let error as MonitoringError {
                logger.debug("monitoring request failed", metadata: ["run": "\(runID)", "attempt": "\(attempts)", "error": "\(error)"])
                guard attempts < settings.chunkAttempts else {
                    throw ChunkFailure(from: from, to: to, attempts: attempts, rejected: rejected, error: error)
                }
            }
            if pending != nil {
                try await Task.sleep(for: settings.chunkBackoff.delay(afterAttempt: attempts, unit: Double.random(in: 0...1)))
            }
        }
        return Chunk(readings: byHour.keys.sorted().map { byHour[$0]! }, attempts: attempts, rejected: rejected)
    }

    func publish(_ run: PlantSyncRun) async {
        guard let events else { return }
        do {
            try await PlantSyncEvents.publish(run, bus: events)
        } catch {
            logger.warning("plantSync event not published", metadata: ["run": "\(run.id)", "error": "\(error)"])
        }
    }
}
