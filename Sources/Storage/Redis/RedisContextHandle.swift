import CHiredis

/// Owns one hiredis context (`redisContext *`) and frees it when released.
///
/// Safety: a `redisContext` must not be used by two threads at once. The pool leases each
/// connection to exactly one pool thread at a time (the subscriber keeps its own on its own
/// thread), and only that thread calls hiredis with it.
final class RedisContextHandle: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<redisContext>

    init(_ pointer: UnsafeMutablePointer<redisContext>) {
        self.pointer = pointer
    }

    /// The context's error text, or nil when it has none.
    var errorMessage: String? {
        guard pointer.pointee.err != 0 else { return nil }
        return withUnsafeBytes(of: pointer.pointee.errstr) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
    }

    deinit {
        redisFree(pointer)
    }
}
