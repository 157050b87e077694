/// What a resolver returns: a value at hand, or work that must wait.
///
/// Values at hand (`.null`, `.value`, `.object`, `.list`) complete inline, without suspending.
/// `.load` parks the field until the executor dispatches the loader's batch (see ``DataLoader``);
/// `.async` runs its closure when the executor next dispatches, alongside the loader batches.
/// Nothing here creates a task per field.
public enum FieldValue: Sendable {
    /// `null`.
    case null
    /// A runtime value: a leaf for scalars and enums, or JSON-like data whose fields the default
    /// resolver reads by name (an object's `__typename` key names its type for abstract fields).
    case value(GraphQLValue)
    /// A domain object; its fields are resolved by the resolvers bound to its type. `typeName`
    /// names its object type when the field's type is an interface or union.
    case object(any Sendable, typeName: String? = nil)
    /// A list of values.
    case list([FieldValue])
    /// A value a loader will produce once its batch has run.
    case load(LoadRequest)
    /// Work that suspends; run when the executor dispatches.
    case async(@Sendable () async throws -> FieldValue)
    /// A field error (the field becomes null, or the error propagates if it is non-null).
    case error(any Error)

    /// A leaf string value.
    public static func string(_ s: String) -> FieldValue { .value(.string(s)) }
    /// A leaf integer value.
    public static func int(_ i: Int) -> FieldValue { .value(.int(i)) }
    /// A leaf floating-point value.
    public static func double(_ d: Double) -> FieldValue { .value(.double(d)) }
    /// A leaf Boolean value.
    public static func bool(_ b: Bool) -> FieldValue { .value(.bool(b)) }
}

/// A pending loader value: the loader to dispatch and how to read the result afterwards.
public struct LoadRequest: Sendable {
    /// The loader whose batch must run before ``resume`` can answer.
    public let loader: any BatchDispatching
    /// Reads the loaded value once the batch has run.
    public let resume: @Sendable () -> FieldValue

    public init(loader: any BatchDispatching, resume: @escaping @Sendable () -> FieldValue) {
        self.loader = loader
        self.resume = resume
    }
}

/// A loader the executor can dispatch: it runs one batch for every key queued since the last one.
public protocol BatchDispatching: AnyObject, Sendable {
    /// Runs the batch function once for all queued keys and stores the results.
    func dispatch() async
}
