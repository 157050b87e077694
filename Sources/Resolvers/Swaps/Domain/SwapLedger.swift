import Foundation

/// A swap that no longer validates when the history is replayed.
public struct SwapReplayFailure: Error, Sendable, Equatable {
    public var event: SwapEvent
    public var violations: [SwapRuleViolation]
}

/// The swaps domain as a value: the catalog, every recorded swap (accepted and rejected, in
/// recording order) and the projections of the accepted ones. A refused operation throws and
/// leaves the ledger as it was.
public struct SwapLedger: Sendable, Hashable {
    public private(set) var catalog: SwapCatalog
    /// Every recorded swap in recording order (`events[i].sequence == i`).
    public private(set) var events: [SwapEvent] = []
    private var indexOfID: [Int: Int] = [:]
    public private(set) var projection: SwapProjection

    public init(catalog: SwapCatalog) {
        self.catalog = catalog
        self.projection = SwapProjection(batteries: Array(catalog.batteries.values), vehicles: Array(catalog.vehicles.values))
    }

    /// The swap with this id, accepted or rejected.
    public func event(_ id: Int) -> SwapEvent? {
        indexOfID[id].map { events[$0] }
    }

    /// The id a new swap gets when none is given: one above the highest so far.
    public var nextID: Int { (events.map(\.id).max() ?? 0) + 1 }

    /// Accepted swaps in time order.
    public var acceptedInTimeOrder: [SwapEvent] {
        events.filter { $0.status == .accepted }.sorted(by: SwapEvent.timeOrder)
    }

    /// Records a swap. A swap at or after the latest accepted one is checked against the current
    /// projections; a back-dated one against the state at its time, after which every later swap
    /// is replayed and must still hold (else CONFLICT naming it).
    @discardableResult
    public mutating func record(_ input: SwapInput, id: Int? = nil, now: Date) throws(SwapRefusal) -> SwapEvent {
        let vehicleID = catalog.drivers[input.driverID]?.vehicleID
        let event = SwapEvent(id: try freshID(id), sequence: events.count, input: input, vehicleID: vehicleID ?? 0)
        let appended = latestAcceptedTime.map { input.occurredAt >= $0 } ?? true
        if appended {
            let found = SwapValidator.violations(of: input, vehicleID: vehicleID, catalog: catalog, projection: projection, now: now)
            guard found.isEmpty else { throw SwapRefusal(found) }
            append(event)
            projection.apply(event)
            return event
        }
        let before = try stateBefore(event, excluding: nil)
        let found = SwapValidator.violations(of: input, vehicleID: vehicleID, catalog: catalog, projection: before, now: now)
        guard found.isEmpty else { throw SwapRefusal(found) }
        var candidate = events
        candidate.append(event)
        projection = try Self.replayRefusing(candidate, catalog: catalog)
        append(event)
        return event
    }

    /// Corrects an accepted swap: the original becomes REJECTED (`correctedBy` set), the
    /// correction (the original's fields overlaid with the given ones, at the original's time) is
    /// accepted, and every later swap is replayed and must still hold.
    @discardableResult
    public mutating func correct(_ correction: SwapCorrectionInput, id: Int? = nil, now: Date) throws(SwapRefusal) -> SwapEvent {
        guard let original = event(correction.swapID) else {
            throw SwapRefusal([.init(.notFound, field: "swapId", "Swap \(correction.swapID) does not exist.")])
        }
        guard original.status == .accepted else {
            throw SwapRefusal([.init(.conflict, field: "swapId",
                                     "Swap \(original.id) is REJECTED; correct its correction \(original.correctedBy.map(String.init) ?? "") instead.")])
        }
        let input = correction.applied(to: original.input)
        let vehicleID = input.driverID == original.input.driverID
            ? original.vehicleID : catalog.drivers[input.driverID]?.vehicleID
        let event = SwapEvent(id: try freshID(id), sequence: events.count, input: input, vehicleID: vehicleID ?? 0,
                              corrects: original.id)
        let before = try stateBefore(event, excluding: original.id)
        let found = SwapValidator.violations(of: input, vehicleID: vehicleID, catalog: catalog, projection: before, now: now)
        guard found.isEmpty else { throw SwapRefusal(found) }
        var candidate = events
        let index = original.sequence
        candidate[index].status = .rejected
        candidate[index].correctedBy = event.id
        candidate.append(event)
        projection = try Self.replayRefusing(candidate, catalog: catalog)
        events[index] = candidate[index]
        append(event)
        return event
    }

    /// Recomputes the projections by applying the accepted `events` in time order, re-validating
    /// each; throws the first swap that no longer holds. Starts from scratch unless `start` is
    /// given (the database layer passes the state just before the first event it replays).
    public static func replay(events: [SwapEvent], catalog: SwapCatalog,
                              from start: SwapProjection? = nil) throws(SwapReplayFailure) -> SwapProjection {
        var projection = start
            ?? SwapProjection(batteries: Array(catalog.batteries.values), vehicles: Array(catalog.vehicles.values))
        for event in events.filter({ $0.status == .accepted }).sorted(by: SwapEvent.timeOrder) {
            let found = SwapValidator.violations(of: event.input, vehicleID: event.vehicleID, catalog: catalog,
                                                 projection: projection, now: .distantFuture)
            guard found.isEmpty else { throw SwapReplayFailure(event: event, violations: found) }
            projection.apply(event)
        }
        return projection
    }

    /// Changes the catalog and the projection together (the rules are in `SwapCatalogRules`).
    mutating func updateCatalog(_ change: (inout SwapCatalog, inout SwapProjection) -> Void) {
        change(&catalog, &projection)
    }

    private mutating func append(_ event: SwapEvent) {
        indexOfID[event.id] = events.count
        events.append(event)
    }

    private func freshID(_ id: Int?) throws(SwapRefusal) -> Int {
        guard let id else { return nextID }
        guard indexOfID[id] == nil else { throw SwapRefusal([.init(.invalid, field: "id", "Swap \(id) already exists.")]) }
        return id
    }

    private var latestAcceptedTime: Date? {
        events.lazy.filter { $0.status == .accepted }.map(\.occurredAt).max()
    }

    /// The projections just before `event` in time order, leaving out swap `excluded`.
    private func stateBefore(_ event: SwapEvent, excluding excluded: Int?) throws(SwapRefusal) -> SwapProjection {
        let earlier = events.filter { $0.id != excluded && SwapEvent.timeOrder($0, event) }
        return try Self.replayRefusing(earlier, catalog: catalog)
    }

    private static func replayRefusing(_ events: [SwapEvent], catalog: SwapCatalog) throws(SwapRefusal) -> SwapProjection {
        do {
            return try replay(events: events, catalog: catalog)
        } catch {
            let reasons = error.violations.map(\.message).joined(separator: " ")
            throw SwapRefusal([.init(.conflict, field: nil,
                                     "Swap \(error.event.id) no longer holds after this change: \(reasons)",
                                     swapID: error.event.id)])
        }
    }
}
