/// Field errors, parking and the dispatch loop (spec: Handling Field Errors).
extension ExecutionRun {
    /// A field waiting on a loader or on async work.
    struct Parked {
        enum Work {
            case load(LoadRequest)
            case async(@Sendable () async throws -> FieldValue)
        }
        var work: Work
        var completion: Completion
        var field: PlannedField
        var slot: Int
        var target: Int
        var path: [PathStep]
    }

    mutating func park(_ work: Parked.Work, _ c: Completion, _ f: PlannedField, _ slot: Int, _ target: Int) {
        parked.append(Parked(work: work, completion: c, field: f, slot: slot, target: target, path: path))
    }

    /// Runs rounds until nothing is parked: each round dispatches every loader with queued keys
    /// once and runs the async work, concurrently, then resumes the parked fields in order.
    mutating func drain() async {
        while !parked.isEmpty && !stopped {
            if let deadline, deadline.hasPassed {
                stopped = true
                break
            }
            let round = parked
            parked = []
            var loaders: [ObjectIdentifier: any BatchDispatching] = [:]
            var asyncWork: [(Int, @Sendable () async throws -> FieldValue)] = []
            for (i, item) in round.enumerated() {
                switch item.work {
                case let .load(request): loaders[ObjectIdentifier(request.loader)] = request.loader
                case let .async(work): asyncWork.append((i, work))
                }
            }
            var asyncResults: [Int: FieldValue] = [:]
            if asyncWork.isEmpty && loaders.count == 1 {
                await loaders.first!.value.dispatch()
            } else {
                let dispatched = Array(loaders.values)
                asyncResults = await withTaskGroup(of: (Int, FieldValue)?.self) { group in
                    for loader in dispatched {
                        group.addTask {
                            await loader.dispatch()
                            return nil
                        }
                    }
                    for (i, work) in asyncWork {
                        group.addTask {
                            do { return (i, try await work()) } catch { return (i, .error(error)) }
                        }
                    }
                    var results: [Int: FieldValue] = [:]
                    for await case let (i, value)? in group { results[i] = value }
                    return results
                }
            }
            for (i, item) in round.enumerated() where !stopped {
                let value: FieldValue
                switch item.work {
                case let .load(request): value = request.resume()
                case .async: value = asyncResults[i] ?? .null
                }
                path = item.path
                if !complete(item.completion, value, item.field, item.slot, item.target) {
                    tree[item.target] = .null
                }
            }
            path.removeAll(keepingCapacity: true)
        }
    }

    /// Records a field error and nulls the slot if the position is nullable; false if it is not.
    mutating func fail(_ error: any Error, _ f: PlannedField, _ c: Completion, _ slot: Int) -> Bool {
        record(error, f)
        if c.isNonNull { return false }
        tree[slot] = .null
        return true
    }

    /// Records an error for the current position and returns false (the caller nulls or propagates).
    mutating func failed(_ error: GraphQLError, _ f: PlannedField) -> Bool {
        record(error, f)
        return false
    }

    /// Locates an error at the field's nodes and the current path (graphql-js `locatedError`).
    mutating func record(_ error: any Error, _ f: PlannedField) {
        var located: GraphQLError
        if let e = error as? GraphQLError {
            if e.path != nil {
                errors.append(e)
                return
            }
            located = e
        } else if let e = error as? CoercionError {
            located = GraphQLError(e.message)
        } else {
            located = options.errorMapper(error)
        }
        if located.locations.isEmpty, let source = plan.source {
            located.locations = f.info.fieldNodes.map { source.location(ofOffset: $0.loc.start) }
        }
        located.path = currentPath()
        errors.append(located)
    }

    /// The current response path with keys and indices.
    func currentPath() -> [PathComponent] {
        path.map { step in
            step.plan >= 0
                ? .key(plan.selectionPlans[Int(step.plan)].fields[Int(step.index)].responseKey)
                : .index(Int(step.index))
        }
    }
}
