import Foundation
import Logging
import Resolvers
import ServiceLifecycle
import Storage
import Synchronization

/// The background worker of a server process (a swift-service-lifecycle `Service`): `workers`
/// loops take due jobs from PostgreSQL (`FOR UPDATE SKIP LOCKED`, so any number of processes
/// share the table and no job runs twice at once), run them with their ``JobHandler``, renew
/// the lease while they run and record the outcome: done, or failed and retried later with
/// exponential backoff and jitter, or failed for good after the job's attempts.
///
/// A process that dies stops renewing its leases; once they expire, another process takes the
/// jobs again and the handlers resume from their recorded progress. On graceful shutdown the
/// running jobs are cancelled and handed back at once.
struct JobScheduler: Service {
    struct Settings: Sendable {
        /// Concurrent jobs in this process; 0 runs none.
        var workers = 2
        /// How long an idle worker waits before it looks for due jobs again.
        var pollInterval: Duration = .seconds(1)
        /// How long a taken job stays this worker's without renewal (renewed every third of it).
        var lease: Duration = .seconds(30)
        /// How often ``periodic`` runs (e.g. queueing the daily sync).
        var periodicInterval: Duration = .seconds(60)
    }

    let queue: JobQueue
    let handlers: [String: any JobHandler]
    let settings: Settings
    /// Names this worker in `jobs.locked_by`.
    let workerID: String
    let now: @Sendable () -> Date
    /// Runs at start and every `periodicInterval` (errors are logged).
    let periodic: @Sendable (Date) async throws -> Void
    let logger: Logger

    init(postgres: PostgresPool, handlers: [any JobHandler], settings: Settings,
         workerID: String = JobScheduler.defaultWorkerID(), now: @escaping @Sendable () -> Date = { Date() },
         periodic: @escaping @Sendable (Date) async throws -> Void = { _ in }, logger: Logger) {
        queue = JobQueue(postgres: postgres)
        self.handlers = Dictionary(handlers.map { ($0.kind, $0) }, uniquingKeysWith: { first, _ in first })
        self.settings = settings
        self.workerID = workerID
        self.now = now
        self.periodic = periodic
        var logger = logger
        logger[metadataKey: "component"] = "jobs"
        logger[metadataKey: "worker"] = "\(workerID)"
        self.logger = logger
    }

    /// `host:pid:random`, unique per process.
    static func defaultWorkerID() -> String {
        "\(ProcessInfo.processInfo.hostName):\(ProcessInfo.processInfo.processIdentifier):\(UUID().uuidString.prefix(8))"
    }

    func run() async throws {
        guard settings.workers > 0 else {
            try? await gracefulShutdown()
            return
        }
        logger.info("job scheduler started", metadata: ["workers": "\(settings.workers)", "kinds": "\(handlers.keys.sorted())"])
        await cancelWhenGracefulShutdown {
            await withDiscardingTaskGroup { group in
                for _ in 0..<settings.workers { group.addTask { await workerLoop() } }
                group.addTask { await periodicLoop() }
            }
        }
        logger.info("job scheduler stopped")
    }

    func workerLoop() async {
        let kinds = handlers.keys.sorted()
        while !Task.isCancelled {
            let job: Job?
            do {
                job = try await queue.take(kinds: kinds, worker: workerID, now: now(), lease: settings.lease)
            } catch {
                logger.warning("could not take a job", metadata: ["error": "\(error)"])
                job = nil
            }
            guard let job else {
                try? await Task.sleep(for: settings.pollInterval)
                continue
            }
            await execute(job)
        }
    }

    func periodicLoop() async {
        while !Task.isCancelled {
            do {
                try await periodic(now())
            } catch {
                logger.warning("periodic job step failed", metadata: ["error": "\(error)"])
            }
            try? await Task.sleep(for: settings.periodicInterval)
        }
    }

    enum Outcome: Sendable {
        case finished(Result<Void, any Error>)
        case leaseLost
    }

    /// Runs one job while renewing its lease, then records the outcome.
    func execute(_ job: Job) async {
        guard let handler = handlers[job.kind] else { return }
        var jobLogger = logger
        jobLogger[metadataKey: "job"] = "\(job.id)"
        jobLogger.debug("job started", metadata: ["kind": "\(job.kind)", "attempt": "\(job.attempts)"])
        let outcome = await withTaskGroup(of: Outcome?.self) { group in
            group.addTask {
                do {
                    try await handler.run(job)
                    return .finished(.success(()))
                } catch {
                    return .finished(.failure(error))
                }
            }
            group.addTask { await keepLease(job) ? nil : .leaseLost }
            // The first outcome decides; the lease keeper ends without one when cancelled.
            var first: Outcome?
            while let next = await group.next() {
                guard let outcome = next else { continue }
                first = outcome
                break
            }
            group.cancelAll()
            return first
        }
        do {
            switch outcome {
            case .finished(.success)?:
                try await recording { try await queue.succeed(job, now: now()) }
                jobLogger.debug("job done")
            case let .finished(.failure(error))? where error is CancellationError || Task.isCancelled:
                try await queue.release(job, now: now())
                jobLogger.info("job handed back (shutting down)", metadata: ["error": "\(error)"])
            case let .finished(.failure(error))?:
                let final = job.isLastAttempt
                await handler.attemptFailed(job, error: error, final: final)
                let wait = handler.backoff.delay(afterAttempt: job.attempts, unit: Double.random(in: 0...1))
                let at = now()
                try await recording {
                    try await queue.fail(job, error: String(describing: error), now: at, retryAt: at.addingTimeInterval(wait.timeInterval))
                }
                jobLogger.warning(final ? "job failed for good" : "job attempt failed; retrying later",
                                  metadata: ["attempt": "\(job.attempts)", "error": "\(error)", "retryIn": "\(wait)"])
            case .leaseLost?, nil:
                jobLogger.warning("job lease lost; another worker has it or it was cancelled")
            }
        } catch {
            jobLogger.error("could not record a job outcome; its lease will expire", metadata: ["error": "\(error)"])
        }
    }

    /// Runs `write` up to four times (waits of 50, 100, 200 ms): an outcome not recorded is
    /// only recovered when the lease expires, after which the job runs again.
    func recording(_ write: () async throws -> Void) async throws {
        var attempt = 0
        while true {
            do {
                return try await write()
            } catch {
                attempt += 1
                guard attempt < 4 else { throw error }
                logger.warning("could not record a job outcome; retrying", metadata: ["error": "\(error)"])
                try? await Task.sleep(for: .milliseconds(25 << attempt))
            }
        }
    }

    /// Renews the lease every third of it. Returns false when the lease is lost, true when
    /// cancelled (the job finished).
    func keepLease(_ job: Job) async -> Bool {
        while true {
            do {
                try await Task.sleep(for: settings.lease / 3)
            } catch {
                return true
            }
            do {
                if try await !queue.renew(job, now: now(), lease: settings.lease) { return false }
            } catch is CancellationError {
                return true
            } catch {
                logger.warning("could not renew a job lease", metadata: ["job": "\(job.id)", "error": "\(error)"])
            }
        }
    }
}
