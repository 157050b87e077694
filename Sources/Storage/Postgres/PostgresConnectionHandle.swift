import CLibPQ

/// Owns one libpq connection (`PGconn *`) and closes it when released.
///
/// Safety: a `PGconn` must not be used by two threads at once. The pool leases each connection
/// to exactly one pool thread at a time and only that thread calls libpq with it, so sharing
/// the reference across isolation domains never leads to concurrent use.
final class PostgresConnectionHandle: @unchecked Sendable {
    let pointer: OpaquePointer

    init(_ pointer: OpaquePointer) {
        self.pointer = pointer
    }

    deinit {
        PQfinish(pointer)
    }
}
