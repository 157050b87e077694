import Synchronization

/// The state of one `graphql-transport-ws` connection, decided message by message without I/O:
/// whether `connection_init` came and was acknowledged, and which operations are running.
///
/// The connection's reader asks it what to do with each message; operations register before
/// they start and unregister when they end, so an id is in use exactly while its operation runs.
final class TransportWSSession: Sendable {
    private struct State {
        var initReceived = false
        var acknowledged = false
        var closing = false
        var operations: [String: Task<Void, Never>?] = [:]
    }

    private let state = Mutex(State())

    /// What the reader does with a message.
    enum Decision: Equatable {
        /// Authenticate the `connection_init` payload, then call ``acknowledge()`` or close 4403.
        case authenticate
        /// Reply `pong`.
        case pong
        /// Start the operation under this id (already registered).
        case start(id: String)
        /// Stop the operation under this id (already unregistered).
        case stop(id: String)
        /// Nothing to do.
        case ignore
        /// Close the connection with this code.
        case close(TransportWSClose)
    }

    /// Decides what `message` means in the current state.
    func decide(_ message: TransportWSMessage) -> Decision {
        state.withLock { state in
            guard !state.closing else { return .ignore }
            switch message {
            case .connectionInit:
                if state.initReceived { return close(&state, .tooManyInitialisationRequests) }
                state.initReceived = true
                return .authenticate
            case .ping:
                return .pong
            case .pong:
                return .ignore
            case let .subscribe(id, _):
                guard state.acknowledged else { return close(&state, .unauthorized) }
                guard state.operations[id] == nil else { return close(&state, .duplicateSubscriber(id: id)) }
                state.operations[id] = .some(nil)
                return .start(id: id)
            case let .complete(id):
                guard let running = state.operations.removeValue(forKey: id) else { return .ignore }
                running?.cancel()
                return .stop(id: id)
            }
        }
    }

    /// Marks the connection acknowledged (after `connection_init` was accepted).
    func acknowledge() {
        state.withLock { $0.acknowledged = true }
    }

    /// Whether `connection_init` has arrived (the init timer checks this).
    var initReceived: Bool { state.withLock { $0.initReceived } }

    /// Records that the connection is closing with `reason`; returns false when it already was.
    func beginClosing() -> Bool {
        state.withLock { state in
            defer { state.closing = true }
            return !state.closing
        }
    }

    /// Attaches the task running operation `id`; cancels it at once when the operation was
    /// completed by the client in between.
    func attach(_ task: Task<Void, Never>, to id: String) {
        let keep = state.withLock { state in
            guard state.operations[id] != nil else { return false }
            state.operations[id] = .some(task)
            return true
        }
        if !keep { task.cancel() }
    }

    /// Unregisters operation `id` when it ended by itself; false when the client completed it
    /// first (then the server must not send `complete`).
    func finish(_ id: String) -> Bool {
        state.withLock { $0.operations.removeValue(forKey: id) != nil }
    }

    /// Cancels every running operation (the connection ended).
    func cancelAll() {
        let tasks = state.withLock { state in
            defer { state.operations.removeAll() }
            state.closing = true
            return state.operations.values.compactMap { $0 }
        }
        for task in tasks { task.cancel() }
    }

    /// Ids of running operations, for tests.
    var runningIDs: [String] { state.withLock { $0.operations.keys.sorted() } }

    private func close(_ state: inout State, _ reason: TransportWSClose) -> Decision {
        state.closing = true
        return .close(reason)
    }
}
