/// A value literal (spec: Value). `Const` values are the same cases without `variable`.
public enum Value: Sendable, Hashable {
    case variable(Variable)
    /// The digits as written, e.g. `-12`; coercion decides whether they fit.
    case int(IntValue)
    /// The text as written, e.g. `1.5e3`.
    case float(FloatValue)
    case string(StringValue)
    case boolean(BooleanValue)
    case null(NullValue)
    case enumValue(EnumValue)
    case list(ListValue)
    case object(ObjectValue)

    public var loc: Location {
        switch self {
        case let .variable(v): v.loc
        case let .int(v): v.loc
        case let .float(v): v.loc
        case let .string(v): v.loc
        case let .boolean(v): v.loc
        case let .null(v): v.loc
        case let .enumValue(v): v.loc
        case let .list(v): v.loc
        case let .object(v): v.loc
        }
    }
}

public struct IntValue: Sendable, Hashable {
    public var value: String
    public var loc: Location
    public init(_ value: String, loc: Location = .synthetic) { self.value = value; self.loc = loc }
}

public struct FloatValue: Sendable, Hashable {
    public var value: String
    public var loc: Location
    public init(_ value: String, loc: Location = .synthetic) { self.value = value; self.loc = loc }
}

/// A string or block string, holding its value after escapes and block-string dedent.
public struct StringValue: Sendable, Hashable {
    public var value: String
    /// Written as a block string (`"""…"""`); the printer keeps the form.
    public var block: Bool
    public var loc: Location
    public init(_ value: String, block: Bool = false, loc: Location = .synthetic) {
        self.value = value
        self.block = block
        self.loc = loc
    }
}

public struct BooleanValue: Sendable, Hashable {
    public var value: Bool
    public var loc: Location
    public init(_ value: Bool, loc: Location = .synthetic) { self.value = value; self.loc = loc }
}

public struct NullValue: Sendable, Hashable {
    public var loc: Location
    public init(loc: Location = .synthetic) { self.loc = loc }
}

public struct EnumValue: Sendable, Hashable {
    public var value: String
    public var loc: Location
    public init(_ value: String, loc: Location = .synthetic) { self.value = value; self.loc = loc }
}

public struct ListValue: Sendable, Hashable {
    public var values: [Value]
    public var loc: Location
    public init(_ values: [Value], loc: Location = .synthetic) { self.values = values; self.loc = loc }
}

public struct ObjectValue: Sendable, Hashable {
    public var fields: [ObjectField]
    public var loc: Location
    public init(_ fields: [ObjectField], loc: Location = .synthetic) { self.fields = fields; self.loc = loc }
}

/// `name: value` inside an object literal (spec: ObjectField).
public struct ObjectField: Sendable, Hashable {
    public var name: Name
    public var value: Value
    public var loc: Location
    public init(name: Name, value: Value, loc: Location = .synthetic) {
        self.name = name
        self.value = value
        self.loc = loc
    }
}
