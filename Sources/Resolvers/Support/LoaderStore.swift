import GraphQLEngine
import Synchronization

/// The data loaders of one request, created on first use and shared by every resolver of that
/// request, so that the keys of one execution level batch into one statement.
///
/// ```swift
/// let loader = context.loaders.loader("BatteriesByStationIDLoader") {
///     DataLoader<Int64, [Battery]>(name: "BatteriesByStationIDLoader") { ids in try await repo.batteries(ids) }
/// }
/// return loader.load(stationID) { .list(($0 ?? []).map { .object($0) }) }
/// ```
public final class LoaderStore: Sendable {
    private let loaders = Mutex<[String: any Sendable]>([:])

    public init() {}

    /// The request's loader named `name`, made by `make` the first time it is asked for.
    /// - Precondition: one name always maps to one loader type.
    public func loader<Key: Hashable & Sendable, Value: Sendable>(
        _ name: String, make: () -> DataLoader<Key, Value>
    ) -> DataLoader<Key, Value> {
        loaders.withLock { loaders in
            if let existing = loaders[name] {
                guard let typed = existing as? DataLoader<Key, Value> else {
                    preconditionFailure("loader \(name) was created with another key or value type")
                }
                return typed
            }
            let created = make()
            loaders[name] = created
            return created
        }
    }

    /// The request's loader named `name` whose batches `batch` answers: the usual loader, named
    /// once. (`batch` is only kept when the loader is made.)
    public func batched<Key: Hashable & Sendable, Value: Sendable>(
        _ name: String, _ batch: @escaping @Sendable ([Key]) async throws -> [Key: Value]
    ) -> DataLoader<Key, Value> {
        loader(name) { DataLoader(name: name, batch: batch) }
    }
}
