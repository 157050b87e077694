import GraphQLEngine
import Logging

/// `Subscription.chargingStatus(plate)`: an event on every import, re-import and departure of
/// the plate, and one at the moment it becomes ready.
///
/// Changes travel on the event bus (Redis pub/sub, so every server instance sees every change)
/// on topic `parking.status.<plate>`, the payload being the ``ParkingStatusRecord`` text. The
/// ready event is not published by anyone: each subscription knows the latest record, so it
/// sleeps on the parking clock until `readyAt` and emits the status then. Nothing polls the
/// database, and a server that dies takes no scheduled event with it.
enum ChargingStatusEvents {
    /// Publishes committed changes (after the hot status was written). A failure is logged:
    /// the change itself is committed.
    static func publish(_ records: [ParkingStatusRecord], parking: ParkingServices, bus: any EventBus, logger: Logger) async {
        for record in records {
            do {
                try await bus.publish(topic: parking.topicPrefix + record.plate, payload: Array(record.text.utf8))
            } catch {
                logger.warning("chargingStatus event not published", metadata: ["plate": "\(record.plate)", "error": "\(error)"])
                return
            }
        }
    }

    /// What the subscription's loop reacts to.
    enum Input: Sendable {
        case changed(ParkingStatusRecord)
        /// The timer for the record of this version fired at `atMs`.
        case becameReady(version: Int64, atMs: Int64)
    }

    /// The source event stream: one ``ChargingStatusValue`` per change, and one when ready.
    static func stream(plate: String, parking: ParkingServices, bus: any EventBus) async throws -> AsyncThrowingStream<FieldValue, any Error> {
        let changes = try await bus.subscribe(topic: parking.topicPrefix + plate)
        let initial = try await parking.hot.latestRecord(plate: plate)
        let clock = parking.clock
        let (inputs, inputSink) = AsyncStream<Input>.makeStream()
        let (stream, continuation) = AsyncThrowingStream<FieldValue, any Error>.makeStream()
        let relay = Task {
            for await payload in changes {
                if let record = ParkingStatusRecord(plate: plate, text: String(decoding: payload, as: UTF8.self)) {
                    inputSink.yield(.changed(record))
                }
            }
            inputSink.finish()
        }
        let loop = Task {
            var current = initial
            var timer: Task<Void, Never>?
            func schedule(_ record: ParkingStatusRecord?) {
                timer?.cancel()
                timer = nil
                guard let record, record.isParked, clock.nowMs() < record.model.readyAtMs else { return }
                let (version, readyAt) = (record.version, record.model.readyAtMs)
                timer = Task {
                    do {
                        try await clock.sleep(untilMs: readyAt)
                        inputSink.yield(.becameReady(version: version, atMs: readyAt))
                    } catch {}
                }
            }
            schedule(current)
            for await input in inputs {
                switch input {
                case let .changed(record):
                    guard current.map({ record.version > $0.version }) ?? true else { continue }
                    current = record
                    continuation.yield(.object(record.status(atMs: max(clock.nowMs(), record.model.chargingSinceMs))))
                    schedule(record)
                case let .becameReady(version, atMs):
                    guard let record = current, record.version == version, record.isParked else { continue }
                    continuation.yield(.object(record.status(atMs: atMs)))
                }
            }
            timer?.cancel()
            continuation.finish()
        }
        continuation.onTermination = { _ in
            relay.cancel()
            loop.cancel()
            inputSink.finish()
        }
        return stream
    }
}
