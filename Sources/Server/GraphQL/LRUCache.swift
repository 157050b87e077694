import Synchronization

/// A bounded least-recently-used map, safe to share between requests.
///
/// Entries form a doubly linked list through array slots, so lookups and inserts are O(1) and
/// the least recently used entry is evicted once `capacity` is reached.
final class LRUCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private struct Entry {
        var key: Key
        var value: Value
        var previous: Int
        var next: Int
    }

    private struct State {
        var index: [Key: Int] = [:]
        var entries: [Entry] = []
        /// Most recently used slot, or -1.
        var head = -1
        /// Least recently used slot, or -1.
        var tail = -1

        mutating func unlink(_ slot: Int) {
            let (p, n) = (entries[slot].previous, entries[slot].next)
            if p >= 0 { entries[p].next = n } else { head = n }
            if n >= 0 { entries[n].previous = p } else { tail = p }
        }

        mutating func pushFront(_ slot: Int) {
            entries[slot].previous = -1
            entries[slot].next = head
            if head >= 0 { entries[head].previous = slot }
            head = slot
            if tail < 0 { tail = slot }
        }
    }

    let capacity: Int
    private let state = Mutex(State())

    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    /// The value for `key`, marking it most recently used.
    func value(for key: Key) -> Value? {
        state.withLock { s in
            guard let slot = s.index[key] else { return nil }
            if s.head != slot {
                s.unlink(slot)
                s.pushFront(slot)
            }
            return s.entries[slot].value
        }
    }

    /// Stores `value` as most recently used, evicting the least recently used entry when full.
    func set(_ value: Value, for key: Key) {
        state.withLock { s in
            if let slot = s.index[key] {
                s.entries[slot].value = value
                s.unlink(slot)
                s.pushFront(slot)
                return
            }
            let slot: Int
            if s.entries.count < capacity {
                slot = s.entries.count
                s.entries.append(Entry(key: key, value: value, previous: -1, next: -1))
            } else {
                slot = s.tail
                s.unlink(slot)
                s.index[s.entries[slot].key] = nil
                s.entries[slot] = Entry(key: key, value: value, previous: -1, next: -1)
            }
            s.index[key] = slot
            s.pushFront(slot)
        }
    }

    /// How many entries are held.
    var count: Int { state.withLock { $0.index.count } }
}
