import Synchronization

/// A per-request batching loader: fields ask for keys, the executor runs one batch for all of them.
///
/// Create one per request (in the request context). A resolver calls ``load(_:then:)``: a cached
/// key answers at once, without suspending; a new key is queued and the field parks. When every
/// runnable field of the current step waits on loaders, the executor calls ``dispatch()`` on each
/// loader with queued keys, so a list nested four levels deep costs four batches whatever its size.
/// The batch function returns `[Key: Value]`; a key it leaves out loads as `nil`. A thrown error
/// fails every key of that batch; ``init(name:results:)`` reports errors per key.
public final class DataLoader<Key: Hashable & Sendable, Value: Sendable>: BatchDispatching {
    /// A batch function reporting a value or an error per key.
    public typealias ResultsFunction = @Sendable ([Key]) async throws -> [Key: Result<Value, any Error>]

    private struct State {
        var queue: [Key] = []
        var queued: Set<Key> = []
        var results: [Key: Result<Value?, LoaderFailure>] = [:]
        var batchCount = 0
    }

    private let state = Mutex(State())
    private let batch: ResultsFunction
    /// A name for logs and errors, e.g. `BatteriesByStationIDLoader`.
    public let name: String

    /// Creates a loader whose batch function returns the values it found.
    public init(name: String, batch: @escaping @Sendable ([Key]) async throws -> [Key: Value]) {
        self.name = name
        self.batch = { keys in try await batch(keys).mapValues { .success($0) } }
    }

    /// Creates a loader whose batch function reports a value or an error for each key.
    public init(name: String, results: @escaping ResultsFunction) {
        self.name = name
        self.batch = results
    }

    /// How many batches have run (for tests and metrics).
    public var batchCount: Int { state.withLock { $0.batchCount } }

    /// Loads `key` and completes the field with `transform` of the value (`nil` when the batch
    /// did not return the key). Answers inline when the key is cached.
    public func load(_ key: Key, then transform: @escaping @Sendable (Value?) throws -> FieldValue) -> FieldValue {
        let cached: Result<Value?, LoaderFailure>? = state.withLock { s in
            if let r = s.results[key] { return r }
            if s.queued.insert(key).inserted { s.queue.append(key) }
            return nil
        }
        if let cached { return DataLoader.complete(cached, transform) }
        return .load(LoadRequest(loader: self) { [self] in
            let r = self.state.withLock { $0.results[key] } ?? .failure(LoaderFailure(
                underlying: LoaderNotDispatched(loader: self.name)))
            return DataLoader.complete(r, transform)
        })
    }

    /// Loads `key` as a domain object (`nil` loads as null).
    public func load(_ key: Key) -> FieldValue {
        load(key) { value in value.map { .object($0) } ?? .null }
    }

    /// Puts a value in the cache, so a later load of `key` answers without a batch.
    public func prime(_ key: Key, _ value: Value) {
        state.withLock { $0.results[key] = .success(value) }
    }

    /// Runs the batch function once for every queued key and caches the results.
    public func dispatch() async {
        let keys: [Key] = state.withLock { s in
            defer {
                s.queue.removeAll(keepingCapacity: true)
                s.queued.removeAll(keepingCapacity: true)
            }
            if !s.queue.isEmpty { s.batchCount += 1 }
            return s.queue
        }
        guard !keys.isEmpty else { return }
        do {
            let found = try await batch(keys)
            state.withLock { s in
                for key in keys {
                    switch found[key] {
                    case let .success(v)?: s.results[key] = .success(v)
                    case let .failure(e)?: s.results[key] = .failure(LoaderFailure(underlying: e))
                    case nil: s.results[key] = .success(nil)
                    }
                }
            }
        } catch {
            let failure = LoaderFailure(underlying: error)
            state.withLock { s in for key in keys { s.results[key] = .failure(failure) } }
        }
    }

    private static func complete(_ result: Result<Value?, LoaderFailure>,
                                 _ transform: @Sendable (Value?) throws -> FieldValue) -> FieldValue {
        switch result {
        case let .failure(f): return .error(f.underlying)
        case let .success(v):
            do { return try transform(v) } catch { return .error(error) }
        }
    }
}

/// A loader error kept in the cache; `underlying` is what the field reports.
struct LoaderFailure: Error {
    let underlying: any Error
}

/// A resumed load found no result: the loader was not dispatched (a bug in the caller).
struct LoaderNotDispatched: Error, Sendable, CustomStringConvertible {
    let loader: String
    var description: String { "\(loader) was not dispatched" }
}
